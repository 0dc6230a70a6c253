/**
 * What a resident meets on a phone: call buttons and the page title in the first screen, at normal and
 * 200% text; nothing overlapping; focus never hidden under a sticky part. Measured in Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { builtSites } from '../helpers/sites.ts';

const sites = builtSites().filter((s) => s.root === 'dist');
const chromium = useBrowser(sites.map((s) => s.root));
const PHONES = [
  { width: 320, height: 568 },
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];

/** Chromium's own text-size setting, as a user sets it (rem and em follow it, media queries too). */
async function textSize(page: Page, factor: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * factor), fixed: Math.round(13 * factor) } });
}

const rect = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, bottom: r.bottom, right: r.right };
    });
const overlaps = (a: { x: number; y: number; right: number; bottom: number }, b: typeof a) =>
  a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;

for (const site of sites) {
  describe(`first screen on ${site.region}`, () => {
    const origin = () => chromium.origin(site.root);
    const helpPaths = async (page: Page) => {
      await page.goto(`${origin()}${site.base}hulp/`);
      return [site.base, `${site.base}hulp/`, ...(await page.locator('.keuzes a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname)))];
    };

    for (const size of PHONES) {
      it(`at ${size.width}×${size.height} the home page and every help page show 112 and 0800-2000 as ≥44 px buttons and the h1 in the top 30%`, async () => {
        const page = await chromium.browser().newPage({ viewport: size });
        for (const path of await helpPaths(page)) {
          await page.goto(origin() + path);
          for (const href of ['tel:112', 'tel:08002000']) {
            const r = await rect(page, `a[href="${href}"]`);
            expect(r.w, `${path} ${href} width`).toBeGreaterThanOrEqual(44);
            expect(r.h, `${path} ${href} height`).toBeGreaterThanOrEqual(44);
            expect(r.y, `${path} ${href} top`).toBeGreaterThanOrEqual(0);
            expect(r.bottom, `${path} ${href} fully visible`).toBeLessThanOrEqual(size.height);
          }
          const h1 = await rect(page, 'h1');
          expect(h1.y, `${path} h1 top`).toBeLessThanOrEqual(size.height * 0.3);
        }
        await page.close();
      });
    }

    for (const factor of [1.5, 2]) {
      it(`at ${factor * 100}% text on a 360 px phone and at 400% zoom nothing overlaps, nothing scrolls sideways, and the bar is small or not sticky`, async () => {
        for (const viewport of [
          { width: 360, height: 640 },
          { width: 320, height: 256 },
        ]) {
          const page = await chromium.browser().newPage({ viewport });
          await textSize(page, factor);
          for (const path of [site.base, `${site.base}hulp/geweld-thuis/`, `${site.base}begrippen/`]) {
            await page.goto(origin() + path);
            const exit = await rect(page, '.snelweg');
            for (const href of ['tel:112', 'tel:08002000'])
              expect(overlaps(exit, await rect(page, `.hulpbalk a[href="${href}"]`)), `${path}: quick exit over ${href}`).toBe(false);
            expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${path} sideways`).toBeLessThanOrEqual(0);
            const bar = await rect(page, '.hulpbalk');
            const sticky = await page
              .locator('.hulpbalk')
              .evaluate((e) => getComputedStyle(e).position === 'sticky' || getComputedStyle(e).position === 'fixed');
            if (sticky) expect(bar.h / viewport.height, `${path} sticky bar height`).toBeLessThanOrEqual(0.2);
          }
          await page.close();
        }
      });
    }

    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 360, height: 640 },
    ]) {
      it(`at ${viewport.width}×${viewport.height} no Tab stop is hidden under a sticky part (WCAG 2.4.11)`, async () => {
        const page = await chromium.browser().newPage({ viewport });
        const chapter = await (async () => {
          await page.goto(`${origin()}${site.base}regiovisie/`);
          return page
            .locator('main h2 a')
            .first()
            .evaluate((a) => (a as HTMLAnchorElement).pathname);
        })();
        for (const path of [chapter, `${site.base}begrippen/`]) {
          await page.goto(origin() + path);
          for (let i = 0; i < 40; i++) {
            await page.keyboard.press('Tab');
            const hidden = await page.evaluate(() => {
              const el = document.activeElement as HTMLElement | null;
              if (!el || el === document.body) return false;
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) return false;
              const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
              const y = Math.min(Math.max(r.top + Math.min(r.height, 20) / 2, 0), innerHeight - 1);
              const hit = document.elementFromPoint(x, y);
              return Boolean(hit && !el.contains(hit) && !hit.contains(el) && hit.closest('.hulpbalk, .kop'));
            });
            expect(hidden, `${path}: Tab stop ${i + 1} under a sticky part`).toBe(false);
          }
        }
        await page.close();
      });
    }
  });
}
