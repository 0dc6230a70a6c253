#!/usr/bin/env node
// npm run nieuw -- <collectie> <regio> "<titel>": maakt een geldig nieuw item met alle velden uitgelegd.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SCAFFOLD_COLLECTIONS, scaffold, type ScaffoldCollection } from '../src/build/scaffold.ts';
import { CONTENT_DIR, ROOT } from '../src/build/regions.ts';

const [collectionArg, region, titleArg] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(
    `✖ ${message}\nGebruik: npm run nieuw -- <${SCAFFOLD_COLLECTIONS.join('|')}> <regio> "<titel>"\nBijvoorbeeld: npm run nieuw -- begrippen twente "Veiligheidsplan"`,
  );
  process.exit(1);
};
const isCollection = (c: string | undefined): c is ScaffoldCollection => (SCAFFOLD_COLLECTIONS as readonly string[]).includes(c ?? '');
if (!isCollection(collectionArg)) fail(`Onbekende collectie "${collectionArg ?? ''}". Kies uit: ${SCAFFOLD_COLLECTIONS.join(', ')}.`);
if (!region || !existsSync(join(CONTENT_DIR, region, 'regio.yaml')))
  fail(`Onbekende regio "${region ?? ''}": er is geen content/${region ?? '<regio>'}/regio.yaml.`);
if (!titleArg?.trim()) fail('Geef een titel op, tussen aanhalingstekens.');
const collection = collectionArg as ScaffoldCollection;
const title = titleArg!;

const folder = join(CONTENT_DIR, region!, collection);
mkdirSync(folder, { recursive: true });
const existing = readdirSync(folder).filter((f) => /\.mdx?$/.test(f));
const volgorde = existing.length + 1;
const { slug, text } = scaffold(collection, title.trim(), new Date().toISOString().slice(0, 10), volgorde);
const name = collection === 'hoofdstukken' ? `${String(volgorde).padStart(2, '0')}-${slug}.md` : `${slug}.md`;
const path = join(folder, name);
if (existsSync(path) || existing.some((f) => f.replace(/^\d+-/, '').replace(/\.mdx?$/, '') === slug))
  fail(`Er bestaat al een item met de naam "${slug}" in content/${region}/${collection}/.`);
writeFileSync(path, text);
console.log(`✔ Gemaakt: ${relative(ROOT, path)}\n  Vul de velden in en controleer met: npm run check -- --region ${region}`);
