/** Chromium through playwright-core (system, CHROMIUM_PATH or the npm-installed one), plus a local static server. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startServer } from '../../src/build/serve.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/build/chromium.ts';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_ARGS });
}

export async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = await startServer(resolve(root));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Runs a Pagefind query inside the page, the way the site's own script does. Passed as a string so the
 * test runner does not rewrite the dynamic import.
 */
export async function pagefindSearch(page: import('playwright-core').Page, base: string, query: string, filters: Record<string, string[]> = {}): Promise<string[]> {
  return page.evaluate(`(async () => {
    window.__pf ??= import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then(async (pf) => { await pf.options({ baseUrl: ${JSON.stringify(base)} }); return pf; });
    const pf = await window.__pf;
    const r = await pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(r.results.slice(0, 10).map(async (x) => (await x.data()).url));
  })()`);
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
