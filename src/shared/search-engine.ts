/**
 * The full-text search of the site, small enough for its few hundred pages per region (Pagefind's 60 KB of
 * WebAssembly alone was more than a first query may cost). Pure: the index format, how terms are spread over
 * shard files, BM25 scoring and excerpts. The build (src/build/search-index.ts) writes the files, the browser
 * (src/client/search-core.ts) fetches only the shards of the query's terms and the fragments of shown results.
 *
 * Files in zoek/ of a region (and of dist/ for the national page):
 *   docs.json        DocsFile: every page (url, title, filter ids, first passage, length) and the shard table
 *   t<i>-<hash>.json Shard: term -> postings, for the terms from one start term up to the next shard's
 *   f<g>-<hash>.json Fragment[]: FRAGMENT_GROUP passages of text with their section, for excerpts
 */
import { escapeHtml, normalize } from './text.ts';
import { queryTerms, stem, words, type QueryTerms } from './search-text.ts';
import { allowedTypos, editDistance } from './name-index.ts';

export const INDEX_VERSION = 1;

/** [url relative to the region's base, title, filter value ids, first passage id, length in words, region] */
export type DocRow = [url: string, title: string, filters: number[], passage: number, length: number, region?: number];

export interface DocsFile {
  v: number;
  /** content hash of the fragment files, part of their names so a rebuilt site never mixes old and new */
  h: string;
  /** passages per fragment file */
  g: number;
  /** average length in words, for BM25 */
  avg: number;
  /** filter values: [name, value]; docs refer to them by position */
  f: [string, string][];
  /** shards, sorted by start term: [first term, file] */
  s: [string, string][];
  /** national index: each region's base (URLs and fragments are the region's own) */
  r?: string[];
  /** national index: each region's fragment hash (its docs.json "h") */
  rh?: string[];
  d: DocRow[];
}

/**
 * Shard file: term -> flat triples [doc id delta, passage, weighted term frequency]. Passage is the doc's
 * passage (counted from its first, plus one) where the term occurs most, 0 when only in title or names.
 * The frequency is negative when the term is in the title or the page's names.
 */
export type Shard = Record<string, number[]>;

/** One passage: [section anchor ('' before the first heading), section title, text] */
export type Fragment = [anchor: string, section: string, text: string];

export const FRAGMENT_GROUP = 8;

export interface Posting {
  doc: number;
  /** passage offset in the doc, -1 when the term is only in the title or names */
  passage: number;
  tf: number;
  inName: boolean;
}

export function encodePostings(postings: Posting[]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const p of [...postings].sort((a, b) => a.doc - b.doc)) {
    out.push(p.doc - last, p.passage + 1, (p.inName ? -1 : 1) * Math.max(1, Math.round(p.tf)));
    last = p.doc;
  }
  return out;
}

export function decodePostings(flat: number[], docOffset = 0): Posting[] {
  const out: Posting[] = [];
  let doc = 0;
  for (let i = 0; i + 2 < flat.length; i += 3) {
    doc += flat[i]!;
    out.push({ doc: doc + docOffset, passage: flat[i + 1]! - 1, tf: Math.abs(flat[i + 2]!), inName: flat[i + 2]! < 0 });
  }
  return out;
}

/**
 * Cuts the sorted terms into shards of about `target` bytes each (their postings as JSON), never splitting
 * a term. A shard starts at a term; a query term belongs to the last shard whose start is not after it.
 */
export function partition(sorted: { term: string; bytes: number }[], target: number): string[][] {
  const shards: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const { term, bytes } of sorted) {
    if (current.length && size + bytes > target) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push(term);
    size += bytes;
  }
  if (current.length) shards.push(current);
  return shards;
}

/** Position in the shard table of the shard holding `term` (the first shard starts at ''). */
export function shardOf(starts: string[], term: string): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Shards that may hold a term from `from` up to everything starting with `upTo` (a prefix search). */
export function shardsBetween(starts: string[], from: string, upTo: string): number[] {
  const first = shardOf(starts, from);
  const out = [first];
  for (let i = first + 1; i < starts.length && (starts[i]! <= upTo || starts[i]!.startsWith(upTo)); i++) out.push(i);
  return out;
}

/**
 * A whole name as one key: its terms and a closing space ("veilig thuis "). It sorts right after its first
 * term, so it is nearly always in a shard the query loads anyway; no word ends in a space, so it never
 * mixes with the terms.
 */
export const nameKey = (terms: string[]) => `${terms.join(' ')} `;

export interface TermPlan {
  /** stem to look up exactly */
  stem: string;
  /** for a half-typed last word: terms from `from` up to those starting with `prefix` may also match */
  prefix?: { from: string; prefix: string; word: string };
}

/**
 * Which terms a query looks up. A half-typed last word ("mishand") matches longer terms starting with its stem
 * or with the word itself, and terms that are the word minus an ending still to be typed ("mishandeli" after
 * "mishandel").
 */
export function planQuery(q: QueryTerms): TermPlan[] {
  return q.terms.map((s, i) => {
    if (i !== q.terms.length - 1 || !q.prefix) return { stem: s };
    const p = s.length < q.prefix.length ? s : q.prefix;
    const from = q.prefix.slice(0, Math.max(3, q.prefix.length - 3));
    return { stem: s, prefix: { from: from < p ? from : p, prefix: p, word: q.prefix } };
  });
}

/** Does a term in a shard count for this planned term, and how much (a completion counts a little less). */
export function termWeight(plan: TermPlan, term: string): number {
  if (term === plan.stem) return 1;
  if (term.endsWith(' ')) return 0;
  const p = plan.prefix;
  if (!p) return 0;
  if (term.startsWith(p.prefix) || term.startsWith(p.word)) return 0.8;
  if (term.length >= 4 && term.length >= p.word.length - 3 && p.word.startsWith(term)) return 0.8;
  return 0;
}

/**
 * Terms of a loaded shard that are a typo away from a stem nothing matched ("kindermishandleing"): the name
 * index's rules (none under 5 letters, 1 from 5, 2 from 8), each typo costing a little weight. Only in the
 * stem's own shard, which shares its first letters: a typo there is not looked for.
 */
export function closeTerms(target: string, terms: Iterable<string>): { term: string; w: number }[] {
  const max = allowedTypos(target.length);
  if (!max) return [];
  const out: { term: string; w: number }[] = [];
  for (const term of terms) {
    if (term.endsWith(' ') || Math.abs(term.length - target.length) > max) continue;
    const d = editDistance(target, term, max);
    if (d <= max) out.push({ term, w: 0.7 - 0.1 * d });
  }
  return out;
}

export interface Ranked {
  doc: number;
  score: number;
  /** passage offset to show, -1 for the doc's first one */
  passage: number;
  /** query terms the doc has */
  matched: number;
  /** also the best passage's number of matched terms */
}

const K1 = 1.2;
const B = 0.75;
/** A word in the title or names counts this much more than the same word in the text (after BM25 saturation). */
const NAME_BOOST = 1.5;

/**
 * BM25 over the query terms, one posting list per term (a completed word's lists merged, best per doc). Every
 * term must match (AND); when no page has them all, pages with most of them come first (OR). A page with all
 * terms in its title or names is multiplied up, and one whose title or one of whose names is the query
 * (`named`, from the query's nameKey) comes first of all.
 */
export function rank(
  docs: DocsFile,
  perTerm: Map<number, { p: Posting; w: number }>[],
  allowed: (doc: number) => boolean,
  query: string,
  named: Set<number> = new Set(),
): { ranked: Ranked[]; and: boolean } {
  const n = docs.d.length;
  const scores = new Map<number, { score: number; matched: number; inName: number; passages: Map<number, number> }>();
  perTerm.forEach((postings) => {
    const df = postings.size;
    if (!df) return;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (const [doc, { p, w }] of postings) {
      if (!allowed(doc)) continue;
      const len = docs.d[doc]?.[4] ?? docs.avg;
      const tf = p.tf;
      const s = w * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / (docs.avg || 1)))) * (p.inName ? NAME_BOOST : 1);
      const entry = scores.get(doc) ?? { score: 0, matched: 0, inName: 0, passages: new Map<number, number>() };
      entry.score += s;
      entry.matched++;
      if (p.inName) entry.inName++;
      if (p.passage >= 0) entry.passages.set(p.passage, (entry.passages.get(p.passage) ?? 0) + 1);
      scores.set(doc, entry);
    }
  });
  const wanted = perTerm.length;
  const all = [...scores].filter(([, e]) => e.matched === wanted);
  const and = all.length > 0;
  const core = words(query).map(stem).join(' ');
  const list = (and ? all : [...scores]).map(([doc, e]) => {
    let best = -1;
    let most = 0;
    for (const [passage, count] of e.passages) if (count > most || (count === most && passage < best)) [best, most] = [passage, count];
    const titleIsQuery = core !== '' && words(docs.d[doc]![1]).map(stem).join(' ') === core;
    const score = e.score * (e.inName === wanted ? 3 : 1) * (and ? 1 : (e.matched / wanted) ** 2) + (titleIsQuery ? 1000 : named.has(doc) ? 500 : 0);
    return { doc, score, passage: best, matched: e.matched };
  });
  list.sort((a, b) => b.matched - a.matched || b.score - a.score || a.doc - b.doc);
  return { ranked: list, and };
}

/** The query's words as the excerpt marks them: exact stems, and for the last word anything it starts. */
export function matcher(query: string): (word: string) => boolean {
  const q = queryTerms(query);
  const plans = planQuery(q);
  const stems = new Set(q.terms);
  return (word: string) => {
    const w = normalize(word);
    if (!w) return false;
    const s = stem(w);
    if (stems.has(s)) return true;
    return plans.some((p) => p.prefix && termWeight(p, s) > 0 && (w.startsWith(p.prefix.word) || s.startsWith(p.prefix.prefix)));
  };
}

/**
 * About `length` words of the text around the most query words, HTML-escaped, the matches in <mark>.
 * Without a match, the text's beginning.
 */
export function excerpt(text: string, isMatch: (word: string) => boolean, length = 24): string {
  const tokens = [...text.matchAll(/[\p{L}\p{N}+&]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, hit: isMatch(m[0]) }));
  if (!tokens.length) return escapeHtml(text.slice(0, 200));
  // The window with most matches; ties go to the earliest, which starts a few words before the first match.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.hit) count++;
    if (i >= length && tokens[i - length]!.hit) count--;
    const start = Math.max(0, i - length + 1);
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  let start = best;
  if (bestCount > 0) {
    const firstHit = tokens.findIndex((t, i) => i >= best && t.hit);
    start = Math.max(0, Math.min(best, firstHit - 4));
  }
  const end = Math.min(tokens.length, start + length);
  const from = start === 0 ? 0 : tokens[start]!.at;
  const to = end === tokens.length ? text.length : tokens[end - 1]!.end;
  let html = '';
  let pos = from;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    html += escapeHtml(text.slice(pos, t.at));
    html += t.hit ? `<mark>${escapeHtml(text.slice(t.at, t.end))}</mark>` : escapeHtml(text.slice(t.at, t.end));
    pos = t.end;
  }
  html += escapeHtml(text.slice(pos, to));
  return `${from > 0 ? '… ' : ''}${html.trim()}${to < text.length ? ' …' : ''}`;
}

/** Counts per filter value among docs, for the filter menus: "Begrip (12)". */
export function filterCounts(docs: DocsFile, ids: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const doc of ids) for (const f of docs.d[doc]?.[2] ?? []) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}
