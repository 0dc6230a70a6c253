/**
 * One valid example value per field, used in error messages ("bijvoorbeeld ...") and by the
 * scaffolding script, so both always agree with the schemas.
 */
export const FIELD_EXAMPLES: Record<string, string> = {
  id: 'twente',
  naam: 'Veilig Thuis Twente',
  korteNaam: 'Twente',
  centrumgemeente: 'Enschede',
  gemeenten: '[Enschede, Hengelo]',
  gemeentenUitDocument: 'true',
  titel: 'Samen sterker tegen geweld',
  volgorde: '3',
  nummer: '"3"',
  inHetKort: 'Geweld thuis komt veel voor. De gemeenten willen dat het stopt.',
  beschrijving: 'Hoe de partners in de regio samenwerken.',
  bron: '{ onderdeel: "Hoofdstuk 2, Samenwerking", pagina: 12 }',
  'bron.onderdeel': 'Hoofdstuk 2, Samenwerking',
  term: 'Multidisciplinaire aanpak',
  afkortingen: '[MDA++]',
  synoniemen: '[ketenaanpak]',
  definitie: 'Aanpak waarin zorg en veiligheid samen één plan maken voor een gezin.',
  gerelateerd: '[veilig-thuis-begrip, meldcode]',
  soort: 'hulpverlening',
  samenvatting: 'Helpt inwoners bij geweld in huis.',
  doelgroepen: '[slachtoffers, professionals]',
  themas: '[huiselijk-geweld]',
  situaties: '[geweld-thuis]',
  werkgebied: 'regio',
  'contact.telefoon': '"0800-2000"',
  'contact.email': 'info@organisatie.nl',
  'contact.website': 'https://www.veiligthuis.nl',
  'contact.adres': '{ straat: "Hengelosestraat 10", postcode: "7511 JE", plaats: "Enschede" }',
  'contact.adres.postcode': '"7511 JE"',
  'contact.bereikbaarheid': '24 uur per dag, 7 dagen per week',
  adresVertrouwelijk: 'false',
  gecontroleerd: '2026-11-01',
  aanbieder: 'veilig-thuis',
  aanbiederNaam: 'GGD Twente',
  vorm: 'Klassikaal, twee dagdelen',
  data: '[{ start: 2027-03-10, locatie: Enschede }]',
  'periode.van': '2024',
  'periode.tot': '2028',
  'document.titel': 'Samen tegen huiselijk geweld',
  'document.bron': 'Regiovisie 2024-2028',
  snelWegUrl: 'https://www.google.nl/',
};

export function exampleFor(path: string): string | undefined {
  const key = path.replace(/\.\d+(?=\.|$)/g, '');
  return FIELD_EXAMPLES[key] ?? FIELD_EXAMPLES[key.split('.').at(-1) ?? ''];
}
