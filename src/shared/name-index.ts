/**
 * The light search behind the header box: every entry's own names (title, abbreviations, synonyms) in one
 * small JSON file per region, matched in the browser. A first query costs a few kilobytes; full-text search
 * (Pagefind) stays on /zoeken/ and takes over when no name matches.
 */
export interface NameEntry {
  /** URL */
  u: string;
  /** title */
  t: string;
  /** kind: Begrip, Organisatie, Training, Regiovisie, Hulp */
  k: string;
  /** names to match: title, abbreviations, synonyms */
  n: string[];
}

export const KIND_ORDER = ['Hulp', 'Begrip', 'Organisatie', 'Training', 'Regiovisie'];

import { normalize as normalizeName } from './text.ts';

export { normalizeName };

/** 0 exact name, 1 a name starts with the query, 2 a word in a name starts with it, 3 it occurs inside a name. */
function tier(query: string, names: string[]): number {
  let best = 4;
  for (const raw of names) {
    const name = normalizeName(raw);
    if (name === query) return 0;
    if (name.startsWith(query)) best = Math.min(best, 1);
    else if (name.split(' ').some((word, i, words) => words.slice(i).join(' ').startsWith(query))) best = Math.min(best, 2);
    else if (query.length >= 3 && name.includes(query)) best = Math.min(best, 3);
  }
  return best;
}

export function searchNames(entries: NameEntry[], query: string, limit = 6): NameEntry[] {
  const q = normalizeName(query);
  if (!q) return [];
  return entries
    .map((entry) => ({ entry, tier: tier(q, entry.n) }))
    .filter((x) => x.tier < 4)
    .sort((a, b) => a.tier - b.tier || KIND_ORDER.indexOf(a.entry.k) - KIND_ORDER.indexOf(b.entry.k) || a.entry.t.length - b.entry.t.length)
    .slice(0, limit)
    .map((x) => x.entry);
}
