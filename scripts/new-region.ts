#!/usr/bin/env node
// npm run nieuwe-regio -- <id>: maakt content/<id>/ als kopie van de voorbeeldregio.
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  // Not published until an editor has replaced the example content and sets gepubliceerd: true; until
  // then the check does not hold the copied example text against it and the build skips it.
  .replace(/^voorbeeld: true$/m, 'voorbeeld: false\ngepubliceerd: false');
writeFileSync(settings, text);
// The region's own editors review changes to its folder: in the repository that holds this content folder
// (a copy elsewhere, as in the tests, has no CODEOWNERS and is left alone).
const owners = join(CONTENT_DIR, '..', '.github', 'CODEOWNERS');
const addOwners = existsSync(owners) && !readFileSync(owners, 'utf8').includes(`/content/${id}/`);
if (addOwners) {
  const current = readFileSync(owners, 'utf8');
  appendFileSync(owners, `${current.endsWith('\n') ? '' : '\n'}${`/content/${id}/`.padEnd(34)}@regioportaal/redactie-${id}\n`);
}
console.log(
  [
    `✔ Regio gemaakt: ${relative(ROOT, target)}/ (nog niet gepubliceerd: gepubliceerd: false in regio.yaml)`,
    ...(addOwners ? [`  Regel toegevoegd aan .github/CODEOWNERS: vervang @regioportaal/redactie-${id} door het echte GitHub-team.`] : []),
    `  Pas regio.yaml aan, vervang de voorbeeldpagina's, zet gepubliceerd: true en controleer met: npm run check -- --region ${id}`,
  ].join('\n'),
);
