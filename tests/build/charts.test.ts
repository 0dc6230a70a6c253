/**
 * Charts and share images in the built sites: every chart's SVG has its accessible name and every number of
 * its table; every page has a 1200×630 share image in its own region's output; help pages share one
 * neutral image; and no page loads a share image itself.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlText, rowsFromHtml } from '../../src/shared/chart.ts';
import { isNeutralPage, ogHash, ogSvg, pngSize } from '../../src/build/og-images.ts';
import { builtSites, htmlFiles, read, urlOf } from '../helpers/sites.ts';

const SITUATION_WORDS = /geweld|mishandel|misbruik|seks|slachtoffer|pleger|melding|uitbuit|stalk/i;
// Regions whose document has the numbers for at least three charts (see CONTRIBUTING.md, "Grafieken").
const MIN_CHARTS: Record<string, number> = { twente: 3, 'gelderland-zuid': 3, 'noord-oost-gelderland': 3, 'hart-van-brabant': 1, drenthe: 1 };

for (const site of builtSites()) {
  describe(`charts and share images of ${site.dir}`, () => {
    const pages = htmlFiles(site.dir);

    it('every chart has its accessible name, source, table and all its numbers', () => {
      let charts = 0;
      for (const file of pages.filter((f) => f.includes('/regiovisie/'))) {
        const html = read(file);
        for (const figure of html.matchAll(/<figure class="grafiek">([\s\S]*?)<\/figure>/g)) {
          charts++;
          const body = figure[1]!;
          const where = `${urlOf(site, file)}`;
          const svg = /<svg\b([^>]*)>([\s\S]*?)<\/svg>/.exec(body);
          expect(svg, where).not.toBeNull();
          expect(svg![1], where).toMatch(/role="img"/);
          const ids = /aria-labelledby="([^"]+)"/.exec(svg![1]!)![1]!.split(' ');
          for (const id of ids) expect(svg![2], `${where}: #${id}`).toMatch(new RegExp(`<(title|desc) id="${id}">[^<]+</`));
          expect(htmlText(/<figcaption>([\s\S]*?)<\/figcaption>/.exec(body)![1]!), where).toMatch(/Bron: .+, .+\./);
          const table = rowsFromHtml(body);
          expect(table, `${where}: table beside the chart`).toBeDefined();
          expect(body, where).toContain('Bekijk de cijfers als tabel');
          // Every number of the table that the chart draws is written in the SVG, exactly as in the table.
          const text = htmlText(svg![2]!);
          const numbers = table!
            .slice(1)
            .flatMap((r) => r.slice(1))
            .filter((c) => /^[€±ca.\s]*-?\d[\d.,]*\s*%?$/.test(c));
          const drawn = numbers.filter((n) => text.includes(n));
          expect(drawn.length, `${where}: numbers ${numbers.join(', ')} in "${text.slice(0, 200)}"`).toBeGreaterThanOrEqual(Math.min(numbers.length, 2));
          expect(svg![0], where).not.toMatch(/style=|<script|<a\b/);
        }
      }
      expect(charts, 'charts in this region').toBeGreaterThanOrEqual(MIN_CHARTS[site.region] ?? 0);
    });

    it('every page has a 1200×630 share image in its own output, and help pages one neutral image', () => {
      const neutral = new Set<string>();
      let expectedNeutral = '';
      const missing: string[] = [];
      for (const file of pages) {
        const html = read(file);
        const head = /<head>[\s\S]*<\/head>/.exec(html)![0];
        const image = /<meta property="og:image" content="([^"]+)"/.exec(head)?.[1];
        if (!image) {
          missing.push(urlOf(site, file));
          continue;
        }
        for (const tag of ['og:title', 'og:description', 'og:type'])
          expect(head, `${urlOf(site, file)} ${tag}`).toMatch(new RegExp(`<meta property="${tag}" content="[^"]+"`));
        expect(head).toContain('<meta name="twitter:card" content="summary_large_image"');
        const url = new URL(image);
        expect(url.pathname.startsWith(`${site.base}og/`), image).toBe(true);
        const png = join(site.dir, url.pathname.slice(site.base.length));
        expect(existsSync(png), png).toBe(true);
        expect(pngSize(readFileSync(png)), png).toEqual({ width: 1200, height: 630 });
        // The page itself never loads the image: it is named only in the meta tags.
        expect(html.replace(head, ''), urlOf(site, file)).not.toContain(url.pathname);
        if (isNeutralPage(urlOf(site, file), site.base)) {
          neutral.add(image);
          const description = /<meta property="og:description" content="([^"]+)"/.exec(head)![1]!;
          const alt = /<meta property="og:image:alt" content="([^"]+)"/.exec(head)![1]!;
          expect(`${description} ${alt}`, urlOf(site, file)).not.toMatch(SITUATION_WORDS);
          // The image is the neutral template ("Hulp · <region>" in the theme colours), which names no situation.
          const primair = /<meta name="theme-color" content="([^"]+)"/.exec(head)![1]!;
          const accent = /--regio-accent:([^;}]+)/.exec(head)![1]!;
          const svg = ogSvg({ siteName: '', regionName: htmlText(alt).replace(/^Hulp · /, ''), theme: { primair, accent } });
          expect(svg).not.toMatch(SITUATION_WORDS);
          expectedNeutral = `${site.base}og/${ogHash(svg)}.png`;
        }
      }
      expect(missing).toEqual([]);
      expect(neutral.size, [...neutral].join('\n')).toBe(1);
      expect(new URL([...neutral][0]!).pathname).toBe(expectedNeutral);
    });
  });
}
