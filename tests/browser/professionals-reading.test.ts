/**
 * Professionals: the regiovisie read like documentation (chapters left, sections right on wide screens,
 * collapsed on phones), definitions in a popover without leaving the page (with and without JavaScript),
 * filters that combine with counts that match the static filter pages, and the whole regiovisie printable.
 * REGION narrows the run to one region.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { builtSites, htmlFiles, read, urlOf } from '../helpers/sites.ts';
import { TAGS, AXE } from '../helpers/axe.ts';

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 360, height: 640 };
const sites = builtSites().filter((s) => !process.env.REGION || s.region === process.env.REGION);
const chromium = useBrowser(sites.map((s) => s.root));

async function axe(page: Page): Promise<string[]> {
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return violations.map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

/** Item names of a static filter page, from the built HTML (the route without JavaScript). */
function staticNames(file: string): string[] {
  return [...read(file).matchAll(/<li class="kaart" data-filteritem[^>]*>\s*<h3><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!).sort();
}

for (const site of sites) {
  describe(`professionals in Chromium, ${site.dir}`, () => {
    const origin = () => chromium.origin(site.root);
    const chapters = htmlFiles(join(site.dir, 'regiovisie')).filter((f) => !f.endsWith(join('regiovisie', 'index.html')));
    // A chapter with popovers and a section list, so every check has something to look at.
    const sample = chapters.find((f) => /popovertarget/.test(read(f)) && /id="op-deze-pagina"/.test(read(f))) ?? chapters[0]!;
    const sampleUrl = urlOf(site, sample);
    const open = async (options: BrowserContextOptions, path: string) => {
      const context = await chromium.browser().newContext(options);
      await context.addInitScript(AXE);
      const page = await context.newPage();
      await page.goto(origin() + path);
      return { context, page };
    };

    it('at 1366×900: chapters left with the current one marked, sections right, and every section link lands on an id', async () => {
      const { context, page } = await open({ viewport: WIDE }, sampleUrl);
      const kolom = page.locator('nav.hoofdstukken--kolom');
      expect(await kolom.isVisible()).toBe(true);
      expect(await page.locator('details.hoofdstukken--uitklap').isVisible()).toBe(false);
      const current = kolom.locator('a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(new URL((await current.getAttribute('href'))!, origin()).pathname).toBe(sampleUrl);
      expect(await kolom.locator('a').count()).toBeGreaterThanOrEqual(chapters.length);
      const toc = page.locator('nav.inhoudsopgave');
      expect(await toc.isVisible()).toBe(true);
      const [left, text, right] = [await kolom.boundingBox(), await page.locator('.hoofdstuk__tekst').boundingBox(), await toc.boundingBox()];
      expect(left!.x + left!.width).toBeLessThanOrEqual(text!.x);
      expect(text!.x + text!.width).toBeLessThanOrEqual(right!.x);
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('nav.inhoudsopgave a')]
          .map((a) => decodeURIComponent(a.hash.slice(1)))
          .filter((id) => !document.getElementById(id)),
      );
      expect(missing).toEqual([]);
      // Section ids are those of the chapter's h2 and h3, and every h2 of the text is listed.
      const listed = await page.evaluate(() => {
        const ids = new Set([...document.querySelectorAll<HTMLAnchorElement>('nav.inhoudsopgave a')].map((a) => decodeURIComponent(a.hash.slice(1))));
        return [...document.querySelectorAll('.hoofdstuk__tekst h2[id]')].filter((h) => !ids.has(h.id)).map((h) => h.id);
      });
      expect(listed).toEqual([]);
      const link = toc.locator('a').last();
      const hash = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
      await link.click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(hash);
      expect(await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, hash)).toBeLessThan(WIDE.height);
      expect(await page.locator('.vorigevolgende a').count()).toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });

    it('every chapter: itself marked current, section links land on ids, a popover per linked begrip, zero axe violations', async () => {
      const { context, page } = await open({ viewport: WIDE }, sampleUrl);
      const failures: string[] = [];
      for (const file of chapters) {
        const url = urlOf(site, file);
        await page.goto(origin() + url);
        const r = await page.evaluate(() => ({
          current: [...document.querySelectorAll<HTMLAnchorElement>('nav.hoofdstukken--kolom a[aria-current="page"]')].map((a) => a.pathname),
          missing: [...document.querySelectorAll<HTMLAnchorElement>('nav.inhoudsopgave a')]
            .map((a) => decodeURIComponent(a.hash.slice(1)))
            .filter((id) => !document.getElementById(id)),
          orphanButtons: [...document.querySelectorAll('.uitleg-knop')].filter(
            (b) => !document.getElementById(b.getAttribute('popovertarget') ?? '')?.hasAttribute('popover'),
          ).length,
          links: document.querySelectorAll('.hoofdstuk__tekst a.begrip').length,
          buttons: document.querySelectorAll('.hoofdstuk__tekst .uitleg-knop').length,
        }));
        if (r.current.join() !== url) failures.push(`${url}: aria-current on ${r.current.join() || 'nothing'}`);
        if (r.missing.length) failures.push(`${url}: section links without target: ${r.missing.join(', ')}`);
        if (r.orphanButtons) failures.push(`${url}: ${r.orphanButtons} buttons without popover`);
        if (r.links !== r.buttons) failures.push(`${url}: ${r.links} begrip links, ${r.buttons} popover buttons`);
        failures.push(...(await axe(page)));
      }
      expect(failures).toEqual([]);
      await context.close();
    }, 300_000);

    it('at 360×640: chapters in a closed details after the h1, sections in the flow, the help bar and the title in the first screen', async () => {
      const { context, page } = await open({ viewport: PHONE, isMobile: true, hasTouch: true }, sampleUrl);
      expect(await page.locator('nav.hoofdstukken--kolom').isVisible()).toBe(false);
      const details = page.locator('details.hoofdstukken--uitklap');
      expect(await details.isVisible()).toBe(true);
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.evaluate(() => document.querySelector('h1')!.nextElementSibling?.matches('details.hoofdstukken--uitklap'))).toBe(true);
      const h1 = (await page.locator('h1').boundingBox())!;
      expect(h1.y + h1.height).toBeLessThanOrEqual(PHONE.height);
      expect((await page.locator('.hulpbalk a[href="tel:112"]').boundingBox())!.y).toBeLessThan(100);
      await details.locator('summary').click();
      expect(await details.locator('a[aria-current="page"]').isVisible()).toBe(true);
      expect(await page.locator('nav.inhoudsopgave').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });

    it('opens a definition by mouse and by keyboard, closes it with Escape, and the begrip link stays a link', async () => {
      const { context, page } = await open({ viewport: WIDE }, sampleUrl);
      const button = page.locator('.uitleg-knop').first();
      const name = await button.evaluate((b) => b.textContent!.replace('?', '').trim());
      expect(name).toMatch(/^Uitleg: .+/);
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
      const id = (await button.getAttribute('popovertarget'))!;
      const popover = page.locator(`[id="${id}"]`);
      expect(await popover.isVisible()).toBe(false);
      await button.click();
      expect(await popover.evaluate((p) => p.matches(':popover-open'))).toBe(true);
      expect(await popover.isVisible()).toBe(true);
      const begripHref = await button.evaluate((b) => (b.previousElementSibling as HTMLAnchorElement).getAttribute('href'));
      expect(begripHref).toMatch(new RegExp(`^${site.base}begrippen/`));
      expect(await popover.locator('a').getAttribute('href')).toBe(begripHref);
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await popover.isVisible()).toBe(false);
      // Keyboard only: focus reaches the button, Enter opens, Tab reaches "Lees meer", Escape closes.
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await popover.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[popover]')?.id)).toBe(id);
      await page.keyboard.press('Escape');
      expect(await popover.isVisible()).toBe(false);
      await context.close();
    });

    it('opens a definition without JavaScript too', async () => {
      const { context, page } = await open({ viewport: PHONE, javaScriptEnabled: false }, sampleUrl);
      const button = page.locator('.uitleg-knop').first();
      const popover = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
      await button.click();
      expect(await popover.isVisible()).toBe(true);
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await page.keyboard.press('Escape');
      expect(await popover.isVisible()).toBe(false);
      await context.close();
    });

    for (const lijst of [
      { path: 'sociale-kaart', filters: ['doelgroep', 'thema', 'gemeente', 'soort'], word: 'organisaties' },
      { path: 'trainingen', filters: ['soort', 'doelgroep'], word: 'trainingen en methoden' },
      // The example region has too few trainings for two filters to overlap; the real regions all have them.
    ].filter((l) => site.root === 'dist' || l.path !== 'trainingen')) {
      it(`${lijst.path}: combined filters in place, counts and results equal to the static filter pages, result announced`, async () => {
        const { context, page } = await open({ viewport: WIDE }, `${site.base}${lijst.path}/`);
        const form = page.locator('[data-filterform]');
        expect(await form.isVisible()).toBe(true);
        expect(await page.locator('nav[data-filternav]').isVisible()).toBe(false);
        // With nothing chosen, each value's count is the number of items on its static page.
        const pages = lijst.filters.flatMap((f) => {
          const dir = join(site.dir, lijst.path, f);
          try {
            return readdirSync(dir).map((slug) => ({ filter: f, slug, names: staticNames(join(dir, slug, 'index.html')) }));
          } catch {
            return [];
          }
        });
        const shown = await page.evaluate(() =>
          Object.fromEntries(
            [...document.querySelectorAll<HTMLInputElement>('[data-filterform] input')].map((i) => [
              `${i.name}/${i.value}`,
              Number(i.closest('label')!.querySelector('[data-aantal]')!.textContent),
            ]),
          ),
        );
        for (const p of pages) if (`${p.filter}/${p.slug}` in shown) expect(shown[`${p.filter}/${p.slug}`], `${p.filter}/${p.slug}`).toBe(p.names.length);
        // Two values from different dimensions: the list is the intersection of their static pages.
        const a = pages.find((p) => p.filter === lijst.filters[0] && p.names.length > 1)!;
        const b =
          pages.filter((p) => p.filter !== a.filter).find((p) => p.names.some((n) => a.names.includes(n)) && p.names.length !== a.names.length) ??
          pages.find((p) => p.filter !== a.filter)!;
        const details = form.locator('details');
        for (let i = 0; i < (await details.count()); i++) await details.nth(i).evaluate((d) => ((d as HTMLDetailsElement).open = true));
        await form.locator(`input[name="${a.filter}"][value="${a.slug}"]`).check();
        await form.locator(`input[name="${b.filter}"][value="${b.slug}"]`).check();
        const expected = a.names.filter((n) => b.names.includes(n));
        const visible = async () => (await page.locator('[data-filteritem]:visible h3 a').allInnerTexts()).map((s) => s.trim()).sort();
        const decode = (s: string) =>
          s
            .replace(/&amp;/g, '&')
            .replace(/&#39;/g, "'")
            .replace(/&quot;/g, '"');
        expect(await visible()).toEqual(expected.map(decode).sort());
        const status = page.locator('[data-filter-aantal]');
        expect(await status.getAttribute('role')).toBe('status');
        await expect.poll(() => status.textContent()).toContain(`${expected.length} ${lijst.word}`);
        // Counts now: for another dimension's value, the items that also match the other choice.
        const other = pages.find((p) => p.filter === b.filter && p.slug !== b.slug);
        if (other) {
          const count = Number(
            await form
              .locator(`input[name="${other.filter}"][value="${other.slug}"]`)
              .evaluate((i) => i.closest('label')!.querySelector('[data-aantal]')!.textContent),
          );
          expect(count).toBe(a.names.filter((n) => other.names.includes(n)).length);
        }
        expect(await axe(page)).toEqual([]);
        await form.locator('[data-wis]').click();
        await expect.poll(async () => (await visible()).length).toBe(staticNames(join(site.dir, lijst.path, 'index.html')).length);
        await context.close();

        const nojs = await open({ viewport: PHONE, javaScriptEnabled: false }, `${site.base}${lijst.path}/`);
        expect(await nojs.page.locator('[data-filterform]').isVisible()).toBe(false);
        const link = nojs.page.locator(`nav[data-filternav] a[href$="/${a.filter}/${a.slug}/"]`);
        await link.locator('xpath=ancestor::details[1]/summary').click();
        await link.click();
        expect(new URL(nojs.page.url()).pathname).toBe(`${site.base}${lijst.path}/${a.filter}/${a.slug}/`);
        // (axe needs JavaScript; the static filter pages are checked with it in the last test.)
        await nojs.context.close();
      });
    }

    it('prints the whole regiovisie: every chapter h1 and h2 text, a table of contents, a page break per chapter', async () => {
      const { context, page } = await open({ viewport: WIDE }, `${site.base}regiovisie-volledig/`);
      const text = await page.locator('main').innerText();
      for (const file of chapters) {
        const html = read(file);
        const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/
          .exec(html)![1]!
          .replace(/<[^>]+>/g, '')
          .trim();
        expect(text, `${file}: h1`).toContain(decodeEntities(h1));
        const body = /<div class="hoofdstuk__tekst"[^>]*>([\s\S]*?)<p class="meta hoofdstuk__bron">/.exec(html)?.[1] ?? '';
        for (const m of body.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)) {
          const h2 = m[1]!
            .replace(/<a class="anker"[\s\S]*?<\/a>/, '')
            .replace(/<[^>]+>/g, '')
            .trim();
          expect(text, `${file}: h2 ${h2}`).toContain(decodeEntities(h2));
        }
      }
      expect(await page.locator('.volledig__inhoud a').count()).toBe(chapters.length);
      const duplicates = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(duplicates).toEqual([]);
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
          .map((a) => decodeURIComponent(a.hash.slice(1)))
          .filter((id) => id && !document.getElementById(id)),
      );
      expect(broken).toEqual([]);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await axe(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.volledig__inhoud').isVisible()).toBe(true);
      for (const selector of ['.hulpbalk', '.kop', '.kruimel']) expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      expect(
        await page
          .locator('.volledig__hoofdstuk')
          .first()
          .evaluate((s) => getComputedStyle(s).breakBefore),
      ).toBe('page');
      const link = page.locator('.volledig__hoofdstuk a[href^="/"]').first();
      if (await link.count()) expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
      await context.close();
    });

    it('prints a chapter without the chapter list, the section list or popover buttons', async () => {
      const { context, page } = await open({ viewport: WIDE }, sampleUrl);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['nav.hoofdstukken--kolom', 'details.hoofdstukken--uitklap', 'nav.inhoudsopgave', '.uitleg-knop', '.vorigevolgende']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('.hoofdstuk__tekst').isVisible()).toBe(true);
      await context.close();
    });

    it('has zero axe violations on /over/ and a static filter page', async () => {
      const filterDir = join(site.dir, 'sociale-kaart', 'soort');
      const first = readdirSync(filterDir)[0]!;
      for (const path of [`${site.base}over/`, `${site.base}sociale-kaart/soort/${first}/`, `${site.base}regiovisie/`]) {
        const { context, page } = await open({ viewport: PHONE }, path);
        expect(await axe(page)).toEqual([]);
        await context.close();
      }
    });
  });
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}
