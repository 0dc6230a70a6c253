/**
 * Writes the full-text index of a built region into <outDir>/zoek/, and the national one into dist/zoek/.
 * It reads what the pages mark for search, the attributes Pagefind used to read: only [data-pagefind-body],
 * nothing under [data-pagefind-ignore]; title, soort and namen from data-pagefind-meta; filters from
 * data-pagefind-filter; weights from data-pagefind-weight. Format and scoring: src/shared/search-engine.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';

/** The parts of ultrahtml's nodes read here (text nodes keep their source in value). */
interface ElementNode {
  type: number;
  name: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: ElementNode[];
}
import {
  encodePostings,
  decodePostings,
  nameKey,
  partition,
  FRAGMENT_GROUP,
  INDEX_VERSION,
  type DocRow,
  type DocsFile,
  type Fragment,
  type Posting,
  type Shard,
} from '../shared/search-engine.ts';
import { terms } from '../shared/search-text.ts';

export interface Section {
  /** heading id, '' for the text before the first h2/h3 */
  id: string;
  title: string;
  /** text blocks (paragraphs, list items, cells) with the weight of their element */
  blocks: { text: string; weight: number }[];
}

export interface ExtractedPage {
  url: string;
  title: string;
  kind: string;
  filters: [string, string][];
  /** title, names and keywords: what the page is called */
  names: string[];
  sections: Section[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', hellip: '…', ndash: '–', mdash: '—' };
/** ultrahtml keeps text as source: entities are decoded here. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCKS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'blockquote',
  'figcaption',
  'caption',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'aside',
  'header',
  'footer',
  'nav',
  'figure',
  'br',
  'details',
  'summary',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

const textOf = (node: ElementNode): string =>
  (node.children ?? [])
    .map((c) =>
      c.type === TEXT_NODE
        ? decodeEntities(c.value ?? '')
        : c.type === ELEMENT_NODE && !SKIP.has(c.name) && !('data-pagefind-ignore' in (c.attributes ?? {}))
          ? ` ${textOf(c)} `
          : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

function findBody(node: ElementNode): ElementNode | undefined {
  if (node.type === ELEMENT_NODE && 'data-pagefind-body' in (node.attributes ?? {})) return node;
  for (const child of node.children ?? []) {
    const found = child.type === ELEMENT_NODE ? findBody(child) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** One built page to what the index needs; undefined for pages that are not for search (no data-pagefind-body). */
export function extractPage(html: string, url: string): ExtractedPage | undefined {
  const body = findBody(parse(html) as ElementNode);
  if (!body) return undefined;
  const page: ExtractedPage = { url, title: '', kind: '', filters: [], names: [], sections: [{ id: '', title: '', blocks: [] }] };
  let section = page.sections[0]!;
  let buffer = '';
  let bufferWeight = 1;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (/[\p{L}\p{N}]/u.test(text)) section.blocks.push({ text, weight: bufferWeight });
    buffer = '';
  };
  const walk = (node: ElementNode, weight: number, hidden: boolean) => {
    for (const child of node.children ?? []) {
      if (child.type === TEXT_NODE) {
        if (!hidden) {
          if (weight !== bufferWeight) flush();
          bufferWeight = weight;
          buffer += decodeEntities(child.value ?? '');
        }
        continue;
      }
      if (child.type !== ELEMENT_NODE) continue;
      const el = child;
      const a = el.attributes ?? {};
      if ('data-pagefind-ignore' in a || SKIP.has(el.name)) continue;
      for (const f of (a['data-pagefind-filter'] ?? '').split(',').filter(Boolean)) {
        const at = f.indexOf(':');
        if (at > 0) page.filters.push([f.slice(0, at).trim(), decodeEntities(f.slice(at + 1).trim())]);
      }
      const meta = a['data-pagefind-meta'];
      if (meta !== undefined) {
        const at = meta.indexOf(':');
        const key = at > 0 ? meta.slice(0, at).trim() : meta.trim();
        const value = at > 0 ? decodeEntities(meta.slice(at + 1).trim()) : textOf(el);
        if (key === 'title') page.title = value;
        else if (key === 'soort') page.kind = value;
        else if (key === 'namen') page.names.push(...value.split(' · '));
        else if (key === 'keywords') page.names.push(value);
      }
      // The title and the hidden names count as names, not as text to show.
      if (meta === 'title' || meta === 'namen' || 'hidden' in a) {
        if (meta === 'title') page.names.unshift(textOf(el));
        continue;
      }
      const w = a['data-pagefind-weight'] !== undefined ? Number(a['data-pagefind-weight']) || 1 : weight;
      if ((el.name === 'h2' || el.name === 'h3') && a['id']) {
        flush();
        section = { id: a['id'], title: textOf(el).replace(/\s*#$/, ''), blocks: [] };
        page.sections.push(section);
        continue;
      }
      const block = BLOCKS.has(el.name);
      if (block) flush();
      walk(el, w, hidden);
      if (block) flush();
    }
  };
  walk(body, 1, false);
  flush();
  page.sections = page.sections.filter((s) => s.blocks.length || s.id);
  if (!page.title) page.title = page.names[0] ?? url;
  return page;
}

const PASSAGE_CHARS = 320;

/** A section's text in passages of about PASSAGE_CHARS, cut between blocks or sentences. */
export function passages(section: Section): { text: string; weight: number }[] {
  const out: { text: string; weight: number }[] = [];
  let text = '';
  let weight = 1;
  const push = () => {
    if (text.trim()) out.push({ text: text.trim(), weight });
    text = '';
    weight = 1;
  };
  for (const block of section.blocks) {
    const pieces = block.text.length > PASSAGE_CHARS ? (block.text.match(/[^.!?]+(?:[.!?]+\s*|$)/g) ?? [block.text]) : [block.text];
    for (const piece of pieces) {
      if (text && text.length + piece.length > PASSAGE_CHARS) push();
      text += (text ? ' ' : '') + piece.trim();
      weight = Math.max(weight, block.weight);
    }
  }
  push();
  return out;
}

export interface IndexData {
  docs: DocRow[];
  filters: [string, string][];
  postings: Map<string, Posting[]>;
  fragments: Fragment[];
  avg: number;
}

/** Names and the title weigh 10, as data-pagefind-weight said for Pagefind. */
const NAME_WEIGHT = 10;

export function buildIndexData(pages: ExtractedPage[]): IndexData {
  const filterIds = new Map<string, number>();
  const filters: [string, string][] = [];
  const filterId = (name: string, value: string) => {
    const key = `${name}\u0000${value}`;
    let id = filterIds.get(key);
    if (id === undefined) {
      id = filters.length;
      filters.push([name, value]);
      filterIds.set(key, id);
    }
    return id;
  };
  const docs: DocRow[] = [];
  const fragments: Fragment[] = [];
  const postings = new Map<string, Posting[]>();
  let total = 0;
  const sorted = [...pages].sort((a, b) => a.url.localeCompare(b.url));
  sorted.forEach((page, doc) => {
    const ids = [...new Set([filterId('soort', page.kind), ...page.filters.filter(([n]) => n !== 'soort').map(([n, v]) => filterId(n, v))])];
    const first = fragments.length;
    const tf = new Map<string, { tf: number; inName: boolean; per: Map<number, number> }>();
    const add = (term: string, weight: number, passage: number, inName: boolean) => {
      const e = tf.get(term) ?? { tf: 0, inName: false, per: new Map<number, number>() };
      e.tf += weight;
      e.inName ||= inName;
      if (passage >= 0) e.per.set(passage, (e.per.get(passage) ?? 0) + 1);
      tf.set(term, e);
    };
    // Each distinct name counts once: a title repeated as a name is not worth twice.
    for (const name of new Set(page.names.map((n) => n.trim()).filter(Boolean))) {
      const nameTerms = terms(name);
      for (const term of new Set(nameTerms)) add(term, NAME_WEIGHT, -1, true);
      // The whole name as one key, so a query that is exactly a name finds its page first (see nameKey).
      if (nameTerms.length) add(nameKey(nameTerms), NAME_WEIGHT, -1, true);
    }
    let length = 0;
    for (const section of page.sections) {
      const sectionStart = fragments.length - first;
      for (const p of passages(section)) {
        const passage = fragments.length - first;
        fragments.push([section.id, section.title, p.text]);
        for (const term of terms(p.text)) {
          add(term, p.weight, passage, false);
          length++;
        }
      }
      // A heading's words point to its section's first passage, and weigh a little more than text.
      if (section.id && fragments.length - first > sectionStart) for (const term of terms(section.title)) add(term, 2, sectionStart, false);
    }
    // A page without text still gets one passage, so that every result has something to point at.
    if (fragments.length === first) fragments.push(['', '', '']);
    total += length;
    for (const [term, e] of tf) {
      let best = -1;
      let most = 0;
      for (const [passage, count] of e.per) if (count > most) [best, most] = [passage, count];
      const list = postings.get(term) ?? [];
      list.push({ doc, passage: best, tf: e.tf, inName: e.inName });
      postings.set(term, list);
    }
    docs.push([page.url, page.title, ids, first, length]);
  });
  return { docs, filters, postings, fragments, avg: docs.length ? total / docs.length : 0 };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);

/** Raw JSON bytes per shard: about 6 KB compressed, so a two-word query loads about 12 KB of terms. */
export const SHARD_BYTES = 20_000;

/** Writes docs.json, the shards and (unless told where the regions' fragments are) the fragment files. */
export function writeIndex(dir: string, data: IndexData, regions?: [string, string][], shardBytes = SHARD_BYTES): DocsFile {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let fragmentHash = '';
  if (!regions) {
    fragmentHash = hash(JSON.stringify(data.fragments));
    for (let g = 0; g * FRAGMENT_GROUP < data.fragments.length; g++) {
      writeFileSync(join(dir, `f${g}-${fragmentHash}.json`), JSON.stringify(data.fragments.slice(g * FRAGMENT_GROUP, (g + 1) * FRAGMENT_GROUP)));
    }
  }
  const encoded = [...data.postings]
    .map(([term, list]) => ({ term, flat: encodePostings(list) }))
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const byTerm = new Map(encoded.map((e) => [e.term, e.flat]));
  const groups = partition(
    encoded.map((e) => ({ term: e.term, bytes: e.term.length + 4 + JSON.stringify(e.flat).length })),
    shardBytes,
  );
  const shards: [string, string][] = groups.map((group, i) => {
    const shard: Shard = Object.fromEntries(group.map((t) => [t, byTerm.get(t)!]));
    const json = JSON.stringify(shard);
    const file = `t${i}-${hash(json)}.json`;
    writeFileSync(join(dir, file), json);
    // The first shard starts at '' so that every term has a shard to look in.
    return [i === 0 ? '' : group[0]!, file];
  });
  const docsFile: DocsFile = {
    v: INDEX_VERSION,
    h: fragmentHash,
    g: FRAGMENT_GROUP,
    avg: Math.round(data.avg),
    f: data.filters,
    s: shards,
    ...(regions ? { r: regions.map(([b]) => b), rh: regions.map(([, h]) => h) } : {}),
    d: data.docs,
  };
  writeFileSync(join(dir, 'docs.json'), JSON.stringify(docsFile));
  return docsFile;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/**
 * After Astro has written the region: every searchable page into <outDir>/zoek/. The names of the name index
 * (zoekindex.json: abbreviations, synonyms, residents' words from content/landelijk/zoekwoorden.yaml) count as
 * names of their page here too, so full text also finds the help page for "mijn vriend slaat mij", on the
 * national page as well, which has no name index of its own.
 */
export function writeRegionIndex(outDir: string): { pages: number; docs: DocsFile } {
  const names = new Map<string, string[]>();
  const nameIndex = join(outDir, 'zoekindex.json');
  if (existsSync(nameIndex)) for (const e of JSON.parse(readFileSync(nameIndex, 'utf8')) as { u: string; n: string[] }[]) names.set(e.u, e.n);
  const pages: ExtractedPage[] = [];
  for (const file of htmlFiles(outDir)) {
    const rel = relative(outDir, file).split(sep).join('/');
    const url = rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1');
    const page = extractPage(readFileSync(file, 'utf8'), url);
    if (!page) continue;
    // Name index URLs carry the base ("/twente/begrippen/mda/"); docs are relative to it.
    const extra = [...names].find(([u]) => u.endsWith(`/${url}`) && u.split('/').length === url.split('/').length + 2)?.[1] ?? [];
    page.names.push(...extra.filter((n) => !page.names.includes(n)));
    pages.push(page);
  }
  const docs = writeIndex(join(outDir, 'zoek'), buildIndexData(pages));
  return { pages: pages.length, docs };
}

export function readIndex(dir: string): { docs: DocsFile; shards: Shard[] } {
  const docs = JSON.parse(readFileSync(join(dir, 'docs.json'), 'utf8')) as DocsFile;
  return { docs, shards: docs.s.map(([, file]) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Shard) };
}

/**
 * The national index (dist/zoek/): every region's docs one after another, their postings merged per term.
 * Excerpts stay in the regions' own fragment files; a doc says which region (base) it belongs to.
 */
export function writeNationalIndex(dist: string, regions: { id: string; base: string }[]): DocsFile | undefined {
  const present = regions.filter((r) => existsSync(join(dist, r.id, 'zoek', 'docs.json')));
  if (!present.length) return undefined;
  const docs: DocRow[] = [];
  const filters: [string, string][] = [];
  const filterIds = new Map<string, number>();
  const postings = new Map<string, Posting[]>();
  let words = 0;
  const bases: [string, string][] = [];
  present.forEach((region, r) => {
    const { docs: d, shards } = readIndex(join(dist, region.id, 'zoek'));
    const offset = docs.length;
    const remap = d.f.map(([name, value]) => {
      const key = `${name}\u0000${value}`;
      if (!filterIds.has(key)) {
        filterIds.set(key, filters.length);
        filters.push([name, value]);
      }
      return filterIds.get(key)!;
    });
    for (const row of d.d) {
      docs.push([row[0], row[1], row[2].map((f) => remap[f]!), row[3], row[4], r]);
      words += row[4];
    }
    for (const shard of shards)
      for (const [term, flat] of Object.entries(shard)) postings.set(term, [...(postings.get(term) ?? []), ...decodePostings(flat, offset)]);
    bases.push([region.base, d.h]);
  });
  return writeIndex(join(dist, 'zoek'), { docs, filters, postings, fragments: [], avg: docs.length ? words / docs.length : 0 }, bases);
}

/** Compressed bytes of a file in zoek/, as a static host would send it. */
export const gzBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
