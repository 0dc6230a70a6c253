import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { serve } from '../helpers/browser.ts';
import { builtSites, htmlFiles, urlOf } from '../helpers/sites.ts';

const sites = builtSites().filter((s) => s.root === 'dist');
let server: Server;
let origin = '';
beforeAll(async () => {
  ({ server, origin } = await serve('dist'));
});
afterAll(() => server?.close());

describe('serving dist/ like a static host (npm run preview)', () => {
  it('has built regions to serve', () => expect(sites.length).toBeGreaterThan(1));

  it('serves each region with its own 404 page, trailing-slash redirects and the right type for the search index', async () => {
    for (const site of sites) {
      const missing = await fetch(`${origin}${site.base}bestaat-niet/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Pagina niet gevonden');
      const redirect = await fetch(`${origin}${site.base}begrippen`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe(`${site.base}begrippen/`);
      const docs = await fetch(`${origin}${site.base}zoek/docs.json`);
      expect(docs.headers.get('content-type')).toMatch(/json/);
      const shard = ((await docs.json()) as { s: [string, string][] }).s[0]![1];
      expect((await fetch(`${origin}${site.base}zoek/${shard}`)).status).toBe(200);
      expect((await fetch(`${origin}${site.base}sitemap-index.xml`)).headers.get('content-type')).toMatch(/xml/);
    }
  });

  it('answers a load of 10 000 requests over all pages with zero errors', async () => {
    const urls = sites.flatMap((site) => htmlFiles(site.dir).map((f) => origin + urlOf(site, f)));
    const total = 10_000;
    let next = 0;
    const errors: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < total) {
          const url = urls[next++ % urls.length]!;
          const res = await fetch(url).catch((e: Error) => ({ status: 0, text: async () => e.message }));
          const body = await res.text();
          if (res.status !== 200 || body.length === 0) errors.push(`${url}: ${res.status}`);
        }
      }),
    );
    console.log(`${total} verzoeken in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(errors).toEqual([]);
  }, 120_000);
});
