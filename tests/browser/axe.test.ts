import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { launch, serve } from '../helpers/browser.ts';
import { builtSites, htmlFiles, urlOf } from '../helpers/sites.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const sites = builtSites();
let browser: Browser;
const servers = new Map<string, { server: Server; origin: string }>();

beforeAll(async () => {
  browser = await launch();
  for (const root of new Set(sites.map((s) => s.root))) servers.set(root, await serve(root));
});
afterAll(async () => {
  await browser?.close();
  for (const { server } of servers.values()) server.close();
});

for (const site of sites) {
  describe(`accessibility of ${site.dir}`, () => {
    it(
      'every page has zero axe violations for WCAG 2.0, 2.1 and 2.2 A and AA',
      async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const failures: string[] = [];
        for (const file of htmlFiles(site.dir)) {
          const url = servers.get(site.root)!.origin + urlOf(site, file);
          await page.goto(url);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          for (const v of violations) failures.push(`${urlOf(site, file)}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
        }
        await context.close();
        expect(failures).toEqual([]);
      },
      30 * 60_000,
    );
  });
}
