import { describe, expect, it } from 'vitest';
import { conversionRule, headingRule } from './text.ts';
import { internalLinkRule } from './references.ts';
import { freshnessRule, plainLanguageRule, privateEmailRule } from './data.ts';

const slugs = { hoofdstukken: new Set(['visie']), begrippen: new Set(['mda']), organisaties: new Set<string>(), trainingen: new Set<string>() };

describe('text and data rules', () => {
  it('"omzetting" finds conversion debris with its line, and ignores code fences', () => {
    const found = conversionRule('f.md', 'Goed.\nDe regiovisieKent dit.\n```\nlosse�tekst\n```\nEen woord af-', 10);
    expect(found.map((f) => [f.rule, f.line])).toEqual([
      ['omzetting', 11],
      ['omzetting', 15],
    ]);
  });

  it('"koppen" refuses a second h1 and a skipped level', () => {
    expect(headingRule('f.md', '# Titel\n## A\n#### B', 1).map((f) => f.line)).toEqual([1, 3]);
    expect(headingRule('f.md', '## A\n### B\n## C', 1)).toEqual([]);
  });

  it('"verwijzing" checks anchors and entry links', () => {
    const anchors = new Map([['visie', new Set(['doelen'])]]);
    const found = internalLinkRule(
      'f.md',
      '## Kop\n[a](#kop) [b](#weg) [c](begrip:mda) [d](begrip:nee) [e](hoofdstuk:visie#doelen) [f](hoofdstuk:visie#niet)',
      1,
      slugs,
      anchors,
    );
    expect(found.map((f) => f.message.slice(0, 30))).toHaveLength(3);
    expect(found.every((f) => f.rule === 'verwijzing' && f.line === 2)).toBe(true);
  });

  it('"b1", "gecontroleerd" and "prive-email"', () => {
    expect(plainLanguageRule('f.md', { inHetKort: 'Kort. ' + 'woord '.repeat(16).trim() + '.' })).toHaveLength(1);
    const now = new Date('2026-12-01');
    expect(freshnessRule('f.md', { gecontroleerd: '2025-06-01' }, now)[0]?.level).toBe('waarschuwing');
    expect(freshnessRule('f.md', { gecontroleerd: '2024-06-01' }, now)[0]?.level).toBe('fout');
    expect(freshnessRule('f.md', { gecontroleerd: '2026-06-01' }, now)).toEqual([]);
    expect(privateEmailRule('f.md', 'mail jan.jansen@gmail.com of info@veiligthuis.nl')).toHaveLength(1);
  });
});
