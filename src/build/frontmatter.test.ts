import { describe, expect, it } from 'vitest';
import { FrontmatterError, lineOfField, parseFrontmatter } from './frontmatter.ts';

const fails = (text: string) => {
  try {
    parseFrontmatter(text);
  } catch (error) {
    return error as FrontmatterError;
  }
  throw new Error('no error');
};

describe('frontmatter', () => {
  it('explains a tab in the indentation', () => {
    expect(fails('---\nterm: A\nbron:\n\tonderdeel: H1\n---\n').message).toMatch(/regel 4: er staat een tab/);
  });
  it('explains a duplicate key', () => {
    expect(fails('---\nterm: A\nterm: B\n---\n').message).toMatch(/regel 3: een veld staat twee keer/);
  });
  it('explains a missing closing ---', () => {
    expect(fails('---\nterm: A\n\nTekst\n').message).toMatch(/niet afgesloten/);
  });
  it('explains an unquoted colon in a value', () => {
    expect(fails('---\ntitel: Hulp: waar\n  vind je die\n---\n').message).toMatch(/dubbele punt in een waarde/);
  });
  it('keeps dates as text, so the schema can judge them', () => {
    expect(parseFrontmatter('---\nd: 2027-02-31\n---\n').data).toEqual({ d: '2027-02-31' });
  });
  it('finds the line of a field', () => {
    const yaml =
      'titel: X\ncontact:\n  telefoon: "1"\n  email: a\ndata:\n  - start: 2027-01-01\n    locatie: A\n  - start: 2027-02-01\n    locatie: B\nbron:\n  onderdeel: H';
    expect(lineOfField(yaml, ['titel'], 2)).toBe(2);
    expect(lineOfField(yaml, ['contact', 'email'], 2)).toBe(5);
    expect(lineOfField(yaml, ['data', 1, 'locatie'], 2)).toBe(10);
    expect(lineOfField(yaml, ['data', 0, 'start'], 2)).toBe(7);
    expect(lineOfField(yaml, ['bron', 'pagina'], 2)).toBe(11);
    expect(lineOfField(yaml, ['ontbreekt'], 2)).toBeUndefined();
  });
});
