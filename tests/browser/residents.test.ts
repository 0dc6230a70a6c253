import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { builtSites, samplePages } from '../helpers/sites.ts';

const sites = builtSites();
const EXIT_TARGET = 'https://www.google.nl/';
const chromium = useBrowser(sites.map((s) => s.root));

/** A page whose requests to other hosts are recorded and answered locally, so nothing leaves the machine. */
async function isolatedPage(options: Parameters<Browser['newPage']>[0] = {}) {
  const context = await chromium.browser().newContext(options);
  const page = await context.newPage();
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    foreign.push(url.href);
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weer</title><h1>Het weer</h1>' });
  });
  return { context, page, foreign };
}

for (const site of sites) {
  describe(`residents on ${site.dir}`, () => {
    const origin = () => chromium.origin(site.root);

    it('the quick exit link leaves the site and the back button does not bring the page back', async () => {
      const { context, page, foreign } = await isolatedPage();
      await page.goto(`${origin()}${site.base}`);
      await page.goto(`${origin()}${site.base}veilig-browsen/`);
      await page.click('.snelweg');
      await page.waitForURL(EXIT_TARGET);
      expect(foreign).toContain(EXIT_TARGET);
      // location.replace took the place of the page being read: back goes to the page before it.
      await page.goBack();
      expect(page.url()).toBe(`${origin()}${site.base}`);
      await expect.poll(() => page.locator('.snelweg').isVisible()).toBe(true);
      await context.close();
    });

    it('pressing Shift three times exits, announcing the count to screen readers', async () => {
      const { context, page } = await isolatedPage();
      await page.goto(`${origin()}${site.base}hulp/`);
      await page.keyboard.press('Shift');
      await expect.poll(() => page.locator('[data-snelweg-status]').textContent()).toContain('1 van 3');
      await page.keyboard.press('Shift');
      await expect.poll(() => page.locator('[data-snelweg-status]').textContent()).toContain('2 van 3');
      await page.keyboard.press('Shift');
      await page.waitForURL(EXIT_TARGET);
      await context.close();
    });

    it('Shift presses too far apart do not exit, and the timeout is announced', async () => {
      const { context, page } = await isolatedPage();
      await page.clock.install();
      await page.goto(`${origin()}${site.base}`);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.clock.runFor(6000);
      await expect.poll(() => page.locator('[data-snelweg-status]').textContent()).toContain('niet meer actief');
      await page.keyboard.press('Shift');
      expect(page.url()).toBe(`${origin()}${site.base}`);
      await context.close();
    });

    it('the quick exit is a real link that works without JavaScript', async () => {
      const { context, page } = await isolatedPage({ javaScriptEnabled: false });
      await page.goto(`${origin()}${site.base}`);
      const rel = await page.locator('.snelweg').getAttribute('rel');
      expect(rel).toBe('nofollow noreferrer');
      await page.click('.snelweg');
      await page.waitForURL(EXIT_TARGET);
      await context.close();
    });

    it('every page type requests only its own site, sets no cookies and stores nothing', async () => {
      const { context, page, foreign } = await isolatedPage();
      for (const path of Object.values(samplePages(site))) {
        await page.goto(origin() + path);
        await page.waitForLoadState('networkidle');
      }
      // The search box loads Pagefind on first use: that too must stay on this site.
      await page.fill('#zoekvak-invoer', 'geweld');
      await page.waitForSelector('[data-zoekvak-resultaten]:not([hidden])');
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
      expect(storage).toBe(0);
      await context.close();
    });

    it('each help-finder path works without JavaScript and ends at organisations of the chosen gemeente', async () => {
      const { context, page } = await isolatedPage({ javaScriptEnabled: false });
      await page.goto(`${origin()}${site.base}`);
      await page.click('a[href$="/hulp/"] >> nth=0');
      const situations = await page.locator('.keuzes a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(situations.length).toBeGreaterThanOrEqual(5);
      for (const situation of situations) {
        await page.goto(origin() + situation);
        const gemeenten = page.locator('.keuzes--gemeenten a');
        const count = await gemeenten.count();
        expect(count, situation).toBeGreaterThan(0);
        const last = gemeenten.nth(count - 1);
        const naam = (await last.textContent())!.trim();
        await last.click();
        await expect.poll(() => page.locator('h1').textContent()).toContain(naam);
        await expect.poll(() => page.locator('.hulpblok a[href="tel:08002000"]').count()).toBeGreaterThan(0);
        // Every organisation listed under the region heading serves this gemeente (checked on its page).
        const orgLinks = await page.locator('.kaarten').first().locator('h3 a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
        for (const link of orgLinks.slice(0, 4)) {
          const org = await context.newPage();
          await org.goto(origin() + link);
          const werkgebied = await org.locator('.feiten').textContent();
          expect(werkgebied, `${link} serves ${naam}`).toMatch(new RegExp(`${naam}|De hele regio|Heel Nederland`));
          await org.close();
        }
      }
      await context.close();
    });

    it('the help finder, quick exit and search work with the keyboard alone', async () => {
      const context = await chromium.browser().newContext();
      const page = await context.newPage();
      await page.goto(`${origin()}${site.base}`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skiplink');
      const reached: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? ''));
      }
      // Help numbers and the quick exit come first, then the search box, then the help finder.
      expect(reached.slice(0, 3)).toEqual(['tel:112', 'tel:08002000', expect.stringMatching(/^https:/)]);
      expect(reached).toContain('zoekvak-invoer');
      expect(reached).toContain(`${site.base}hulp/`);
      await page.focus('#zoekvak-invoer');
      await page.keyboard.type('veilig');
      await page.waitForSelector('[data-zoekvak-resultaten] .hit a');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('.hit') !== null)).toBe(true);
      const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
      await context.close();
    });

    it('has a visible focus indicator', async () => {
      const { context, page } = await isolatedPage();
      await page.goto(`${origin()}${site.base}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      await context.close();
    });

    it('has no horizontal scroll at 320px and at 400% zoom (1280px at 4x = 320 CSS px), also in forced colours', async () => {
      const { context, page } = await isolatedPage({ viewport: { width: 320, height: 640 } });
      for (const path of Object.values(samplePages(site))) {
        await page.goto(origin() + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at 320px`).toBeLessThanOrEqual(0);
      }
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(origin() + site.base);
      expect(await page.locator('.snelweg').isVisible()).toBe(true);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      await context.close();
    });
  });
}

