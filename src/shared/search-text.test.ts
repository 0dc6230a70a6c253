import { describe, expect, it } from 'vitest';
import { queryTerms, stem, terms, words } from './search-text.ts';

describe('search terms', () => {
  it('folds case, accents and punctuation, and keeps signs that tell names apart', () => {
    expect(words('Súdwest-Fryslân, MDA++ en Zorg & Veiligheid!')).toEqual(['sudwest', 'fryslan', 'mda++', 'en', 'zorg', 'veiligheid']);
  });
  it('stems Dutch words with Snowball, and leaves abbreviations, numbers and short words alone', () => {
    expect(stem('mishandeling')).toBe('mishandel');
    expect(stem('kinderen')).toBe('kinder');
    expect(stem('veiligheid')).toBe('veilig');
    expect(stem('vtt')).toBe('vtt');
    expect(stem('mda++')).toBe('mda++');
    expect(stem('2024')).toBe('2024');
  });
  it('drops the stop words of the name index', () => {
    expect(terms('Mijn man slaat mij')).toEqual(['man', stem('slaat')]);
    expect(terms('ik ben het')).toEqual([]);
  });
  it('treats a last word being typed as a prefix, not after a space, not for short words', () => {
    expect(queryTerms('huiselijk gew')).toEqual({ terms: ['huiselijk', 'gew'], prefix: 'gew' });
    expect(queryTerms('huiselijk geweld ').prefix).toBe('');
    expect(queryTerms('ge').prefix).toBe('');
    expect(queryTerms('geweld mij').prefix).toBe('');
    expect(queryTerms('geweld geweld').terms).toEqual(['geweld']);
  });
});
