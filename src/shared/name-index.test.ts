import { describe, expect, it } from 'vitest';
import { searchNames, type NameEntry } from './name-index.ts';

const entries: NameEntry[] = [
  { u: '/r/begrippen/mda/', t: 'Multidisciplinaire aanpak', k: 'Begrip', n: ['Multidisciplinaire aanpak', 'MDA++'] },
  { u: '/r/trainingen/mda-plus-plus/', t: 'MDA++', k: 'Training', n: ['MDA++'] },
  { u: '/r/sociale-kaart/veilig-thuis/', t: 'Veilig Thuis Twente', k: 'Organisatie', n: ['Veilig Thuis Twente', 'VTT'] },
  { u: '/r/begrippen/lnvt/', t: 'Landelijk Netwerk Veilig Thuis', k: 'Begrip', n: ['Landelijk Netwerk Veilig Thuis', 'LNVT'] },
  { u: '/r/regiovisie/samenvatting/', t: 'Samenvatting', k: 'Regiovisie', n: ['Samenvatting'] },
];

describe('name search', () => {
  it('puts an exact abbreviation first, begrippen before trainings of the same name', () => {
    expect(searchNames(entries, 'mda++').map((e) => e.u)).toEqual(['/r/begrippen/mda/', '/r/trainingen/mda-plus-plus/']);
  });
  it('ranks a name that starts with the query above one that contains it', () => {
    expect(searchNames(entries, 'Veilig Thuis').map((e) => e.u)).toEqual(['/r/sociale-kaart/veilig-thuis/', '/r/begrippen/lnvt/']);
  });
  it('matches word beginnings and ignores case and accents, and finds nothing for unrelated words', () => {
    expect(searchNames(entries, 'netw')[0]!.u).toBe('/r/begrippen/lnvt/');
    expect(searchNames(entries, 'SAMENVATTÍNG')[0]!.u).toBe('/r/regiovisie/samenvatting/');
    expect(searchNames(entries, 'slaan')).toEqual([]);
  });
});
