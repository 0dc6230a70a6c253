#!/usr/bin/env node
// npm run docs: writes docs/velden.md and docs/schemas/*.schema.json from the schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { DOCUMENTED, fieldDocsMarkdown, jsonSchema } from '../src/build/field-docs.ts';

mkdirSync('docs/schemas', { recursive: true });
writeFileSync('docs/velden.md', fieldDocsMarkdown());
for (const collection of Object.keys(DOCUMENTED)) {
  writeFileSync(`docs/schemas/${collection}.schema.json`, `${JSON.stringify(jsonSchema(collection), null, 2)}\n`);
}
console.log('docs/velden.md en docs/schemas/ bijgewerkt.');
