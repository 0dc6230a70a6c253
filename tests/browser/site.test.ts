import { describe, expect, it } from 'vitest';
import { siteSearch, useBrowser } from '../helpers/browser.ts';
import { builtSites, samplePages } from '../helpers/sites.ts';

const sites = builtSites();
const chromium = useBrowser(sites.map((s) => s.root));

for (const site of sites) {
  describe(`in Chromium, ${site.dir}`, () => {
    const origin = () => chromium.origin(site.root);

    it('the home page loads and a full-text search returns a result', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(origin() + site.base);
      expect(await page.locator('h1').count()).toBe(1);
      const results = await siteSearch(page, site.base, 'veilig thuis');
      expect(results.length).toBeGreaterThan(0);
      expect(results[0]).toMatch(new RegExp(`^${site.base}`));
      await page.close();
    });

    it('shows both help numbers as tappable links without scrolling on a 360×640 phone, on every page type', async () => {
      const page = await chromium.browser().newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
      for (const [type, path] of Object.entries(samplePages(site))) {
        await page.goto(origin() + path);
        for (const href of ['tel:112', 'tel:08002000']) {
          const link = page.locator(`.hulpbalk a[href="${href}"]`);
          await expect.poll(() => link.isVisible(), { message: `${type}: ${href} visible` }).toBe(true);
          const box = (await link.boundingBox())!;
          expect(box.y + box.height, `${type}: ${href} above the fold`).toBeLessThanOrEqual(640);
          expect(box.height, `${type}: ${href} tall enough to tap`).toBeGreaterThanOrEqual(24);
        }
        const exit = (await page.locator('.snelweg').boundingBox())!;
        expect(exit.y + exit.height, `${type}: quick exit above the fold`).toBeLessThanOrEqual(640);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(overflow, `${type}: no horizontal scroll at 360px`).toBe(false);
      }
      await page.close();
    });
  });
}
