import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, useBrowser } from '../helpers/browser.ts';
import { chromium as playwright } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/build/chromium.ts';
import { builtSites, htmlFiles, read } from '../helpers/sites.ts';

/**
 * Fixed queries per region: what residents and professionals type, and the page that must come up. Entries
 * with "top" are also checked one by one on /zoeken/; all are measured in the header box (hit@1, hit@3 per soort).
 */
const QUERIES: Record<string, { query: string; expect: string; top?: number; soort?: string }[]> = JSON.parse(
  readFileSync('tests/search-queries.json', 'utf8'),
);
const sites = builtSites();
const chromium = useBrowser(sites.map((s) => s.root));

/** Searches the way a visitor does, on the search page, and returns the result links in the order shown. */
async function search(page: import('playwright-core').Page, _base: string, query: string): Promise<string[]> {
  await page.fill('#zoekterm', '');
  await expect.poll(() => page.locator('[data-status]').textContent()).toBe('');
  await page.fill('#zoekterm', query);
  await expect.poll(async () => /resultaat|resultaten|Geen/.test((await page.locator('[data-status]').textContent()) ?? ''), { timeout: 15_000 }).toBe(true);
  return page.locator('[data-resultaten] .hit a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Types into the header box and returns the options in the order shown, once the live region has spoken. */
async function headerSearch(page: import('playwright-core').Page, query: string): Promise<string[]> {
  await page.fill('#zoekvak-invoer', '');
  await expect.poll(() => page.locator('[data-zoekvak-live]').textContent()).toBe('');
  await page.fill('#zoekvak-invoer', query);
  await expect.poll(async () => ((await page.locator('[data-zoekvak-live]').textContent()) ?? '') !== '', { timeout: 15_000 }).toBe(true);
  return page.locator('#zoekvak-lijst [role="option"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Playwright turns the back/forward cache off by default; this browser keeps it on, as real ones do. */
async function launchWithBfcache() {
  return playwright.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
}

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Abbreviations written on begrip and organisation pages, read from the built HTML. */
function abbreviationPages(dir: string): { abbr: string; url: string }[] {
  const out: { abbr: string; url: string }[] = [];
  for (const folder of ['begrippen', 'sociale-kaart']) {
    if (!existsSync(join(dir, folder))) continue;
    for (const file of htmlFiles(join(dir, folder)).filter((f) => !/\/(doelgroep|thema|gemeente)\//.test(f))) {
      const h1 = /<h1[^>]*>([^<]*)\(([^)]+)\)<\/h1>/.exec(decode(read(file)));
      if (h1) for (const abbr of h1[2]!.split(',').map((s) => s.trim())) out.push({ abbr, url: file });
    }
  }
  return out;
}

for (const site of sites) {
  describe(`search on ${site.dir}`, () => {
    const origin = () => chromium.origin(site.root);

    it.each((QUERIES[site.region] ?? []).filter((q) => q.top !== undefined))(
      '"$query" finds $expect in the top results',
      async ({ query, expect: wanted, top = 3 }) => {
        const page = await chromium.browser().newPage();
        await page.goto(`${origin()}${site.base}zoeken/`);
        const urls = await search(page, site.base, query);
        expect(urls.slice(0, top), `results for "${query}"`).toContain(site.base + wanted);
        await page.close();
      },
    );

    it('the query set finds the expected page in the header box: hit@3 at least 90%, also for residents', async () => {
      const queries = QUERIES[site.region] ?? [];
      if (!queries.length) return;
      const page = await chromium.browser().newPage();
      await page.goto(`${origin()}${site.base}`);
      const stats = new Map<string, { n: number; hit1: number; hit3: number }>();
      const misses: string[] = [];
      for (const { query, expect: wanted, soort = 'overig' } of queries) {
        const urls = await headerSearch(page, query);
        const at = urls.indexOf(site.base + wanted);
        for (const key of [soort, 'alles']) {
          const s = stats.get(key) ?? { n: 0, hit1: 0, hit3: 0 };
          s.n++;
          if (at === 0) s.hit1++;
          if (at >= 0 && at < 3) s.hit3++;
          stats.set(key, s);
        }
        if (at < 0 || at >= 3) misses.push(`${query} → ${urls.slice(0, 3).join(', ')}`);
      }
      await page.close();
      const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(0)}%`;
      console.log(
        `${site.dir}: zoekvak in de kop\n${[...stats].map(([k, s]) => `  ${k.padEnd(10)} n=${s.n} hit@1 ${pct(s.hit1, s.n)} hit@3 ${pct(s.hit3, s.n)}`).join('\n')}${misses.length ? `\n  mis: ${misses.join(' | ')}` : ''}`,
      );
      const all = stats.get('alles')!;
      expect(all.hit3 / all.n, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
      const residents = stats.get('bewoner');
      if (residents && residents.n >= 5) expect(residents.hit3 / residents.n, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });

    it('the header box is an ARIA combobox: arrows move, Enter opens, Escape closes and keeps the focus', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(`${origin()}${site.base}`);
      const box = page.locator('#zoekvak-invoer');
      expect(await box.getAttribute('role')).toBe('combobox');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator(`#${await box.getAttribute('aria-controls')}`).getAttribute('role')).toBe('listbox');
      const urls = await headerSearch(page, 'geweld');
      expect(urls.length).toBeGreaterThan(1);
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      // Every result says what kind of page it is.
      const kinds = await page.locator('#zoekvak-lijst .hit__soort').allTextContents();
      expect(kinds.length).toBe(urls.length);
      expect(kinds.every((k) => ['Hulp', 'Begrip', 'Organisatie', 'Training', 'Regiovisie'].includes(k.trim()))).toBe(true);
      await box.press('ArrowDown');
      await box.press('ArrowDown');
      const active = await box.getAttribute('aria-activedescendant');
      expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
      expect(await page.locator(`#${active}`).evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(urls[1]);
      await box.press('ArrowUp');
      expect(await page.locator(`#${await box.getAttribute('aria-activedescendant')}`).evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(urls[0]);
      await box.press('Escape');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('[data-zoekvak-resultaten]').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekvak-invoer');
      expect(await box.inputValue()).toBe('geweld');
      await box.press('ArrowDown');
      await Promise.all([page.waitForURL(`${origin()}${urls[0]}`), box.press('Enter')]);
      // One polite live region for the count.
      expect(await page.locator('[data-zoekvak-live][aria-live="polite"]').count()).toBe(1);
      await page.close();
    });

    it('Enter shows all results in place, without the query in the URL, history or storage', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(`${origin()}${site.base}`);
      const before = await page.evaluate(() => history.length);
      await page.fill('#zoekvak-invoer', 'ik word door mijn man geslagen');
      await page.press('#zoekvak-invoer', 'Enter');
      await expect.poll(() => page.locator('#zoekvak-lijst [role="option"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(page.url()).toBe(`${origin()}${site.base}`);
      expect(await page.locator('#zoekvak-invoer').inputValue()).toBe('ik word door mijn man geslagen');
      expect(await page.evaluate(() => history.length)).toBe(before);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(
        await page
          .locator('#zoekvak-lijst [role="option"]')
          .first()
          .evaluate((a) => (a as HTMLAnchorElement).pathname),
      ).toBe(`${site.base}hulp/geweld-thuis/`);
      await page.close();
    });

    it('a typo gets "Bedoelde u", and no result is never a dead end', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(`${origin()}${site.base}`);
      const urls = await headerSearch(page, 'meldkode');
      expect(urls[0]).toBe(`${site.base}begrippen/meldcode/`);
      expect(await page.locator('[data-zoekvak-kop] .zoek-bedoelde a').getAttribute('href')).toBe(`${site.base}begrippen/meldcode/`);
      expect(await headerSearch(page, 'qqxqzv')).toEqual([]);
      const foot = page.locator('[data-zoekvak-voet]');
      expect(await foot.textContent()).toContain('qqxqzv');
      for (const href of [`${site.base}hulp/`, `${site.base}begrippen/`, `${site.base}sociale-kaart/`, 'tel:08002000'])
        expect(await foot.locator(`a[href="${href}"]`).count(), href).toBe(1);
      await page.close();
    });

    it('the search page ignores stop words, puts the help page first and offers a way on when nothing is found', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(`${origin()}${site.base}zoeken/`);
      const urls = await search(page, site.base, 'ik word door mijn man geslagen');
      expect(urls[0]).toBe(`${site.base}hulp/geweld-thuis/`);
      const typo = await search(page, site.base, 'kindermishandleing');
      expect(typo.slice(0, 3)).toContain(`${site.base}begrippen/kindermishandeling/`);
      expect(await page.locator('[data-bedoelde] a').count()).toBe(1);
      await search(page, site.base, 'qqxqzv');
      expect(await page.locator('[data-geen] a[href="tel:08002000"]').count()).toBe(1);
      await page.close();
    });

    it('after following a result and going Back, the box and results are empty (also from the back/forward cache)', async () => {
      for (const cache of [false, true]) {
        const browser = cache ? await launchWithBfcache() : chromium.browser();
        const page = await browser.newPage();
        await page.addInitScript(() => addEventListener('pageshow', (e) => ((window as unknown as { __persisted: boolean }).__persisted = e.persisted)));
        await page.goto(`${origin()}${site.base}`);
        const urls = await headerSearch(page, 'veilig thuis');
        await Promise.all([page.waitForURL(`${origin()}${urls[0]}`), page.locator('#zoekvak-lijst [role="option"]').first().click()]);
        await page.goBack();
        await page.waitForFunction(() => document.readyState === 'complete');
        const persisted = await page.evaluate(() => (window as unknown as { __persisted?: boolean }).__persisted);
        console.log(`${site.region}: terug ${persisted ? 'uit de back/forward cache' : 'als nieuwe pagina'}`);
        await expect.poll(() => page.locator('#zoekvak-invoer').inputValue()).toBe('');
        expect(await page.locator('[data-zoekvak-resultaten]').isHidden()).toBe(true);
        expect(await page.locator('#zoekvak-lijst [role="option"]').count()).toBe(0);
        expect(await page.locator('[data-zoekvak-live]').textContent()).toBe('');
        if (!persisted) {
          // Headless Chromium under Playwright may refuse the cache (reason "masked"): replay what a restore does.
          await headerSearch(page, 'veilig thuis');
          await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
          expect(await page.locator('#zoekvak-invoer').inputValue()).toBe('');
          expect(await page.locator('[data-zoekvak-resultaten]').isHidden()).toBe(true);
        }
        if (cache) await browser.close();
        else await page.close();
      }
    });

    it('every abbreviation finds a begrip or organisation that carries it in the top three', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(`${origin()}${site.base}zoeken/`);
      const pages = abbreviationPages(site.dir);
      const misses: string[] = [];
      const byAbbr = new Map<string, string[]>();
      for (const { abbr, url } of pages) byAbbr.set(abbr, [...(byAbbr.get(abbr) ?? []), url]);
      for (const [abbr] of byAbbr) {
        if (!/^[\p{L}\d]/u.test(abbr) || abbr.length < 2) continue;
        const urls = await search(page, site.base, abbr);
        const h1s = urls.slice(0, 3).map((u) => {
          const file = join(site.root, u, 'index.html');
          return existsSync(file) ? (/<h1[^>]*>([^<]*)<\/h1>/.exec(decode(read(file)))?.[1] ?? '') : '';
        });
        if (!h1s.some((h) => h.includes(`(${abbr}`) || h.includes(`, ${abbr}`))) misses.push(`${abbr} → ${urls.slice(0, 3).join(', ')}`);
      }
      expect(misses).toEqual([]);
      await page.close();
    });

    it('the search page filters by kind and updates without reloading, and the query never enters the URL', async () => {
      const context = await chromium.browser().newContext();
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${origin()}${site.base}zoeken/`);
      const historyBefore = await page.evaluate(() => history.length);
      await page.fill('#zoekterm', 'geweld');
      await page.waitForSelector('[data-resultaten] .hit');
      const all = await page.locator('[data-resultaten] .hit').count();
      await page.selectOption('#filter-soort', 'Begrip');
      await expect.poll(async () => (await page.locator('[data-resultaten] .hit__soort').allTextContents()).every((k) => k === 'Begrip')).toBe(true);
      expect(await page.locator('[data-resultaten] .hit').count()).toBeLessThanOrEqual(all);
      expect(page.url()).toBe(`${origin()}${site.base}zoeken/`);
      expect(requests.every((u) => u.startsWith(origin()) && !u.includes('geweld'))).toBe(true);
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      await context.close();
    });

    it('shows a first page of results and loads more on request', async () => {
      const page = await chromium.browser().newPage();
      await page.goto(`${chromium.origin(site.root)}${site.base}zoeken/`);
      const urls = await search(page, site.base, 'geweld');
      const total = Number(/\d+/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[0] ?? 0);
      if (total > urls.length) {
        expect(urls.length).toBe(12);
        await page.click('[data-meer]');
        await expect.poll(() => page.locator('[data-resultaten] .hit').count()).toBe(Math.min(total, 24));
      } else {
        expect(await page.locator('[data-meer]').isHidden()).toBe(true);
      }
      await page.close();
    });

    it('without JavaScript the search page points to the A-Z lists', async () => {
      const context = await chromium.browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${origin()}${site.base}zoeken/`);
      expect(await page.locator('[data-nojs]').isVisible()).toBe(true);
      expect(await page.locator(`[data-nojs] a[href="${site.base}begrippen/"]`).count()).toBe(1);
      await context.close();
    });

    it('opening a page and a first query from the header box download at most 100 KB (compressed), the name-index answer under 20 KB', async () => {
      const bytes = await firstQueryBytes(chromium.browser(), chromium.origin(site.root) + site.base, async (page) => {
        await page.fill('#zoekvak-invoer', 'veilig');
        await page.waitForSelector('[data-zoekvak-resultaten] .hit');
      });
      console.log(
        `${site.region}: eerste zoekopdracht in de kop ${(bytes.total / 1024).toFixed(1)} KB, waarvan het antwoord ${(bytes.query / 1024).toFixed(1)} KB`,
      );
      expect(bytes.total).toBeLessThanOrEqual(100 * 1024);
      expect(bytes.query).toBeLessThan(20 * 1024);
    });

    it('opening the search page and a first full-text query download at most 100 KB (compressed), and are reported', async () => {
      const bytes = await firstQueryBytes(chromium.browser(), `${chromium.origin(site.root)}${site.base}zoeken/`, async (page) => {
        await page.fill('#zoekterm', 'huiselijk geweld');
        await page.waitForSelector('[data-resultaten] .hit');
      });
      console.log(`${site.region}: eerste zoekopdracht op /zoeken/ ${(bytes.total / 1024).toFixed(1)} KB (${bytes.files.join(', ')})`);
      expect(bytes.total).toBeLessThanOrEqual(100 * 1024);
    });
  });
}

/**
 * Bytes of every response from the moment a fresh visitor opens the page until the first results show, page
 * included, each gzipped as a static host sends text; `query` is the part after the page had loaded.
 */
async function firstQueryBytes(browser: import('playwright-core').Browser, url: string, type: (page: import('playwright-core').Page) => Promise<void>) {
  const { gzipSync } = await import('node:zlib');
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{ path: string; bytes: number; late: boolean }>[] = [];
  let typing = false;
  page.on('response', (r) => {
    const late = typing;
    sizes.push(
      r.body().then(
        (b) => ({ path: new URL(r.url()).pathname, bytes: gzipSync(b).length, late }),
        () => ({ path: '', bytes: 0, late }),
      ),
    );
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  typing = true;
  await type(page);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (list: typeof all) => list.reduce((a, b) => a + b.bytes, 0);
  return {
    total: sum(all),
    query: sum(all.filter((s) => s.late)),
    files: all.map((s) => `${s.path.split('/').pop() || s.path} ${(s.bytes / 1024).toFixed(1)}`),
  };
}

describe('search over all regions', () => {
  const real = sites.filter((s) => s.root === 'dist');
  it('finds entries of every region from dist/index.html and filters by region', async () => {
    const { server, origin } = await serve('dist');
    const page = await chromium.browser().newPage();
    await page.goto(`${origin}/`);
    await page.fill('#zoekterm', 'Veilig Thuis');
    await page.waitForSelector('[data-resultaten] .hit');
    // Options read "Twente (12)": the value is the region's name, the count follows the query.
    const regions = (await page.locator('#filter-regio option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).filter(Boolean);
    expect(regions.length).toBe(real.length);
    expect(await page.locator('#filter-regio option[value]:not([value=""])').first().textContent()).toMatch(/\(\d+\)$/);
    for (const site of real) {
      const name = regions.find((t) => read(join(site.dir, 'index.html')).includes(t))!;
      await page.selectOption('#filter-regio', name);
      await expect
        .poll(async () =>
          (await page.locator('[data-resultaten] .hit a').evaluateAll((a) => a.map((x) => (x as HTMLAnchorElement).pathname))).every((p) =>
            p.startsWith(site.base),
          ),
        )
        .toBe(true);
      expect(await page.locator('[data-resultaten] .hit').count()).toBeGreaterThan(0);
      // Every result says which region it is from.
      expect(await page.locator('[data-resultaten] .hit__regio').allTextContents()).toContain(name);
    }
    await page.close();
    server.close();
  });

  it('opening dist/index.html and a first query over all regions download at most 150 KB (compressed)', async () => {
    const { server, origin } = await serve('dist');
    const bytes = await firstQueryBytes(chromium.browser(), `${origin}/`, async (page) => {
      await page.fill('#zoekterm', 'huiselijk geweld');
      await page.waitForSelector('[data-resultaten] .hit');
    });
    console.log(`landelijk: eerste zoekopdracht op dist/index.html ${(bytes.total / 1024).toFixed(1)} KB (${bytes.files.join(', ')})`);
    expect(bytes.total).toBeLessThanOrEqual(150 * 1024);
    server.close();
  });
});
