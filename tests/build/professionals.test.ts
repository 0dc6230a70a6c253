import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSites, htmlFiles, read } from '../helpers/sites.ts';

const sites = builtSites();
const pageOf = (root: string, url: string) => join(root, decodeURIComponent(url), 'index.html');
const links = (html: string, cls?: string) => [...html.matchAll(new RegExp(`<a[^>]*${cls ? `class="${cls}"[^>]*` : ''}href="([^"]+)"`, 'g'))].map((m) => m[1]!);
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('the example region', () => {
  const site = sites.find((s) => s.region === 'voorbeeld')!;
  it('links the first mention of a begrip in a chapter, and only the first', () => {
    const html = read(join(site.dir, 'regiovisie', 'inleiding', 'index.html'));
    const begripLinks = links(html, 'begrip');
    expect(begripLinks[0]).toBe('/voorbeeld/begrippen/huiselijk-geweld/');
    expect(begripLinks.filter((l) => l.endsWith('/meldcode/'))).toHaveLength(1);
    expect(html).toMatch(/<a class="begrip" href="\/voorbeeld\/begrippen\/huiselijk-geweld\/">huiselijk geweld<\/a>/);
  });
  it('marks up an abbreviation that is linked with <abbr> and its expansion', () => {
    const html = read(join(site.dir, 'regiovisie', 'samenwerking', 'index.html'));
    expect(html).toMatch(
      /<a class="begrip" href="\/voorbeeld\/begrippen\/multidisciplinair-overleg\/">(multidisciplinair overleg|<abbr title="Multidisciplinair overleg">MDO<\/abbr>)<\/a>/,
    );
  });
  it('gives a training with dates an iCalendar file with the right fields', () => {
    const ics = readFileSync(join(site.dir, 'trainingen', 'training-meldcode.ics'), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VEVENT\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270310\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270311\r\n');
    expect(ics).toContain('SUMMARY:Training werken met de meldcode\r\n');
    expect(ics).toContain('LOCATION:Voorbeeldstad\r\n');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const page = read(join(site.dir, 'trainingen', 'training-meldcode', 'index.html'));
    expect(page).toContain('href="/voorbeeld/trainingen/training-meldcode.ics"');
    expect(page).toContain('href="/voorbeeld/sociale-kaart/veilig-thuis/"');
  });
  it('never publishes a confidential address', () => {
    const html = read(join(site.dir, 'sociale-kaart', 'blijf-opvang-voorbeeld', 'index.html'));
    expect(html).toContain('Het adres is geheim');
    expect(html).not.toMatch(/<dt>Adres<\/dt>/);
  });
});

for (const site of sites) {
  describe(`professionals on ${site.dir}`, () => {
    const chapters = htmlFiles(join(site.dir, 'regiovisie')).filter((f) => !f.endsWith(join('regiovisie', 'index.html')));

    it('each chapter links a begrip at most once, and each begrip page lists the chapters that link it', () => {
      for (const file of chapters) {
        const html = read(file);
        const begripLinks = links(html, 'begrip');
        expect(new Set(begripLinks).size, `${file}: first mention only`).toBe(begripLinks.length);
        const chapterUrl = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname;
        for (const url of begripLinks) {
          const begrip = read(pageOf(site.root, url));
          const genoemd = /id="genoemd"[\s\S]*?<\/section>/.exec(begrip)?.[0] ?? '';
          expect(genoemd, `${url} lists ${chapterUrl}`).toContain(`href="${chapterUrl}"`);
        }
      }
    });

    it("every begrip page shows its definition (the document's words, or general explanation marked as such), related begrippen and source", () => {
      for (const file of htmlFiles(join(site.dir, 'begrippen')).filter((f) => !f.endsWith(join('begrippen', 'index.html')))) {
        const html = read(file);
        expect(html, file).toMatch(
          /<p class="inleiding">[^<]{10,}|<aside class="algemeen" aria-label="Algemene uitleg, niet uit de regiovisie">\s*<p class="algemeen__label">[^<]+<\/p>\s*<p>[^<]{10,}/,
        );
        expect(html, file).toContain('id="genoemd"');
        expect(html, file).toMatch(/Bron: /);
      }
    });

    it('the A-Z index has letter navigation to every letter section and expands abbreviations', () => {
      const html = read(join(site.dir, 'begrippen', 'index.html'));
      const letters = [...html.matchAll(/<a href="#(letter-[^"]+)">/g)].map((m) => m[1]!);
      expect(letters.length).toBeGreaterThan(0);
      for (const id of letters) expect(html).toContain(`id="${id}"`);
      const abbrs = [...html.matchAll(/<abbr title="([^"]+)">/g)];
      const hasAbbreviations = readdirSync(join(site.dir, 'begrippen')).some(
        (d) => existsSync(join(site.dir, 'begrippen', d, 'index.html')) && /<h1[^>]*>[^<]*\(/.test(read(join(site.dir, 'begrippen', d, 'index.html'))),
      );
      if (hasAbbreviations) expect(abbrs.length).toBeGreaterThan(0);
    });

    it('sociale kaart filter pages list exactly the organisations that match, without JavaScript', () => {
      const orgs = new Map<string, string>();
      const kaart = join(site.dir, 'sociale-kaart');
      for (const d of readdirSync(kaart)) {
        const f = join(kaart, d, 'index.html');
        if (existsSync(f) && !['doelgroep', 'thema', 'gemeente'].includes(d)) orgs.set(`${site.base}sociale-kaart/${d}/`, read(f));
      }
      const gemeenteDir = join(kaart, 'gemeente');
      expect(existsSync(gemeenteDir)).toBe(true);
      for (const g of readdirSync(gemeenteDir)) {
        const html = read(join(gemeenteDir, g, 'index.html'));
        const naam = /<h1>[^:]*: ([^<]+)<\/h1>/.exec(html)![1]!;
        const listed = new Set(links(mainOf(html).split('role="status"')[1] ?? '').filter((l) => orgs.has(l)));
        const expected = [...orgs]
          .filter(([, page]) => {
            const werkgebied = /<dt>Werkgebied<\/dt><dd>([^<]*)<\/dd>/.exec(page)?.[1] ?? '';
            return werkgebied.startsWith('De hele regio') || werkgebied === 'Heel Nederland' || werkgebied.split(', ').includes(naam);
          })
          .map(([url]) => url);
        expect([...listed].sort(), `gemeente ${naam}`).toEqual(expected.sort());
      }
      for (const folder of ['doelgroep', 'thema']) {
        for (const value of readdirSync(join(kaart, folder))) {
          const html = read(join(kaart, folder, value, 'index.html'));
          const label = /<h1>[^:]*: ([^<]+)<\/h1>/.exec(html)![1]!.replace(/&amp;/g, '&');
          const listed = links(mainOf(html).split('role="status"')[1] ?? '').filter((l) => orgs.has(l));
          expect(listed.length, `${folder}/${value}`).toBeGreaterThan(0);
          for (const url of listed) expect(orgs.get(url)!.replace(/&amp;/g, '&'), `${url} has ${label}`).toContain(label);
        }
      }
    });

    it('every organisation has a contact card, schema.org JSON-LD and, when it has contact details, a vCard 3.0', () => {
      const kaart = join(site.dir, 'sociale-kaart');
      for (const d of readdirSync(kaart)) {
        const f = join(kaart, d, 'index.html');
        if (!existsSync(f) || ['doelgroep', 'thema', 'gemeente'].includes(d)) continue;
        const html = read(f);
        expect(html, f).toMatch(/<section class="contact"/);
        const [ld] = jsonLd(html);
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld['@type']).toBe('Organization');
        expect(ld.name).toBeTruthy();
        const card = html.split('class="contact"')[1]?.split('</section>')[0] ?? '';
        const tel = /<dd><a href="tel:(\+?\d+)">/.exec(card)?.[1];
        const vcf = join(kaart, `${d}.vcf`);
        if (tel) {
          expect(ld.contactPoint?.[0]?.['@type']).toBe('ContactPoint');
          expect(ld.contactPoint[0].telephone).toBe(tel);
          const card = readFileSync(vcf, 'utf8');
          expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
          expect(card).toMatch(/\r\nFN:.+\r\n/);
          expect(card.replace(/\D/g, '')).toContain(tel.replace(/\D/g, ''));
          expect(card.trimEnd().endsWith('END:VCARD')).toBe(true);
        }
        if (!/<dl>/.test(card)) {
          expect(html, `${f}: no contact details → says how to reach them`).toContain('Bel Veilig Thuis');
        }
      }
    });

    it('every training shows its kind and has schema.org Course JSON-LD; its provider is linked', () => {
      const dir = join(site.dir, 'trainingen');
      for (const d of readdirSync(dir)) {
        const f = join(dir, d, 'index.html');
        if (!existsSync(f) || ['soort', 'doelgroep'].includes(d)) continue;
        const html = read(f);
        expect(html, f).toContain('<dt>Soort</dt>');
        const [ld] = jsonLd(html);
        expect(ld['@type']).toBe('Course');
        expect(ld.name && ld.description).toBeTruthy();
        const provider = /<dt>Aanbieder<\/dt><dd><a href="([^"]+)"/.exec(html)?.[1];
        if (provider) expect(existsSync(pageOf(site.root, provider)), `${f} provider`).toBe(true);
      }
    });

    it('every chapter heading with an id has a shareable anchor link', () => {
      for (const file of chapters) {
        const html = mainOf(read(file));
        for (const m of html.matchAll(/<h([234]) id="([^"]+)">(.*?)<\/h\1>/g)) {
          if (['in-het-kort', 'op-deze-pagina', 'gerelateerd', 'genoemd', 'in-regiovisie', 'trainingen'].includes(m[2]!)) continue;
          expect(m[3], `${file} #${m[2]}`).toContain(`href="#${m[2]}"`);
        }
      }
    });

    it('the home page routes professionals to the four collections with their counts', () => {
      const html = read(join(site.dir, 'index.html'));
      const count = (folder: string, skip: string[]) =>
        readdirSync(join(site.dir, folder)).filter((d) => !skip.includes(d) && existsSync(join(site.dir, folder, d, 'index.html'))).length;
      expect(html).toContain(`${count('begrippen', [])} begrippen`);
      expect(html).toContain(`${count('sociale-kaart', ['doelgroep', 'thema', 'gemeente'])} organisaties`);
      expect(html).toContain(`${count('trainingen', ['soort', 'doelgroep'])} trainingen`);
      expect(html).toContain(`${count('regiovisie', [])} hoofdstukken`);
    });
  });
}
