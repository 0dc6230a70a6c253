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
      await expect.poll(() => page.locator('.snelweg-status').textContent()).toContain('1 van 3');
      await page.keyboard.press('Shift');
      await expect.poll(() => page.locator('.snelweg-status').textContent()).toContain('2 van 3');
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
      await expect.poll(() => page.locator('.snelweg-status').textContent()).toContain('niet meer actief');
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
      // The search box loads its index files on first use: those too must come from this site.
      await page.fill('#zoekvak-invoer', 'geweld');
      await page.waitForSelector('[data-zoekvak-resultaten]:not([hidden])');
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
      expect(storage).toBe(0);
      await context.close();
    });

    it('each help-finder situation works without JavaScript and lists only reachable services, the right one first', async () => {
      const { context, page } = await isolatedPage({ javaScriptEnabled: false });
      await page.goto(`${origin()}${site.base}hulp/`);
      const situations = await page.locator('.keuzes a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(situations.length).toBeGreaterThanOrEqual(6);
      const firstExpected: Record<string, RegExp> = {
        'nu-in-gevaar': /112/,
        'geweld-thuis': /Veilig Thuis/,
        'zorgen-om-ander': /Veilig Thuis/,
        'seksueel-geweld': /Centrum Seksueel Geweld/,
        'kind-of-jongere': /Kindertelefoon/,
      };
      for (const situation of situations) {
        await page.goto(origin() + situation);
        const key = situation.split('/').filter(Boolean).at(-1)!;
        const names = await page.locator('.kaarten--gerangschikt h3').allTextContents();
        expect(names.length, situation).toBeGreaterThan(0);
        if (firstExpected[key]) expect(names[0], `${situation} first`).toMatch(firstExpected[key]!);
        // Every listed service has a way in on its own page: phone, e-mail or website.
        const links = await page.locator('.kaarten--gerangschikt h3 a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
        for (const link of links) {
          const org = await context.newPage();
          await org.goto(origin() + link);
          expect(
            await org.locator('.contact a[href^="tel:"], .contact a[href^="mailto:"], .contact a[href^="https:"]').count(),
            `${link} reachable`,
          ).toBeGreaterThan(0);
          await org.close();
        }
        // A gemeente page, where there is one, adds that gemeente's own services and never repeats the region's list.
        const gemeenten = await page.locator('.keuzes--gemeenten a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
        for (const g of gemeenten.slice(0, 2)) {
          await page.goto(origin() + g);
          const own = await page.locator('.kaarten--gerangschikt h3').allTextContents();
          expect(own.length, g).toBeGreaterThan(0);
          expect(own.length, g).toBeLessThan(names.length + 1);
        }
      }
      await context.close();
    });

    it('the skip link is the first Tab stop and the quick exit the second; Shift used for a capital letter does not count', async () => {
      const { context, page } = await isolatedPage();
      await page.goto(`${origin()}${site.base}`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skiplink');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('snelweg');
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      // Shift+A three times is typing, not leaving.
      for (let i = 0; i < 3; i++) {
        await page.keyboard.down('Shift');
        await page.keyboard.press('KeyA');
        await page.keyboard.up('Shift');
      }
      await page.waitForTimeout(200);
      expect(page.url()).toBe(`${origin()}${site.base}`);
      // Two Shifts, a capital letter in between, then one Shift: the sequence started again, so no exit.
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift+KeyB');
      await page.keyboard.press('Shift');
      await page.waitForTimeout(200);
      expect(page.url()).toBe(`${origin()}${site.base}`);
      expect(await page.locator('[data-snelweg-teller]').textContent()).toContain('●');
      await context.close();
    });

    it('titles of help pages are neutral: no situation or gemeente enters the browser history', async () => {
      const { context, page } = await isolatedPage({ javaScriptEnabled: false });
      await page.goto(`${origin()}${site.base}hulp/`);
      const neutral = await page.title();
      expect(neutral).toMatch(/^Hulp · /);
      const paths = await page.locator('.keuzes a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
      for (const path of paths) {
        await page.goto(origin() + path);
        expect(await page.title(), path).toBe(neutral);
      }
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
