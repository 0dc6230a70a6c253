import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../build/frontmatter.ts';
import { ALARM, NATIONAL_LINES, VEILIG_THUIS } from './helplines.ts';

// The national entries in content/landelijk/ are the editors' record of ../shared/hulplijnen.md.
const dir = 'content/landelijk/organisaties';
const phones = readdirSync(dir).flatMap((f) => {
  const data = parseFrontmatter(readFileSync(join(dir, f), 'utf8')).data as { contact?: { telefoon?: string; telefoonToelichting?: string } };
  return [data.contact?.telefoon, ...(data.contact?.telefoonToelichting?.match(/\b\d{3,4}(?:-\d{4})?\b/g) ?? [])].filter(Boolean).map(String);
});

describe('national help numbers', () => {
  it('the help bar numbers are those of the national entries', () => {
    expect(phones).toContain(ALARM.nummer);
    expect(phones).toContain(VEILIG_THUIS.nummer);
    expect(VEILIG_THUIS.tel).toBe(VEILIG_THUIS.nummer.replace(/\D/g, ''));
  });

  it('every other national line on the language pages has its number in a national entry', () => {
    for (const line of NATIONAL_LINES) for (const n of line.nummers) expect(phones, `${line.naam} ${n}`).toContain(n);
  });
});
