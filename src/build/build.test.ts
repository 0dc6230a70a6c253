import { describe, expect, it } from 'vitest';
import { explainAstroFailure } from './build.ts';

describe('explainAstroFailure', () => {
  it('names the content file and line of an MDX compiler error, in Dutch', () => {
    const out = explainAstroFailure(
      '\x1b[31m[ERROR]\x1b[39m [vite] Could not parse /tmp/x/content/voorbeeld/hoofdstukken/09-test.mdx:12:3\nExpected a closing tag for `<Kader>`',
    );
    expect(out).toMatch(/Waarschijnlijk zit de fout in content\/voorbeeld\/hoofdstukken\/09-test\.mdx, regel 12/);
    expect(out).toMatch(/Melding van de vertaler: .*Could not parse/);
  });
  it('passes on the message of the content guard', () => {
    const out = explainAstroFailure('error content/twente/hoofdstukken/01-a.mdx:9: import en export zijn niet toegestaan in MDX');
    expect(out).toMatch(/01-a\.mdx, regel 9/);
    expect(out).toMatch(/import en export zijn niet toegestaan/);
  });
  it('says when the failure is in the code, not the content', () => {
    expect(explainAstroFailure('TypeError: x is undefined\n at src/site/x.ts')).toMatch(/waarschijnlijk zit de fout in de code/);
  });
});
