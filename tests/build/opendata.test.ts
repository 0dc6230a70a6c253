import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSites, read } from '../helpers/sites.ts';
import { validate, type Schema } from '../fixtures/opendata/json-schema.ts';
import { regionEntryFiles, CONTENT_DIR } from '../../src/build/regions.ts';
import { parseFrontmatter } from '../../src/build/frontmatter.ts';
import { portalConfig } from '../../src/build/settings.ts';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/opendata/${name}.schema.json`, import.meta.url), 'utf8')) as Schema;
const HSDS = schema('hsds-organization-page');
const SKOS = schema('skos-definedtermset');
const COURSES = schema('course-list');

/** Names in the cards of a list page, in order (the same component for every list). */
function cardNames(html: string): string[] {
  return [...html.matchAll(/<li class="kaart" data-filteritem[^>]*>\s*<h3><a href="[^"]+">([^<]+)<\/a>/g)].map((m) =>
    m[1]!
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"'),
  );
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && s[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

for (const site of builtSites().filter((s) => existsSync(join(s.dir, 'open-data', 'organisaties.json')))) {
  describe(`open data of ${site.dir}`, () => {
    const file = (name: string) => read(join(site.dir, 'open-data', name));
    const hsds = JSON.parse(file('organisaties.json'));
    const begrippen = JSON.parse(file('begrippen.json'));
    const trainingen = JSON.parse(file('trainingen.json'));

    it('organisaties.json is an HSDS 3 page, begrippen.json SKOS and DefinedTermSet, trainingen.json a Course list', () => {
      expect(validate(hsds, HSDS)).toEqual([]);
      expect(validate(begrippen, SKOS)).toEqual([]);
      expect(validate(trainingen, COURSES)).toEqual([]);
    });

    it('holds exactly the entries of the list pages', () => {
      const kaart = cardNames(read(join(site.dir, 'sociale-kaart', 'index.html')));
      expect(hsds.contents.map((o: { name: string }) => o.name).sort()).toEqual([...kaart].sort());
      expect(hsds.total_items).toBe(kaart.length);
      const catalogus = cardNames(read(join(site.dir, 'trainingen', 'index.html')));
      expect(trainingen.itemListElement.map((i: { item: { name: string } }) => i.item.name).sort()).toEqual([...catalogus].sort());
      const begrippenPagina = read(join(site.dir, 'begrippen', 'index.html'));
      for (const term of begrippen['schema:hasDefinedTerm']) {
        expect(existsSync(join(site.root, new URL(term['@id']).pathname, 'index.html')), term['@id']).toBe(true);
        expect(begrippenPagina).toContain(new URL(term['@id']).pathname);
      }
    });

    it('gives every CSV the same rows as its JSON, with a header', () => {
      const orgs = parseCsv(file('organisaties.csv'));
      expect(orgs[0]![0]).toBe('id');
      expect(orgs.slice(1).map((r) => r[1])).toEqual(hsds.contents.map((o: { name: string }) => o.name));
      expect(parseCsv(file('begrippen.csv')).length - 1).toBe(begrippen['schema:hasDefinedTerm'].length);
      expect(parseCsv(file('trainingen.csv')).length - 1).toBe(trainingen.itemListElement.length);
      for (const csv of ['organisaties.csv', 'begrippen.csv', 'trainingen.csv']) {
        const rows = parseCsv(file(csv));
        for (const r of rows) expect(r.length, `${csv}: ${r[0]}`).toBe(rows[0]!.length);
      }
    });

    it('never exports a confidential address', () => {
      const confidential = regionEntryFiles(site.region, 'organisaties')
        .map(
          (f) =>
            parseFrontmatter(readFileSync(join(CONTENT_DIR, f), 'utf8')).data as { adresVertrouwelijk?: boolean; contact?: { adres?: { straat?: string } } },
        )
        .filter((d) => d.adresVertrouwelijk);
      const all = file('organisaties.json') + file('organisaties.csv');
      for (const d of confidential) if (d.contact?.adres?.straat) expect(all).not.toContain(d.contact.adres.straat);
      expect(hsds.contents.every((o: Record<string, unknown>) => !('locations' in o))).toBe(true);
    });

    it('states the licence from portal.config.json in the files and on the list pages and /over/', () => {
      const licentie = portalConfig.licentie;
      for (const page of ['sociale-kaart', 'trainingen', 'over']) {
        const html = read(join(site.dir, page, 'index.html'));
        expect(html, page).toContain(`${site.base}open-data/`);
        if (licentie) expect(html, page).toContain(licentie.url);
      }
      if (licentie) {
        expect(hsds.license.url).toBe(licentie.url);
        expect(begrippen['schema:license']).toBe(licentie.url);
        expect(trainingen.license).toBe(licentie.url);
      }
    });
  });
}
