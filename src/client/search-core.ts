import { escapeHtml, normalize as normalizeText } from '../shared/text.ts';
import { STOP_WORDS } from '../shared/name-index.ts';
// Pagefind, loaded on first use from this site's own /pagefind/ folder. The query stays in memory:
// never in the URL, history or storage.
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  kind: string;
  names: string[];
}

export interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No worker: one script less to download, and nothing for the Content-Security-Policy to allow.
    await pagefind.options({ baseUrl: base, excerptLength: 18, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

const normalize = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();

/**
 * Pagefind scores common words almost alike on every page. A page whose own name (term, organisation,
 * abbreviation or synonym, from its "namen" metadata) equals or starts with the query is what people look
 * for, so it goes first; otherwise Pagefind's order stays.
 */
export function rankByName(query: string, hits: Hit[]): Hit[] {
  const q = normalize(query);
  const tier = (hit: Hit) => {
    const names = hit.names.map(normalize);
    if (names.includes(q)) return 0;
    if (names.some((n) => n.startsWith(`${q} `))) return 1;
    return 2;
  };
  return hits.map((hit, i) => ({ hit, i, t: tier(hit) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.hit);
}

export async function toHits(query: string, results: PagefindResult[], limit: number): Promise<Hit[]> {
  const hits = await Promise.all(
    results.slice(0, Math.max(limit, 12)).map(async (r) => {
      const d = await r.data();
      return { url: d.url, title: d.meta['title'] ?? d.url, excerpt: d.excerpt, kind: d.meta['soort'] ?? '', names: (d.meta['namen'] ?? '').split(' · ').filter(Boolean) };
    }),
  );
  return rankByName(query, hits).slice(0, limit);
}

/** Pagefind excerpts contain only <mark> tags; everything else is text. */
export function renderHit(hit: Hit, headingLevel: 'h2' | 'h3' | 'span'): string {
  const excerpt = escapeHtml(hit.excerpt).replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
  const title = `<a href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a>`;
  const head = headingLevel === 'span' ? `<span class="hit__titel">${title}</span>` : `<${headingLevel} class="hit__titel">${title}</${headingLevel}>`;
  return `<li class="hit">${hit.kind ? `<span class="hit__soort">${escapeHtml(hit.kind)}</span>` : ''}${head}<p class="hit__uittreksel">${excerpt}</p></li>`;
}

/**
 * Pagefind with residents' sentences: stop words ("ik word door mijn man geslagen") are left out, and as
 * Pagefind wants every word on one page, the shortest word is dropped until something is found.
 */
export async function looseSearch(pagefind: Pagefind, query: string, filters: Record<string, unknown> = {}): Promise<{ results: PagefindResult[]; query: string }> {
  const tokens = query.split(/\s+/).filter((w) => normalizeText(w));
  const kept = tokens.filter((w) => !normalizeText(w).split(' ').every((part) => STOP_WORDS.has(part)));
  let words = kept.length ? kept : tokens;
  let q = words.join(' ');
  let found = await pagefind.search(q || null, { filters });
  while (!found.results.length && words.length > 1) {
    const shortest = words.reduce((a, b) => (b.length < a.length ? b : a));
    words = words.filter((w) => w !== shortest);
    q = words.join(' ');
    found = await pagefind.search(q, { filters });
  }
  return { results: found.results, query: q };
}
