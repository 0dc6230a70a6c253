/**
 * The national numbers every page shows, from ../shared/hulplijnen.md. The one place the help bar, call
 * buttons and national page take them from; a unit test keeps them equal to content/landelijk/.
 */
export interface Helpline {
  /** As shown: "0800-2000". */
  nummer: string;
  /** For tel: links, digits only. */
  tel: string;
}

export const ALARM: Helpline = { nummer: '112', tel: '112' };
export const VEILIG_THUIS: Helpline = { nummer: '0800-2000', tel: '08002000' };

/** The other national lines and chats of ../shared/hulplijnen.md, for the resident language pages. */
export interface NationalLine {
  /** Key of its description in the strings files (taal.lijn.<key>). */
  key: string;
  naam: string;
  nummers: string[];
  /** Domain as hulplijnen.md names it; the page links https://www.<domain>. */
  site?: string;
  chat?: boolean;
}

export const NATIONAL_LINES: NationalLine[] = [
  { key: 'csg', naam: 'Centrum Seksueel Geweld', nummers: ['0800-0188'], site: 'centrumseksueelgeweld.nl', chat: true },
  { key: 'kindertelefoon', naam: 'De Kindertelefoon', nummers: ['0800-0432'], site: 'kindertelefoon.nl', chat: true },
  { key: 'politie', naam: 'Politie', nummers: ['0900-8844'] },
  { key: 'slachtofferhulp', naam: 'Slachtofferhulp Nederland', nummers: ['0900-0101'], site: 'slachtofferhulp.nl' },
  { key: '113', naam: '113 Zelfmoordpreventie', nummers: ['113', '0800-0113'], site: '113.nl', chat: true },
  { key: 'mma', naam: 'Meld Misdaad Anoniem', nummers: ['0800-7000'] },
];
export const VEILIG_THUIS_SITE = 'veiligthuis.nl';
