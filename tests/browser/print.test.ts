import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { builtSites, samplePages } from '../helpers/sites.ts';

const sites = builtSites();
const chromium = useBrowser(sites.map((s) => s.root));

for (const site of sites) {
  describe(`printing from ${site.dir}`, () => {
    it('hides navigation and the help bar, and shows where links go, for chapters, begrippen and contact cards', async () => {
      const page = await chromium.browser().newPage();
      await page.emulateMedia({ media: 'print' });
      const pages = samplePages(site);
      for (const type of ['hoofdstuk', 'begrip', 'organisatie'] as const) {
        if (!pages[type]) continue;
        await page.goto(chromium.origin(site.root) + pages[type]);
        for (const selector of ['.hulpbalk', '.kop', '.voet', '.kruimel']) {
          expect(await page.locator(selector).first().isVisible(), `${type}: ${selector} hidden`).toBe(false);
        }
        expect(await page.locator('h1').isVisible()).toBe(true);
      }
      await page.goto(chromium.origin(site.root) + pages['organisatie']!);
      const after = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('.contact a[href^="tel:"], .contact a[href^="http"]');
        return link ? getComputedStyle(link, '::after').content : 'none-needed';
      });
      expect(after === 'none-needed' || /tel:|http/.test(after)).toBe(true);
      await page.close();
    });
  });
}
