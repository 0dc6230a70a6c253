/** The national page (dist/index.html): every gemeente of every region to its help, with the same quick exit. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { useBrowser } from '../helpers/browser.ts';
import { publishedRegions } from '../../src/build/regions.ts';
import { readRegio } from '../../src/build/settings.ts';

const built = existsSync('dist/index.html');
const chromium = useBrowser(['dist']);
const EXIT_TARGET = 'https://www.google.nl/';

describe('the national page', () => {
  it('is built (npm test builds every region first)', () => expect(built).toBe(true));

  const origin = () => chromium.origin('dist');

  it("lists every gemeente of every region.yaml, each linking to its own region's help, without JavaScript", async () => {
    const context = await chromium.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin()}/`);
    const links = await page.locator('[data-gemeenten] li a').evaluateAll((l) => l.map((a) => [a.textContent!.trim(), (a as HTMLAnchorElement).pathname]));
    const expected = publishedRegions().flatMap((id) => readRegio(id)!.gemeenten.map((g) => [g, `/${id}/hulp/`]));
    expect(links.sort()).toEqual(expected.sort());
    expect(await page.locator('[data-gemeente-geen]').textContent()).toContain('0800-2000');
    await context.close();
  });

  it('filters the gemeenten as you type and says what to do when a gemeente is not there', async () => {
    const page = await chromium.browser().newPage();
    await page.goto(`${origin()}/`);
    const [id] = publishedRegions();
    const gemeente = readRegio(id!)!.gemeenten.at(-1)!;
    await page.fill('#gemeente-zoek', gemeente.slice(0, 5).toLowerCase());
    const visible = await page.locator('[data-gemeenten] li:visible a').allTextContents();
    expect(visible).toContain(gemeente);
    expect(
      visible.every((g) =>
        g
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .includes(
            gemeente
              .slice(0, 5)
              .toLowerCase()
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, ''),
          ),
      ),
    ).toBe(true);
    await page.fill('#gemeente-zoek', 'Xyzwerpdorp');
    await expect.poll(() => page.locator('[data-gemeente-aantal]').textContent()).toContain('0800-2000');
    await page.close();
  });

  it('has the same quick exit: second Tab stop after the skip link, Shift three times leaves, and Back does not return', async () => {
    const context = await chromium.browser().newContext();
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1'
        ? route.continue()
        : route.fulfill({ status: 200, contentType: 'text/html', body: '<title>x</title>' }),
    );
    const page = await context.newPage();
    await page.goto(`${origin()}/twente/`);
    await page.goto(`${origin()}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('snelweg');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_TARGET);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/twente/');
    await context.close();
  });

  it('shows both call buttons in the first screen of a 360×640 phone and does not scroll sideways at 320 px', async () => {
    const page = await chromium.browser().newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${origin()}/`);
    for (const href of ['tel:112', 'tel:08002000']) {
      const box = (await page.locator(`.hulpbalk a[href="${href}"]`).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
    }
    await page.setViewportSize({ width: 320, height: 568 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
