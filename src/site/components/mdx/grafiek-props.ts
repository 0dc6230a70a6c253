/** What authors may write on every chart component (GrafiekStaaf, …); Grafiek.astro adds the kind. */
export interface GrafiekAttributen {
  titel: string;
  /** Where in the regiovisie the numbers are, e.g. "hoofdstuk 3, tabel 2 (pagina 14)". */
  bron: string;
  beschrijving?: string;
  data?: string;
  kolom?: string;
  kolommen?: string;
  rijen?: string;
}
