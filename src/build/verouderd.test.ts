import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOwners, issueBody, issueTitle, monthsBetween, staleByRegion, staleEntries } from './verouderd.ts';

const org = (naam: string, gecontroleerd?: string) => `---\nnaam: ${naam}\nsoort: overleg\n${gecontroleerd ? `gecontroleerd: ${gecontroleerd}\n` : ''}---\n`;
const NOW = new Date('2026-12-01T09:00:00Z');

describe('verouderd: organisations not checked for more than 12 months', () => {
  it('counts whole months', () => {
    expect(monthsBetween(new Date('2025-12-01'), NOW)).toBe(12);
    expect(monthsBetween(new Date('2025-12-02'), NOW)).toBe(11);
    expect(monthsBetween(new Date('2024-06-15'), NOW)).toBe(29);
  });

  it('lists entries older than the check allows (365 days), oldest first, and those without a date', () => {
    const files = [
      { file: 'content/twente/organisaties/vers.md', text: org('Vers', '2026-06-01') },
      { file: 'content/twente/organisaties/grens.md', text: org('Grens', '2025-12-02') },
      { file: 'content/twente/organisaties/oud.md', text: org('Oud', '2025-11-30') },
      { file: 'content/twente/organisaties/heel-oud.md', text: org('Heel oud', '2024-06-15') },
      { file: 'content/twente/organisaties/zonder.md', text: org('Zonder') },
    ];
    expect(staleEntries(files, NOW).map((e) => [e.naam, e.gecontroleerd, e.months])).toEqual([
      ['Zonder', undefined, -1],
      ['Heel oud', '2024-06-15', 29],
      ['Oud', '2025-11-30', 12],
    ]);
  });

  it('reads the owners of a region from CODEOWNERS, last matching line wins', () => {
    const text = readFileSync('.github/CODEOWNERS', 'utf8');
    expect(codeOwners(text, 'content/twente/organisaties/x.md')).toEqual(['@regioportaal/redactie-twente']);
    expect(codeOwners(text, 'content/landelijk/organisaties/x.md')).toEqual(['@regioportaal/beheer']);
    expect(codeOwners('* @a\n/content/x/ @b @c # regio x\n', 'content/x/y.md')).toEqual(['@b', '@c']);
    expect(codeOwners('* @a\n', 'content/z/y.md')).toEqual(['@a']);
  });

  it('writes one issue per region that mentions the owners and links page and file', () => {
    const entries = staleEntries([{ file: 'content/twente/organisaties/oud.md', text: org('Oud | team', '2025-01-01') }], NOW);
    const body = issueBody('twente', entries, ['@regioportaal/redactie-twente'], {
      siteUrl: 'https://site.nl/',
      repository: 'https://github.com/o/r',
      branch: 'main',
      now: NOW,
    });
    expect(issueTitle('twente')).toBe('Verouderde contactgegevens: twente');
    expect(body).toMatch(/^@regioportaal\/redactie-twente: 1 organisatie\(s\) in \*\*twente\*\*/);
    expect(body).toContain(
      '| [Oud \\| team](https://site.nl/twente/sociale-kaart/oud/) | 2025-01-01 | 23 | [content/twente/organisaties/oud.md](https://github.com/o/r/blob/main/content/twente/organisaties/oud.md) |',
    );
  });

  it('covers every real region and landelijk, never the example region', () => {
    const regions = staleByRegion(NOW).map((r) => r.region);
    expect(regions).toContain('landelijk');
    expect(regions).toContain('twente');
    expect(regions).not.toContain('voorbeeld');
  });
});
