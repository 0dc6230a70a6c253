/**
 * Templates for `npm run nieuw`: a valid entry with every field present and explained (comments come from
 * schemas/descriptions.ts, so they say the same as docs/velden.md). Optional fields start commented out.
 */
import { DESCRIPTIONS } from '../schemas/descriptions.ts';
import { slugify } from '../shared/urls.ts';

export const SCAFFOLD_COLLECTIONS = ['hoofdstukken', 'begrippen', 'organisaties', 'trainingen'] as const;
export type ScaffoldCollection = (typeof SCAFFOLD_COLLECTIONS)[number];

const q = (s: string) => JSON.stringify(s);

/**
 * The explanatory texts of the templates. The content check refuses them in a published region
 * (src/build/rules/placeholders.ts), so they must stay recognisable: change them here, in one place.
 */
export const PLACEHOLDER_TEXTS = [
  'Schrijf hier twee tot vier korte zinnen',
  'Eén regel over waar deze pagina over gaat',
  'vul in waar het document dit',
  'Leg in één tot drie zinnen uit wat dit begrip betekent',
  'Wat doet deze organisatie voor de regio?',
  'Wat is het en wat levert het op?',
  'Naam van de aanbieder',
  'Schrijf hier de tekst, in eigen woorden',
  'https://www.voorbeeld.nl',
] as const;

function lines(collection: ScaffoldCollection, fields: [string, string, boolean][]): string {
  const out: string[] = [];
  for (const [key, value, required] of fields) {
    out.push(`# ${DESCRIPTIONS[collection]![key]}${required ? ' (verplicht)' : ''}`);
    const text = value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`;
    out.push(
      required
        ? text
        : text
            .split('\n')
            .map((l) => `# ${l}`)
            .join('\n'),
    );
  }
  return out.join('\n');
}

export function scaffold(collection: ScaffoldCollection, title: string, today: string, volgorde = 99): { slug: string; text: string } {
  const slug = slugify(title);
  const bron = '\n  onderdeel: "Hoofdstuk ?, vul in waar het document dit noemt"';
  const fields: Record<ScaffoldCollection, [string, string, boolean][]> = {
    hoofdstukken: [
      ['titel', q(title), true],
      ['volgorde', String(volgorde), true],
      ['nummer', '"3"', false],
      ['inHetKort', q('Schrijf hier twee tot vier korte zinnen. Gebruik eenvoudige woorden.'), true],
      ['beschrijving', q('Eén regel over waar deze pagina over gaat.'), false],
      ['bron', bron, true],
      ['begrippen', '[]', false],
      ['organisaties', '[]', false],
      ['trainingen', '[]', false],
    ],
    begrippen: [
      ['term', q(title), true],
      ['afkortingen', '[]', false],
      ['synoniemen', '[]', false],
      ['definitie', q('Leg in één tot drie zinnen uit wat dit begrip betekent.'), true],
      ['bron', bron.replace('noemt', 'uitlegt'), true],
      ['gerelateerd', '[]', false],
    ],
    organisaties: [
      ['naam', q(title), true],
      ['afkortingen', '[]', false],
      ['soort', 'hulpverlening', true],
      ['samenvatting', q('Wat doet deze organisatie voor de regio? Schrijf het in één of twee zinnen.'), true],
      ['doelgroepen', '[inwoners]', false],
      ['themas', '[huiselijk-geweld]', false],
      ['situaties', '[]', false],
      ['werkgebied', 'regio', false],
      ['contact', '\n  telefoon: "0800-2000"\n  website: https://www.voorbeeld.nl', false],
      ['adresVertrouwelijk', 'false', false],
      ['gecontroleerd', today, true],
      ['bron', bron, true],
    ],
    trainingen: [
      ['titel', q(title), true],
      ['afkortingen', '[]', false],
      ['soort', 'training', true],
      ['samenvatting', q('Wat is het en wat levert het op? Schrijf het in één of twee zinnen.'), true],
      ['aanbieder', 'veilig-thuis', false],
      ['aanbiederNaam', q('Naam van de aanbieder'), false],
      ['doelgroepen', '[professionals]', false],
      ['vorm', q('Klassikaal, twee dagdelen'), false],
      ['duur', q('4 uur'), false],
      ['kosten', q('Gratis'), false],
      ['data', '\n  - start: 2027-03-10\n    locatie: Plaats', false],
      ['bron', bron, true],
    ],
  };
  const body = '\nSchrijf hier de tekst, in eigen woorden en eenvoudige taal. Koppen beginnen met ## .\n';
  return { slug, text: `---\n${lines(collection, fields[collection])}\n---\n${body}` };
}
