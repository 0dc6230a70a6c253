import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DOCUMENTED, fieldDocsMarkdown, fieldRows, jsonSchema } from './field-docs.ts';

describe('field documentation', () => {
  it('describes every field of every collection', () => {
    for (const collection of Object.keys(DOCUMENTED)) {
      const undocumented = fieldRows(collection)
        .filter((r) => !r.description)
        .map((r) => r.path);
      expect(undocumented, `${collection}: add these to src/schemas/descriptions.ts`).toEqual([]);
    }
  });

  it('in docs/velden.md matches the schemas (run npm run docs after changing a schema)', () => {
    expect(readFileSync('docs/velden.md', 'utf8')).toBe(fieldDocsMarkdown());
  });

  it('ships JSON Schemas for editor autocompletion that match the schemas', () => {
    for (const collection of Object.keys(DOCUMENTED)) {
      expect(JSON.parse(readFileSync(`docs/schemas/${collection}.schema.json`, 'utf8'))).toEqual(jsonSchema(collection));
    }
  });
});
