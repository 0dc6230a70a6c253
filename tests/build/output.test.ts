import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSites, htmlFiles, read, urlOf } from '../helpers/sites.ts';
import { RESIDENT_LANGUAGES } from '../../src/shared/i18n.ts';

const sites = builtSites();

describe('the built sites', () => {
  it('include every region folder that has settings, plus the example fixture', () => {
    expect(sites.length).toBeGreaterThanOrEqual(1);
    expect(sites.some((s) => s.region === 'voorbeeld' && s.root.includes('fixture'))).toBe(true);
    expect(existsSync(join('dist', 'voorbeeld')), 'the example region is never deployed').toBe(false);
  });
});

for (const site of sites) {
  describe(`site ${site.dir}`, () => {
    const pages = htmlFiles(site.dir);
    const sitemap = existsSync(join(site.dir, 'sitemap-0.xml')) ? read(join(site.dir, 'sitemap-0.xml')) : '';

    it('has an index, a sitemap index, a search index, a 404 page, robots.txt and _headers', () => {
      for (const file of ['index.html', 'sitemap-index.xml', 'zoek/docs.json', '404.html', 'robots.txt', '_headers']) {
        expect(existsSync(join(site.dir, file)), file).toBe(true);
      }
      expect(read(join(site.dir, 'robots.txt'))).toContain(`${site.base}sitemap-index.xml`);
    });

    it('every page is in its language (Dutch, or the resident language of /<lang>/), has one h1, the skip link, both help numbers and the quick exit', () => {
      for (const file of pages) {
        const html = read(file);
        const lang = RESIDENT_LANGUAGES.find((l) => file.includes(`/${l}/index.html`)) ?? 'nl';
        expect(html, file).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`));
        expect(html.match(/<h1[\s>]/g)?.length, `${file}: exactly one h1`).toBe(1);
        expect(html, file).toContain('<a class="skiplink" href="#hoofdinhoud"');
        expect(html, file).toContain('href="tel:112"');
        expect(html, file).toContain('href="tel:08002000"');
        expect(html, file).toMatch(/<a class="snelweg" href="https:\/\/[^"]+" rel="nofollow noreferrer"/);
        expect(html, `${file}: English text from the Markdown processor`).not.toMatch(/>Footnotes<|Back to reference/);
      }
    });

    it('every page carries the Content-Security-Policy and no-referrer, and has no inline script', () => {
      for (const file of pages) {
        const html = read(file);
        expect(html, file).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';");
        expect(html, file).toContain('<meta name="referrer" content="no-referrer">');
        const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter((m) => !m[1]!.includes('application/ld+json'));
        expect(inline, `${file}: inline scripts`).toEqual([]);
        expect(html, `${file}: inline style attributes are blocked by the CSP`).not.toMatch(/\sstyle="/);
      }
    });

    it('every page links its stylesheet, and the file exists', () => {
      for (const file of pages) {
        const css = [...read(file).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
        expect(css.length, `${file}: stylesheet`).toBeGreaterThan(0);
        for (const href of css) expect(existsSync(join(site.root, href)), `${file}: ${href}`).toBe(true);
      }
    });

    it('loads nothing from other hosts', () => {
      for (const file of pages) {
        const html = read(file);
        expect(html, file).not.toMatch(/<(script|img|iframe|source|video|audio|embed)[^>]+src="(https?:)?\/\//);
        // A canonical link names the page's own address; it is never fetched.
        // Only the canonical and hreflang alternates name the site's own public address; nothing loads from elsewhere.
        expect(html, file).not.toMatch(/<link(?![^>]*rel="(canonical|alternate)")[^>]+href="(https?:)?\/\//);
      }
    });

    it('lists every indexable page in the sitemap (not 404 or noindex pages), and only existing pages', () => {
      const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      for (const file of pages.filter((f) => !f.endsWith('404.html') && !read(f).includes('<meta name="robots" content="noindex"'))) {
        expect(urls, `${file} in sitemap`).toContain(urlOf(site, file));
      }
      for (const path of urls) {
        expect(existsSync(join(site.root, decodeURIComponent(path), 'index.html')), `${path} exists`).toBe(true);
      }
    });

    it('resolves every internal link and anchor to an existing page and id', () => {
      const ids = new Map<string, Set<string>>();
      const idsOf = (file: string) => {
        if (!ids.has(file)) ids.set(file, new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
        return ids.get(file)!;
      };
      for (const file of pages) {
        for (const m of read(file).matchAll(/<a[^>]+href="([^"]+)"/g)) {
          const href = m[1]!.replace(/&amp;/g, '&');
          if (/^(https?:|tel:|mailto:)/.test(href)) continue;
          const [path, hash] = href.split('#');
          let target = file;
          if (path) {
            expect(path, `${file}: internal links are absolute`).toMatch(/^\//);
            const onDisk = join(site.root, decodeURIComponent(path));
            target = path.endsWith('/') ? join(onDisk, 'index.html') : onDisk;
            expect(existsSync(target), `${file} links to ${href}`).toBe(true);
          }
          if (hash && target.endsWith('.html')) expect(idsOf(target).has(decodeURIComponent(hash)), `${file} links to #${hash} in ${target}`).toBe(true);
        }
      }
    });

    it('writes the security headers file for hosts that read _headers', () => {
      const headers = readFileSync(join(site.dir, '_headers'), 'utf8');
      expect(headers).toContain("frame-ancestors 'none'");
      expect(headers).toContain('Referrer-Policy: no-referrer');
      expect(headers).toContain('X-Content-Type-Options: nosniff');
      expect(headers).toContain('Permissions-Policy:');
    });
  });
}
