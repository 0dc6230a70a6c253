// Full-text search in the browser over the site's own index (zoek/, written by src/build/search-index.ts):
// docs.json first, then only the shards of the query's terms, then the fragments of the results shown.
// The query stays in memory: never in the URL, history or storage, and nothing goes to another host.
import { escapeHtml } from '../shared/text.ts';
import {
  closeTerms,
  decodePostings,
  excerpt,
  filterCounts,
  matcher,
  nameKey,
  planQuery,
  rank,
  shardOf,
  shardsBetween,
  termWeight,
  type DocsFile,
  type Fragment,
  type Posting,
  type Ranked,
  type Shard,
} from '../shared/search-engine.ts';
import { queryTerms } from '../shared/search-text.ts';
import { KIND_ORDER } from '../shared/name-index.ts';

export interface Hit {
  url: string;
  title: string;
  /** HTML: escaped text with <mark> around the query's words */
  excerpt: string;
  kind: string;
  /** title of the section the excerpt comes from, when the link goes to it */
  section?: string;
  /** region name, on the national page */
  region?: string;
}

export interface Found {
  ranked: Ranked[];
  /** count per filter value id, for the menus (each menu counted without its own choice) */
  counts: Map<number, number>;
  query: string;
}

/** A prefix search looks in at most this many shards: a three-letter word must not load the whole index. */
const MAX_PREFIX_SHARDS = 3;

export class SearchIndex {
  private shards = new Map<number, Promise<Shard>>();
  private fragments = new Map<string, Promise<Fragment[]>>();
  readonly docs: DocsFile;
  /** base of the region, or '/' for the national index */
  private readonly base: string;
  private readonly dir: string;
  /** how files are fetched: the browser's fetch; tests pass their own */
  private readonly get: (url: string) => Promise<unknown>;
  constructor(docs: DocsFile, base: string, dir: string, get: (url: string) => Promise<unknown> = getJson) {
    this.docs = docs;
    this.base = base;
    this.dir = dir;
    this.get = get;
  }

  private shard(i: number): Promise<Shard> {
    let s = this.shards.get(i);
    if (!s) {
      s = this.get(`${this.dir}${this.docs.s[i]![1]}`) as Promise<Shard>;
      this.shards.set(i, s);
    }
    return s;
  }

  /** The docs that pass the chosen filters (value ids grouped by filter name: one of each group). */
  private passes(selected: Record<string, string[]>, skip?: string): (doc: number) => boolean {
    const groups = Object.entries(selected)
      .filter(([name, values]) => name !== skip && values.length)
      .map(([name, values]) => new Set(this.docs.f.flatMap(([n, v], id) => (n === name && values.includes(v) ? [id] : []))));
    return (doc) => groups.every((ids) => this.docs.d[doc]![2].some((f) => ids.has(f)));
  }

  async search(query: string, selected: Record<string, string[]> = {}): Promise<Found> {
    const q = queryTerms(query);
    const plans = planQuery(q);
    const starts = this.docs.s.map(([s]) => s);
    if (!plans.length) {
      // Only filters: every page that passes them, help first, then by title.
      const order = (doc: number) => KIND_ORDER.indexOf(this.kind(doc));
      const docs = this.docs.d.map((_, i) => i);
      const ranked = docs.filter(this.passes(selected)).sort((a, b) => order(a) - order(b) || this.docs.d[a]![1].localeCompare(this.docs.d[b]![1], 'nl'));
      return { ranked: ranked.map((doc) => ({ doc, score: 0, passage: -1, matched: 0 })), counts: this.count(docs, selected), query };
    }
    const perTerm = await Promise.all(
      plans.map(async (plan) => {
        const wanted = plan.prefix
          ? [...new Set([shardOf(starts, plan.stem), ...shardsBetween(starts, plan.prefix.from, plan.prefix.prefix).slice(0, MAX_PREFIX_SHARDS)])]
          : [shardOf(starts, plan.stem)];
        const shards = await Promise.all(wanted.map((i) => this.shard(i)));
        const best = new Map<number, { p: Posting; w: number }>();
        const take = (flat: number[], w: number) => {
          for (const p of decodePostings(flat)) {
            const old = best.get(p.doc);
            if (!old || old.w * old.p.tf < w * p.tf) best.set(p.doc, { p, w });
          }
        };
        for (const shard of shards) {
          for (const [term, flat] of Object.entries(shard)) {
            const w = termWeight(plan, term);
            if (w) take(flat, w);
          }
        }
        // Nothing for this word: perhaps a typo ("huisverbot"), within its own shard.
        if (!best.size) for (const shard of shards) for (const { term, w } of closeTerms(plan.stem, Object.keys(shard))) take(shard[term]!, w);
        return best;
      }),
    );
    // Pages one of whose names is exactly the query ("mijn man slaat mij" is a name of the help page).
    const key = nameKey(q.terms);
    const named = new Set(decodePostings((await this.shard(shardOf(starts, key)))[key] ?? []).map((p) => p.doc));
    const ranked = rank(this.docs, perTerm, this.passes(selected), query, named).ranked;
    const any = rank(this.docs, perTerm, () => true, query, named).ranked.map((r) => r.doc);
    return { ranked, counts: this.count(any, selected), query };
  }

  private count(docs: number[], selected: Record<string, string[]>): Map<number, number> {
    const counts = new Map<number, number>();
    for (const name of new Set(this.docs.f.map(([n]) => n))) {
      const passing = docs.filter(this.passes(selected, name));
      for (const [id, n] of filterCounts(this.docs, passing)) if (this.docs.f[id]![0] === name) counts.set(id, n);
    }
    return counts;
  }

  kind(doc: number): string {
    return this.docs.d[doc]![2].map((f) => this.docs.f[f]!).find(([n]) => n === 'soort')?.[1] ?? '';
  }

  /** The shown results: title, link (to the section when the excerpt is from one) and an excerpt with marks. */
  async hits(found: Found, from: number, count: number): Promise<Hit[]> {
    const isMatch = matcher(found.query);
    return Promise.all(
      found.ranked.slice(from, from + count).map(async (r) => {
        const row = this.docs.d[r.doc]!;
        const regional =
          row[5] !== undefined && this.docs.r ? { base: this.docs.r[row[5]]!, hash: this.docs.rh?.[row[5]] ?? '' } : { base: this.base, hash: this.docs.h };
        const passage = row[3] + Math.max(0, r.passage);
        const group = Math.floor(passage / this.docs.g);
        const file = `${regional.base}zoek/f${group}-${regional.hash}.json`;
        let fragments = this.fragments.get(file);
        if (!fragments) {
          fragments = this.get(file).then((f) => (Array.isArray(f) ? (f as Fragment[]) : []));
          this.fragments.set(file, fragments);
        }
        const [anchor = '', section = '', text = ''] = (await fragments)[passage % this.docs.g] ?? [];
        const url = regional.base + row[0];
        const region = this.docs.r ? row[2].map((f) => this.docs.f[f]!).find(([n]) => n === 'regio')?.[1] : undefined;
        const toSection = anchor && r.passage >= 0;
        return {
          url: toSection ? `${url}#${anchor}` : url,
          title: row[1],
          kind: this.kind(r.doc),
          excerpt: excerpt(text, isMatch),
          ...(toSection ? { section } : {}),
          ...(region ? { region } : {}),
        };
      }),
    );
  }
}

/** A missing file counts as empty: a result then shows without excerpt rather than not at all. */
const getJson = (url: string): Promise<unknown> =>
  fetch(url).then(
    (r) => (r.ok ? r.json() : {}),
    () => ({}),
  );

const loading = new Map<string, Promise<SearchIndex>>();

/** The index of a region (base "/twente/") or the national one (base "/"), fetched on first use. */
export function loadIndex(base: string): Promise<SearchIndex> {
  let index = loading.get(base);
  if (!index) {
    index = fetch(`${base}zoek/docs.json`).then(async (r) => {
      if (!r.ok) throw new Error(`zoek/docs.json: ${r.status}`);
      return new SearchIndex((await r.json()) as DocsFile, base, `${base}zoek/`);
    });
    loading.set(base, index);
  }
  return index;
}

/** A result as a list item; the excerpt is already escaped HTML with only <mark> added. */
export function renderHit(hit: Hit, headingLevel: 'h2' | 'h3' | 'span', texts: Record<string, string> = {}): string {
  const title = `<a href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a>`;
  const head = headingLevel === 'span' ? `<span class="hit__titel">${title}</span>` : `<${headingLevel} class="hit__titel">${title}</${headingLevel}>`;
  const section = hit.section && texts['onderdeel'] ? `<span class="hit__onderdeel">${escapeHtml(texts['onderdeel'].replace('{x}', hit.section))}</span>` : '';
  return `<li class="hit">${hit.kind ? `<span class="hit__soort">${escapeHtml(hit.kind)}</span>` : ''}${hit.region ? ` <span class="hit__regio">${escapeHtml(hit.region)}</span>` : ''}${head}${section}${hit.excerpt ? `<p class="hit__uittreksel">${hit.excerpt}</p>` : ''}</li>`;
}
