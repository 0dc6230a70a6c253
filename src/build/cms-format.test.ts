import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { entryFields, formFieldPaths } from './cms.ts';
import { fromFile, ORIGINAL, toFile } from './cms-format.ts';

const ALL = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\/(hoofdstukken|begrippen|organisaties|trainingen)\/[^/]+\.mdx?$/.test(f))
  .map((f) => join('content', f))
  .sort();

/** Decap's own field order for a kind, as it hands it to toFile. */
const order = (kind: 'hoofdstukken' | 'begrippen' | 'organisaties' | 'trainingen') => formFieldPaths(entryFields(kind, 'twente')).map((r) => r.path);

describe('the CMS file format keeps every byte that was not edited', () => {
  it('opens and saves every content file without a change (one entry of every collection and all others)', () => {
    const kinds = new Set(ALL.map((f) => f.split('/').slice(1, 3).join('/')));
    expect(kinds.size).toBeGreaterThan(20);
    const changed = ALL.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return toFile(fromFile(text), order(file.split('/')[2] as 'begrippen')) !== text;
    });
    expect(changed).toEqual([]);
  });

  it('keeps MDX components in the body exactly', () => {
    const mdx = ALL.filter((f) => f.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(0);
    for (const file of mdx) {
      const text = readFileSync(file, 'utf8');
      const data = fromFile(text);
      expect(String(data.body)).toContain('<');
      expect(toFile({ ...data, titel: `${String(data.titel)} (nieuw)` }, order('hoofdstukken')).endsWith(String(data.body))).toBe(true);
    }
  });

  const begrip = `---
term: "Achterlating"
afkortingen: []
synoniemen: []
definitie: "Oude uitleg, lang genoeg."
# bron uit de definitielijst
bron:
  onderdeel: "Bijlage 1, Definitielijst"
  pagina: 40
gerelateerd: [huwelijksdwang, eergerelateerd-geweld]
---

Tekst met <Kader titel="x">inhoud</Kader>.
`;

  it('changes only the edited line, keeping quotes, flow lists, comments and the body', () => {
    const data = fromFile(begrip);
    expect(data[ORIGINAL]).toBeTypeOf('string');
    const out = toFile({ ...data, definitie: 'Nieuwe uitleg: met een dubbele punt.' }, order('begrippen'));
    expect(out).toBe(begrip.replace('"Oude uitleg, lang genoeg."', '"Nieuwe uitleg: met een dubbele punt."'));
  });

  it('edits inside a group keep the style of the rest of the group; page numbers stay numbers', () => {
    const out = toFile({ ...fromFile(begrip), bron: { onderdeel: 'Bijlage 1, Definitielijst', pagina: '41' } }, order('begrippen'));
    expect(out).toContain('bron:\n  onderdeel: "Bijlage 1, Definitielijst"\n  pagina: 41\ngerelateerd: [huwelijksdwang, eergerelateerd-geweld]\n');
  });

  it('puts a new field at its place in the form order and drops fields that were emptied', () => {
    const data = fromFile(begrip);
    const out = toFile({ ...data, algemeen: true, synoniemen: ['a', 'b'], gerelateerd: [], afkortingen: [] }, order('begrippen'));
    expect(out).toContain('synoniemen: [a, b]\ndefinitie: "Oude uitleg, lang genoeg."\nalgemeen: true\n# bron uit de definitielijst\nbron:');
    expect(out).toContain('gerelateerd: []\n---\n');
    const emptied = toFile(
      {
        ...data,
        synoniemen: [],
        gerelateerd: ['x'],
        definitie: 'Oude uitleg, lang genoeg.',
        term: 'Achterlating',
        afkortingen: [],
        bron: { onderdeel: 'Bijlage 1, Definitielijst' },
      },
      order('begrippen'),
    );
    expect(emptied).toContain('bron:\n  onderdeel: "Bijlage 1, Definitielijst"\ngerelateerd: [x]\n');
  });

  it('writes a new entry in form order, with phone numbers quoted and dates plain', () => {
    const out = toFile(
      {
        gecontroleerd: '2026-11-30',
        naam: 'Wijkteam',
        soort: 'hulpverlening',
        contact: { telefoon: '053-1234567', email: '' },
        afkortingen: [],
        body: '\nTekst.\n',
      },
      order('organisaties'),
    );
    expect(out).toBe(
      '---\nnaam: Wijkteam\nafkortingen: []\nsoort: hulpverlening\ncontact:\n  telefoon: "053-1234567"\ngecontroleerd: 2026-11-30\n---\n\nTekst.\n',
    );
  });

  it('reads YAML that only the lenient reader of the site accepts, and writes it anew only when edited', () => {
    const lenient = '---\nnaam: X\nsamenvatting: "Eerste regel\n\nTweede regel."\nsoort: overig\n---\nTekst.\n';
    const data = fromFile(lenient);
    expect(data.samenvatting).toBe('Eerste regel\nTweede regel.');
    expect(toFile(data, order('organisaties'))).toBe(lenient);
    expect(toFile({ ...data, naam: 'Y' }, order('organisaties'))).toBe(
      '---\nnaam: Y\nsoort: overig\nsamenvatting: |-\n  Eerste regel\n  Tweede regel.\n---\nTekst.\n',
    );
  });

  it("measures what Decap's own frontmatter format would change (the reason for this format)", () => {
    // Decap's serializer, bundled from the installed decap-cms-core, run over the same files.
    const out = buildSync({
      entryPoints: [createRequire(import.meta.url).resolve('decap-cms-core/dist/esm/formats/frontmatter.js')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    const module = { exports: {} as { FrontmatterFormatter?: new (f: string) => { fromFile: (t: string) => object; toFile: (d: object) => string } } };
    new Function('module', 'exports', 'require', out.outputFiles[0]!.text)(module, module.exports, createRequire(import.meta.url));
    const stock = new module.exports.FrontmatterFormatter!('yaml');
    const changed = ALL.filter((file) => {
      const text = readFileSync(file, 'utf8');
      try {
        return stock.toFile(stock.fromFile(text)) !== text;
      } catch {
        return true; // Decap cannot even open it
      }
    });
    // Quotes dropped, [a, b] written as "- a" lines, long values folded at 80 characters.
    expect(changed.length / ALL.length).toBeGreaterThan(0.9);
  });
});
