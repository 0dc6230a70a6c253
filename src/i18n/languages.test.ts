/** The resident language files: one key set, no empty text, and only phone numbers from hulplijnen.md. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { RESIDENT_LANGUAGES, stringKeys, texts } from '../shared/i18n';
import { ALARM, NATIONAL_LINES, VEILIG_THUIS } from '../shared/helplines';

// ../shared/hulplijnen.md lies beside the repository on the team's machines and in CI; the help-number module
// (kept equal to content/landelijk/ by its own test) stands in for it on a bare clone, so this test always runs.
const HULPLIJNEN = [new URL('../../../shared/hulplijnen.md', import.meta.url).pathname].find((p) => existsSync(p));
const MODULE_NUMBERS = [ALARM.nummer, VEILIG_THUIS.nummer, ...NATIONAL_LINES.flatMap((l) => l.nummers)];

/** Numbers in the number column of the table in hulplijnen.md, e.g. 112, 0800-2000, 113, 0800-0113. */
function knownNumbers(markdown: string): Set<string> {
  const numbers = new Set<string>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/\d/.test(cells[2]!)) continue;
    for (const n of cells[2]!.match(/\d{3,4}(?:-\d{4})?/g) ?? []) numbers.add(n);
  }
  return numbers;
}

/** Anything that looks like a phone number: three or more digits, with dashes or spaces between. */
const phoneLike = (text: string) => (text.match(/\d[\d\- ]*\d/g) ?? []).map((m) => m.trim()).filter((m) => m.replace(/\D/g, '').length >= 3);

describe('resident language strings', () => {
  const [first, ...rest] = RESIDENT_LANGUAGES;

  it('all five files have exactly the same keys', () => {
    for (const lang of rest) expect(stringKeys(lang), lang).toEqual(stringKeys(first));
  });

  it('every value is non-empty', () => {
    for (const lang of RESIDENT_LANGUAGES) {
      const t = texts(lang);
      for (const key of stringKeys(lang)) expect(t(key).trim(), `${lang}: ${key}`).not.toBe('');
    }
  });

  it('no value contains a phone number that is not in hulplijnen.md', () => {
    const known = HULPLIJNEN ? knownNumbers(readFileSync(HULPLIJNEN, 'utf8')) : new Set(MODULE_NUMBERS);
    for (const n of MODULE_NUMBERS) expect(known, `${n} in hulplijnen.md`).toContain(n);
    expect(known).toContain('0800-2000');
    expect(known).toContain('112');
    for (const lang of RESIDENT_LANGUAGES) {
      const t = texts(lang);
      for (const key of stringKeys(lang)) for (const n of phoneLike(t(key))) expect(known, `${lang}: ${key} has ${n}`).toContain(n);
    }
  });

  it('placeholders are the same in every language', () => {
    const placeholders = (lang: (typeof RESIDENT_LANGUAGES)[number], key: string) => (texts(lang)(key).match(/\{\w+\}/g) ?? []).sort();
    for (const key of stringKeys(first)) for (const lang of rest) expect(placeholders(lang, key), `${lang}: ${key}`).toEqual(placeholders(first, key));
  });
});
