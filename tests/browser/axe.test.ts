import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { builtSites, htmlFiles, urlOf } from '../helpers/sites.ts';
import { TAGS, AXE, type Violation } from '../helpers/axe.ts';

const sites = builtSites();
const chromium = useBrowser(sites.map((s) => s.root));

for (const site of sites) {
  describe(`accessibility of ${site.dir}`, () => {
    it(
      'every page has zero axe violations for WCAG 2.0, 2.1 and 2.2 A and AA',
      async () => {
        const context = await chromium.browser().newContext();
        await context.addInitScript(AXE);
        const page = await context.newPage();
        const failures: string[] = [];
        const pages = htmlFiles(site.dir);
        for (const file of pages) {
          await page.goto(chromium.origin(site.root) + urlOf(site, file));
          const violations = (await page.evaluate(
            `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
          )) as Violation[];
          for (const v of violations) failures.push(`${urlOf(site, file)}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
        }
        await context.close();
        expect(pages.length).toBeGreaterThan(10);
        expect(failures).toEqual([]);
      },
      40 * 60_000,
    );
  });
}
