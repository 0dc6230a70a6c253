import { describe, expect, it } from 'vitest';
import { contentWords, editDistance, findNames, searchNames, suggestion, type NameEntry } from './name-index.ts';
import { readZoekwoorden } from '../build/zoekwoorden.ts';
import { zoekwoordenSchema } from '../schemas/zoekwoorden.ts';

const entries: NameEntry[] = [
  { u: '/r/begrippen/mda/', t: 'Multidisciplinaire aanpak', k: 'Begrip', n: ['Multidisciplinaire aanpak', 'MDA++'] },
  { u: '/r/trainingen/mda-plus-plus/', t: 'MDA++', k: 'Training', n: ['MDA++'] },
  { u: '/r/sociale-kaart/veilig-thuis/', t: 'Veilig Thuis Twente', k: 'Organisatie', n: ['Veilig Thuis Twente', 'VTT', 'AMHK'] },
  { u: '/r/begrippen/lnvt/', t: 'Landelijk Netwerk Veilig Thuis', k: 'Begrip', n: ['Landelijk Netwerk Veilig Thuis', 'LNVT'] },
  { u: '/r/regiovisie/samenvatting/', t: 'Samenvatting', k: 'Regiovisie', n: ['Samenvatting'] },
  { u: '/r/begrippen/kindermishandeling/', t: 'Kindermishandeling', k: 'Begrip', n: ['Kindermishandeling'] },
  { u: '/r/begrippen/ouderenmishandeling/', t: 'Ouderenmishandeling', k: 'Begrip', n: ['Ouderenmishandeling'] },
  { u: '/r/begrippen/meldcode/', t: 'Meldcode', k: 'Begrip', n: ['Meldcode'] },
  { u: '/r/trainingen/huisverbod/', t: 'Tijdelijk huisverbod', k: 'Training', n: ['Tijdelijk huisverbod', 'THV'] },
  {
    u: '/r/hulp/geweld-thuis/',
    t: 'Ik word thuis pijn gedaan of bedreigd',
    k: 'Hulp',
    n: ['Ik word thuis pijn gedaan of bedreigd', 'slaan', 'slaat', 'mijn man slaat mij', 'bedreigd'],
  },
];
const top = (q: string) => searchNames(entries, q)[0]?.u;

describe('name search', () => {
  it('puts an exact abbreviation first, begrippen before trainings of the same name', () => {
    expect(searchNames(entries, 'mda++').map((e) => e.u)).toEqual(['/r/begrippen/mda/', '/r/trainingen/mda-plus-plus/']);
  });
  it('ranks a name that starts with the query above one that contains it', () => {
    expect(
      searchNames(entries, 'Veilig Thuis')
        .map((e) => e.u)
        .slice(0, 2),
    ).toEqual(['/r/sociale-kaart/veilig-thuis/', '/r/begrippen/lnvt/']);
  });
  it('matches word beginnings and ignores case and accents, and finds nothing for unrelated words', () => {
    expect(top('netw')).toBe('/r/begrippen/lnvt/');
    expect(top('SAMENVATTÍNG')).toBe('/r/regiovisie/samenvatting/');
    expect(searchNames(entries, 'fietsenstalling')).toEqual([]);
  });
  it('lets stop words never block a match', () => {
    expect(contentWords('Ik word door mijn man geslagen')).toEqual(['man', 'geslagen']);
    expect(contentWords('ik ben')).toEqual(['ik', 'ben']);
    expect(top('mijn man slaat mij')).toBe('/r/hulp/geweld-thuis/');
    expect(top('ik word bedreigd')).toBe('/r/hulp/geweld-thuis/');
    expect(top('mijn vriend slaat mij elke dag')).toBe('/r/hulp/geweld-thuis/');
  });
  it('corrects one or two typos and missing spaces, and says so', () => {
    expect(editDistance('kindermishandleing', 'kindermishandeling')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    for (const [q, u] of [
      ['kindermishandleing', '/r/begrippen/kindermishandeling/'],
      ['ouderenmishandling', '/r/begrippen/ouderenmishandeling/'],
      ['veiligthuis', '/r/sociale-kaart/veilig-thuis/'],
      ['meldkode', '/r/begrippen/meldcode/'],
      ['huisverbot', '/r/trainingen/huisverbod/'],
    ]) {
      const hits = findNames(entries, q!);
      expect(hits[0]?.entry.u, q).toBe(u);
      expect(suggestion(hits), q).toBeDefined();
    }
    // Short words are abbreviations: no guessing there.
    expect(searchNames(entries, 'VTX')).toEqual([]);
  });
  it('never lets a correction push an exact match down', () => {
    const hits = findNames([...entries, { u: '/r/begrippen/meldcodes/', t: 'Meldcodes', k: 'Begrip', n: ['Meldcodes'] }], 'meldcode');
    expect(hits[0]!.entry.u).toBe('/r/begrippen/meldcode/');
    expect(suggestion(hits)).toBeUndefined();
  });
});

describe('zoekwoorden.yaml', () => {
  it('is valid and points residents at the help pages', () => {
    const list = readZoekwoorden();
    expect(list.some((z) => z.pagina === 'hulp/geweld-thuis/' && z.woorden.includes('slaan'))).toBe(true);
    expect(list.some((z) => z.pagina === 'sociale-kaart/veilig-thuis/' && z.woorden.includes('AMHK'))).toBe(true);
  });
  it('refuses an unknown help page or an empty word list, in Dutch', () => {
    const bad = zoekwoordenSchema.safeParse([
      { pagina: 'hulp/bestaat-niet/', woorden: ['x'] },
      { pagina: 'hulp/geweld-thuis', woorden: [] },
    ]);
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message).join(' ')).toMatch(/Onbekende hulppagina/);
    expect(bad.error!.issues.length).toBeGreaterThanOrEqual(2);
  });
});

describe('typo corrections prefer the closest whole name', () => {
  it('"meldkode" finds the name "meldcode" before a longer name that contains it', () => {
    const entries = [
      { t: 'Verscherpte meldcode', u: '/r/begrippen/verscherpte-meldcode/', k: 'Begrip', n: [] },
      { t: 'Meldcode huiselijk geweld en kindermishandeling', u: '/r/begrippen/meldcode/', k: 'Begrip', n: ['meldcode'] },
    ];
    expect(findNames(entries as never, 'meldkode')[0]?.entry.u).toBe('/r/begrippen/meldcode/');
  });
});
