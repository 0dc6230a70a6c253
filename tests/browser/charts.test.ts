/**
 * Chapters with charts in Chromium: zero axe violations, no sideways scrolling at 360 px, the chart keeps its
 * shapes and text in forced-colours mode, and in print the numbers table is printed open beside the chart.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { builtSites, htmlFiles, read, urlOf } from '../helpers/sites.ts';
import { TAGS, AXE, type Violation } from '../helpers/axe.ts';

const sites = builtSites();
const chromium = useBrowser(sites.map((s) => s.root));

const chartChapters = (dir: string) => htmlFiles(dir).filter((f) => f.includes('/regiovisie/') && read(f).includes('<figure class="grafiek">'));

it('every built region has at least one chapter with a chart', () => {
  const real = sites.filter((s) => s.root === 'dist');
  expect(real.length).toBeGreaterThan(1);
  for (const site of real) expect(chartChapters(site.dir).length, site.dir).toBeGreaterThan(0);
});

// The example fixture's charts are checked by the build tests (tests/build/charts.test.ts); in the browser,
// every site that has chapters with charts.
for (const site of sites.filter((s) => chartChapters(s.dir).length > 0)) {
  const chapters = chartChapters(site.dir);
  describe(`charts in ${site.dir}`, () => {
    it(
      'chapters with charts have zero axe violations and fit a 360 px screen',
      async () => {
        const context = await chromium.browser().newContext({ viewport: { width: 360, height: 740 } });
        await context.addInitScript(AXE);
        const page = await context.newPage();
        const failures: string[] = [];
        for (const file of chapters) {
          const url = urlOf(site, file);
          await page.goto(chromium.origin(site.root) + url);
          const violations = (await page.evaluate(
            `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
          )) as Violation[];
          for (const v of violations) failures.push(`${url}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > 360) failures.push(`${url}: scrolls sideways (${scroll} px)`);
          for (const box of await page.locator('svg.grafiek__beeld').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
            if (box > 360) failures.push(`${url}: chart ends at ${box} px`);
          }
        }
        await context.close();
        expect(failures).toEqual([]);
      },
      10 * 60_000,
    );

    it('keeps shapes and text in forced colours, and prints the numbers table open', async () => {
      const context = await chromium.browser().newContext({ forcedColors: 'active' });
      const page = await context.newPage();
      await page.goto(chromium.origin(site.root) + urlOf(site, chapters[0]!));
      const colours = await page.evaluate(() => {
        const svg = document.querySelector('svg.grafiek__beeld')!;
        const fill = (sel: string) => getComputedStyle(svg.querySelector(sel)!).fill;
        return { bar: fill('[class*="grafiek__reeks-"], .grafiek__punt'), text: fill('text'), background: getComputedStyle(document.body).backgroundColor };
      });
      expect(colours.bar).not.toBe(colours.background);
      expect(colours.text).not.toBe(colours.background);
      // On screen the table waits behind "Bekijk de cijfers als tabel"; on paper it is printed open.
      expect(
        await page
          .locator('.grafiek__cijfers table')
          .first()
          .evaluate((t) => t.checkVisibility()),
      ).toBe(false);
      await page.emulateMedia({ media: 'print', forcedColors: 'none' });
      const tableVisible = await page
        .locator('.grafiek__cijfers table')
        .first()
        .evaluate((t) => t.checkVisibility());
      expect(tableVisible).toBe(true);
      await context.close();
    });
  });
}
