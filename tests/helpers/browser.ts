/** Chromium through playwright-core (system, CHROMIUM_PATH or the npm-installed one), plus a local static server. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startServer } from '../../src/build/serve.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/build/chromium.ts';
import { SearchIndex } from '../../src/client/search-core.ts';
import type { DocsFile } from '../../src/shared/search-engine.ts';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_ARGS });
}

export async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = await startServer(resolve(root));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * A full-text query with the site's own search code (src/client/search-core.ts), its files fetched by the
 * page from the test server: the ten best result URLs, without section anchors.
 */
export async function siteSearch(page: import('playwright-core').Page, base: string, query: string, filters: Record<string, string[]> = {}): Promise<string[]> {
  const get = (url: string) =>
    page.evaluate(async (u) => {
      const r = await fetch(u);
      return r.ok ? r.json() : {};
    }, url);
  const index = new SearchIndex((await get(`${base}zoek/docs.json`)) as DocsFile, base, `${base}zoek/`, get);
  const found = await index.search(query, filters);
  return (await index.hits(found, 0, 10)).map((h) => h.url.split('#')[0]!);
}

/**
 * One Chromium and one local server per web root for a test file: registers beforeAll/afterAll and returns
 * getters, so each browser test file starts the same way.
 */
export function useBrowser(roots: string[]) {
  let browser: Browser | undefined;
  const servers = new Map<string, { server: Server; origin: string }>();
  beforeAll(async () => {
    browser = await launch();
    for (const root of new Set(roots)) servers.set(root, await serve(root));
  });
  afterAll(async () => {
    await browser?.close();
    for (const { server } of servers.values()) server.close();
  });
  return {
    browser: () => browser!,
    origin: (root: string) => servers.get(root)!.origin,
  };
}
