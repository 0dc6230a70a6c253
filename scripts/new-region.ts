#!/usr/bin/env node
// npm run nieuwe-regio -- <id>: maakt content/<id>/ als kopie van de voorbeeldregio.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR, ROOT, SHARED_REGION } from '../src/build/regions.ts';

const [id] = process.argv.slice(2);
if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || id === SHARED_REGION) {
  console.error('✖ Geef een id met kleine letters, cijfers en streepjes, bijvoorbeeld: npm run nieuwe-regio -- zuid-limburg');
  process.exit(1);
}
const target = join(CONTENT_DIR, id);
if (existsSync(target)) {
  console.error(`✖ De regio "${id}" bestaat al (content/${id}/).`);
  process.exit(1);
}
cpSync(join(CONTENT_DIR, 'voorbeeld'), target, { recursive: true });
const settings = join(target, 'regio.yaml');
const text = readFileSync(settings, 'utf8')
  .replace(/^# Voorbeeldregio.*\n/m, `# Instellingen van regio ${id}. Vul alles in uit de regiovisie; zie docs/velden.md.\n`)
  .replace(/^id: .*$/m, `id: ${id}`)
  .replace(/^voorbeeld: true$/m, 'voorbeeld: false');
writeFileSync(settings, text);
console.log(`✔ Regio gemaakt: ${relative(ROOT, target)}/\n  Pas regio.yaml aan, vervang de voorbeeldpagina's en controleer met: npm run check -- --region ${id}`);
