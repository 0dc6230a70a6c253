import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz } from '../../src/build/page-bytes.ts';
import type { DocsFile, Fragment, Shard } from '../../src/shared/search-engine.ts';
import { builtSites, htmlFiles, read, urlOf } from '../helpers/sites.ts';
import { SearchIndex } from '../../src/client/search-core.ts';

const json = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const QUERIES: Record<string, { query: string; expect: string; soort?: string }[]> = json('tests/search-queries.json');

/** docs.json and the two largest shards: the most a two-word query can load of the index. */
const TWO_WORD_INDEX = 30 * 1024;

for (const site of builtSites()) {
  describe(`search index of ${site.dir}`, () => {
    const dir = join(site.dir, 'zoek');
    const docs = json<DocsFile>(join(dir, 'docs.json'));

    it('has one doc per searchable page, and every doc URL is a page of the site', () => {
      const searchable = htmlFiles(site.dir)
        .filter((f) => read(f).includes('data-pagefind-body'))
        .map((f) => urlOf(site, f));
      const urls = docs.d.map((d) => site.base + d[0]);
      expect(new Set(urls).size).toBe(urls.length);
      expect([...urls].sort()).toEqual([...searchable].sort());
      for (const d of docs.d) expect(existsSync(join(site.dir, d[0], 'index.html')), d[0]).toBe(true);
    });

    it('has every shard and fragment file it names, and every posting points at a doc and a passage of it', () => {
      const passages = docs.d.map((d, i) => (docs.d[i + 1]?.[3] ?? Infinity) - d[3]);
      let last = '';
      for (const [start, file] of docs.s) {
        expect(start >= last, `${start} after ${last}`).toBe(true);
        last = start;
        const shard = json<Shard>(join(dir, file));
        for (const [term, flat] of Object.entries(shard)) {
          expect(term >= start, `${term} in shard ${start}`).toBe(true);
          let doc = 0;
          for (let i = 0; i < flat.length; i += 3) {
            doc += flat[i]!;
            expect(doc).toBeLessThan(docs.d.length);
            expect(flat[i + 1]! - 1).toBeLessThan(passages[doc]!);
          }
        }
      }
      const total = docs.d.length ? docs.d.at(-1)![3] + 1 : 0;
      for (let g = 0; g * docs.g < total; g++) {
        const file = join(dir, `f${g}-${docs.h}.json`);
        expect(existsSync(file), file).toBe(true);
        for (const [anchor] of json<Fragment[]>(file)) expect(typeof anchor).toBe('string');
      }
    });

    it('every section anchor exists on its page', () => {
      docs.d.forEach((d, i) => {
        const end = docs.d[i + 1]?.[3] ?? d[3] + 1;
        const html = read(join(site.dir, d[0], 'index.html'));
        for (let p = d[3]; p < end; p++) {
          const [anchor] = json<Fragment[]>(join(dir, `f${Math.floor(p / docs.g)}-${docs.h}.json`))[p % docs.g] ?? [''];
          if (anchor) expect(html, `${d[0]}#${anchor}`).toContain(`id="${anchor}"`);
        }
      });
    });

    it('full text alone (without the name index) finds the expected page in the top three for 90% of the query set, typos aside', async () => {
      const queries = (QUERIES[site.region] ?? []).filter((q) => q.soort !== 'spelfout');
      if (!queries.length) return;
      // The browser's own search code, reading the files from disk instead of over HTTP.
      const index = new SearchIndex(docs, site.base, `${site.base}zoek/`, async (url) => json(join(site.root, url)));
      let hit1 = 0;
      let hit3 = 0;
      const misses: string[] = [];
      for (const { query, expect: wanted } of queries) {
        const urls = (await index.hits(await index.search(query), 0, 3)).map((h) => h.url.split('#')[0]);
        const at = urls.indexOf(site.base + wanted);
        if (at === 0) hit1++;
        if (at >= 0) hit3++;
        else misses.push(`${query} → ${urls.join(', ')}`);
      }
      console.log(
        `${site.dir}: volledige tekst alleen, n=${queries.length} hit@1 ${((100 * hit1) / queries.length).toFixed(0)}% hit@3 ${((100 * hit3) / queries.length).toFixed(0)}%${misses.length ? `\n  mis: ${misses.join(' | ')}` : ''}`,
      );
      expect(hit3 / queries.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });

    it(`keeps docs.json plus the two largest shards under ${TWO_WORD_INDEX / 1024} KB compressed`, () => {
      const shards = docs.s.map(([, file]) => gz(readFileSync(join(dir, file)))).sort((a, b) => b - a);
      const bytes = gz(readFileSync(join(dir, 'docs.json'))) + (shards[0] ?? 0) + (shards[1] ?? 0);
      expect(bytes).toBeLessThanOrEqual(TWO_WORD_INDEX);
    });
  });
}

const real = builtSites().filter((s) => s.root === 'dist');
describe('national search index (dist/zoek/)', () => {
  it('exists for the regions built together (npm test builds them all)', () => {
    expect(real.length).toBeGreaterThan(1);
    expect(existsSync('dist/zoek/docs.json')).toBe(true);
  });
  it('holds the docs of every region, each pointing at a page and fragments of its own region', () => {
    const docs = json<DocsFile>('dist/zoek/docs.json');
    const regional = real.reduce((n, s) => n + json<DocsFile>(join(s.dir, 'zoek', 'docs.json')).d.length, 0);
    expect(docs.d.length).toBe(regional);
    for (const d of docs.d) {
      const base = docs.r![d[5]!]!;
      expect(existsSync(join('dist', base, d[0], 'index.html')), base + d[0]).toBe(true);
      expect(existsSync(join('dist', base, 'zoek', `f${Math.floor(d[3] / docs.g)}-${docs.rh![d[5]!]}.json`))).toBe(true);
    }
    for (const [, file] of docs.s) expect(existsSync(join('dist', 'zoek', file)), file).toBe(true);
  });
});
