/**
 * Words to search terms, the same code at build time (src/build/search-index.ts) and in the browser
 * (src/shared/search-engine.ts): a page can only be found if both sides cut and stem a word alike.
 * Lower case, accents folded, the residents' stop words of the name index left out, Dutch Snowball stems.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { normalize } from './text.ts';
import { STOP_WORDS } from './name-index.ts';

/** The words of a text, normalised as names are: "Súdwest-Fryslân" gives "sudwest", "fryslan"; "MDA++" stays "mda++". */
export function words(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * The stem of one normalised word. Abbreviations with signs ("mda++"), numbers and words of three letters or
 * fewer stay as they are: the stemmer would only blur them ("vtt", "csg", "2024").
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^\p{L}+$/u.test(word)) return word;
  return stemmer(word);
}

export const isStopWord = (word: string) => STOP_WORDS.has(word);

/** Search terms of a text: stems of its words without stop words (indexing keeps the stop words out entirely). */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .map(stem);
}

export interface QueryTerms {
  /** stems to find, in the order typed, without doubles */
  terms: string[];
  /**
   * The last word as typed (normalised), when it may still be half a word: then its stem also matches every
   * longer term ("mishand" finds "mishandel"). Empty when the query ends in a space or the word is short.
   */
  prefix: string;
}

/**
 * What a query asks for. Stop words are dropped ("mijn man slaat mij" asks for "man" and "slaat"), unless the
 * query is only stop words: then nothing is asked, as they are not in the index.
 */
export function queryTerms(query: string): QueryTerms {
  const all = words(query);
  const kept = all.filter((w) => !isStopWord(w));
  const typing = kept.length > 0 && !/\s$/.test(query) && all[all.length - 1] === kept[kept.length - 1];
  const last = kept[kept.length - 1] ?? '';
  return { terms: [...new Set(kept.map(stem))], prefix: typing && last.length >= 3 && /^\p{L}+$/u.test(last) ? last : '' };
}
