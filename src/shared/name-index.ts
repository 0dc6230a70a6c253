/**
 * The light search behind the header box: every entry's own names (title, abbreviations, synonyms, and the
 * residents' words from content/landelijk/zoekwoorden.yaml) in one small JSON file per region, matched in the
 * browser. A first query costs a few kilobytes; full-text search (zoek/, src/shared/search-engine.ts) takes over
 * when no name matches.
 */
export interface NameEntry {
  /** URL */
  u: string;
  /** title */
  t: string;
  /** kind: Begrip, Organisatie, Training, Regiovisie, Hulp */
  k: string;
  /** names to match: title, abbreviations, synonyms, residents' words */
  n: string[];
}

export const KIND_ORDER = ['Hulp', 'Begrip', 'Organisatie', 'Training', 'Regiovisie'];

import { normalize as normalizeName } from './text.ts';

export { normalizeName };

/**
 * Words residents put around what they mean ("ik word door mijn man geslagen"). They never decide a match:
 * a query is compared without them, and a name too, so "mijn man slaat mij" meets "man slaat".
 */
export const STOP_WORDS = new Set(
  (
    'aan al alle als ben bent bij daar dan dat de deze die dit doe doen doet door een en er ga gaat geen had heb hebben heeft het hier hij hoe hun ' +
    'ik in is je jij jou jouw kan kun kunnen kunt me mee met mij mijn moet na naar niet nog nu of om ons onze op over te tegen toch u uw van veel voor wat ' +
    'was we wel wie wij wil wilt word worden wordt ze zich zij zijn zo zou'
  ).split(' '),
);

/** The words of a text that carry meaning; if it holds only stop words ("ik ben"), all of them. */
export function contentWords(text: string): string[] {
  const words = normalizeName(text).split(' ').filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : words;
}

/** Typos allowed for a word of this length: none for short words (abbreviations), 1 from 5 letters, 2 from 8. */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours counts as one), capped at max + 1. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    // Every later row is at least this row's minimum: stop once no alignment can come back under the cap.
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

interface PreparedName {
  raw: string;
  /** normalised name */
  full: string;
  /** its words without stop words, joined */
  core: string;
  words: string[];
  /** runs of up to four neighbouring words written together: "veilig thuis" gives "veiligthuis"; at = first word */
  joined: { text: string; at: number }[];
}

const prepared = new WeakMap<NameEntry, PreparedName[]>();
function prepare(entry: NameEntry): PreparedName[] {
  let names = prepared.get(entry);
  if (!names) {
    names = entry.n.map((raw) => {
      const full = normalizeName(raw);
      const all = full.split(' ').filter(Boolean);
      const words = contentWords(full);
      const joined: { text: string; at: number }[] = [];
      for (let i = 0; i < all.length; i++) for (let j = i + 2; j <= Math.min(all.length, i + 4); j++) joined.push({ text: all.slice(i, j).join(''), at: i });
      return { raw, full, core: words.join(' '), words, joined };
    });
    prepared.set(entry, names);
  }
  return names;
}

/**
 * How far a query word is from a name word: 0 when the name word starts with it (typing), otherwise the
 * typos needed (also against the name word's beginning, so "ouderenmishandling" meets "ouderenmishandeling").
 * Returns Infinity when it is too far.
 */
function wordDistance(query: string, word: string): number {
  if (word.startsWith(query)) return 0;
  const max = allowedTypos(query.length);
  if (!max) return Infinity;
  const d = Math.min(editDistance(query, word, max), word.length > query.length ? editDistance(query, word.slice(0, query.length), max) : max + 1);
  return d <= max ? d : Infinity;
}

export interface NameHit {
  entry: NameEntry;
  /**
   * 0 exact name, 1 a name starts with the query, 2 every query word starts a word of a name, 3 the query
   * occurs inside a name, 4 a match after correcting typos or spaces, 5 part of the query's words match.
   */
  tier: number;
  /** the name that matched best, shown in "Bedoelde u …?" after a correction */
  name: string;
  /** typos corrected (tier 4) or query words matched (tier 5, negative so that lower sorts first) */
  score: number;
}

function matchName(q: string, qWords: string[], qCore: string, qJoined: string, name: PreparedName): Omit<NameHit, 'entry'> | undefined {
  const hit = (tier: number, score = 0) => ({ tier, name: name.raw, score });
  if (name.full === q || (qCore && name.core === qCore)) return hit(0);
  if (name.full.startsWith(q) || (qCore && name.core.startsWith(qCore))) return hit(1);
  if (qWords.every((w) => name.words.some((nw) => nw.startsWith(w)))) return hit(2);
  if (q.length >= 3 && name.full.includes(q)) return hit(3);
  // Typos: each query word close to a word of the name.
  let typos = 0;
  for (const w of qWords) {
    const best = Math.min(...name.words.map((nw) => wordDistance(w, nw)));
    if (best === Infinity) {
      typos = Infinity;
      break;
    }
    typos += best;
  }
  // A name with no words beyond the corrected ones beats a longer name that merely contains them
  // ("meldkode": the name "meldcode" before "verscherpte meldcode").
  if (typos < Infinity) return hit(4, typos + 0.1 * Math.max(0, name.words.length - qWords.length));
  // Spaces: "veiligthuis" for "Veilig Thuis", also with a typo.
  const max = allowedTypos(qJoined.length);
  let spaced = Infinity;
  for (const j of name.joined) {
    const d = j.text === qJoined ? 0 : editDistance(qJoined, j.text, max);
    // A name that begins with the words beats one that has them further on.
    if (d <= max) spaced = Math.min(spaced, d + 0.5 + Math.min(j.at, 4) * 0.1);
  }
  if (spaced < Infinity) return hit(4, spaced);
  return undefined;
}

/** Every entry that matches, best first: exact names are never pushed down by corrections or partial matches. */
export function findNames(entries: NameEntry[], query: string, limit = 6): NameHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const qWords = contentWords(q);
  const qCore = qWords.join(' ');
  const qJoined = qWords.join('');
  const hits: NameHit[] = [];
  for (const entry of entries) {
    let best: Omit<NameHit, 'entry'> | undefined;
    for (const name of prepare(entry)) {
      const m = matchName(q, qWords, qCore, qJoined, name);
      if (m && (!best || m.tier < best.tier || (m.tier === best.tier && m.score < best.score))) best = m;
      if (best?.tier === 0) break;
    }
    // Part of a longer question ("mijn vriend slaat mij elke dag"): count the query words any of the
    // entry's names has, so a page with many residents' words wins over one that shares a single word.
    if (!best && qWords.length >= 2) {
      const names = prepare(entry);
      const matched = qWords.filter(
        (w) => w.length >= 3 && names.some((n) => n.words.some((nw) => nw === w || (w.length >= 5 && wordDistance(w, nw) <= 1 && nw.length <= w.length + 2))),
      );
      if (matched.length && matched.length * 4 >= qWords.length && matched.some((w) => w.length >= 4))
        best = { tier: 5, name: entry.t, score: -matched.length };
    }
    if (best) hits.push({ entry, ...best });
  }
  return hits
    .sort(
      (a, b) => a.tier - b.tier || a.score - b.score || KIND_ORDER.indexOf(a.entry.k) - KIND_ORDER.indexOf(b.entry.k) || a.entry.t.length - b.entry.t.length,
    )
    .slice(0, limit);
}

export function searchNames(entries: NameEntry[], query: string, limit = 6): NameEntry[] {
  return findNames(entries, query, limit).map((h) => h.entry);
}

/** The name to offer as "Bedoelde u …?": only when the best match needed a correction. */
export function suggestion(hits: NameHit[]): NameHit | undefined {
  return hits[0]?.tier === 4 ? hits[0] : undefined;
}
