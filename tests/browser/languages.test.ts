/**
 * The resident help pages (/<region>/<lang>/) in Chromium: reachable from the language list, right lang and
 * dir, both help numbers and the quick exit in the first screen of a 360×640 phone, no sideways scroll,
 * Dutch words marked lang="nl", and zero axe violations. TEST_REGION=<region> limits the run to one site.
 */
import { describe, expect, it } from 'vitest';
import { siteSearch, useBrowser } from '../helpers/browser.ts';
import { builtSites } from '../helpers/sites.ts';
import { RESIDENT_LANGUAGES, direction } from '../../src/shared/i18n.ts';
import { TAGS, AXE, type Violation } from '../helpers/axe.ts';

const sites = builtSites().filter((s) => !process.env.TEST_REGION || s.region === process.env.TEST_REGION);
const chromium = useBrowser(sites.map((s) => s.root));

/** What a resident would type, in each language. */
const SEARCH: Record<(typeof RESIDENT_LANGUAGES)[number], string> = {
  en: 'domestic violence',
  pl: 'przemoc domowa',
  tr: 'aile içi şiddet',
  ar: 'العنف الأسري',
  uk: 'домашнє насильство',
};

for (const site of sites) {
  describe(`resident language pages in Chromium, ${site.dir}`, () => {
    it('each language page is found by a search in its own words', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(chromium.origin(site.root) + site.base);
      for (const lang of RESIDENT_LANGUAGES) expect(await siteSearch(page, site.base, SEARCH[lang]), SEARCH[lang]).toContain(`${site.base}${lang}/`);
      await page.close();
    });

    for (const lang of RESIDENT_LANGUAGES) {
      it(`${lang}: opens from the language list, fits a 360×640 phone and has zero axe violations`, async () => {
        const context = await chromium.browser().newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
        await context.addInitScript(AXE);
        const page = await context.newPage();
        await page.goto(chromium.origin(site.root) + `${site.base}talen/`);
        await Promise.all([page.waitForURL(`**${site.base}${lang}/`), page.locator(`main a[hreflang="${lang}"]`).click()]);

        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('html').getAttribute('dir')).toBe(direction(lang));
        expect(await page.locator('h1').count()).toBe(1);

        for (const href of ['tel:112', 'tel:08002000']) {
          const link = page.locator(`.hulpbalk a[href="${href}"]`);
          await expect.poll(() => link.isVisible(), { message: `${href} visible` }).toBe(true);
          const box = (await link.boundingBox())!;
          expect(box.y + box.height, `${href} in the first screen`).toBeLessThanOrEqual(640);
          expect(box.width, `${href} wide enough to tap`).toBeGreaterThanOrEqual(44);
          expect(box.height, `${href} tall enough to tap`).toBeGreaterThanOrEqual(44);
        }
        const exit = page.locator('.snelweg');
        expect(await exit.isVisible(), 'quick exit visible').toBe(true);
        const exitBox = (await exit.boundingBox())!;
        expect(exitBox.y + exitBox.height, 'quick exit in the first screen').toBeLessThanOrEqual(640);
        // Mirrored for Arabic: the quick exit sits at the inline end of the help bar.
        if (direction(lang) === 'rtl') expect(exitBox.x + exitBox.width / 2, 'quick exit on the left in rtl').toBeLessThan(180);
        else expect(exitBox.x + exitBox.width / 2, 'quick exit on the right in ltr').toBeGreaterThan(180);

        expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), 'no horizontal scroll at 360px').toBe(false);

        // Every language version is an hreflang alternate, and Dutch words inside the page are marked Dutch.
        const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
        if (alternates.length) expect(alternates.sort()).toEqual(['nl', ...RESIDENT_LANGUAGES].sort());
        const unmarked = await page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (/Veilig Thuis|Snel weg|Masker 19/.test(n.textContent ?? '') && n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'nl')
              out.push(n.textContent!.trim());
          }
          return out;
        });
        expect(unmarked, 'Dutch words carry lang="nl"').toEqual([]);
        // Phone numbers in running text keep their order in a right-to-left page.
        const unisolated = await page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (/\d{3,4}-\d{4}/.test(n.textContent ?? '') && getComputedStyle(n.parentElement!).direction !== 'ltr') out.push(n.textContent!.trim());
          }
          return out;
        });
        expect(unisolated, 'phone numbers run left to right').toEqual([]);

        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
        )) as Violation[];
        expect(violations.map((v) => `${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
        await context.close();
      });
    }
  });
}
