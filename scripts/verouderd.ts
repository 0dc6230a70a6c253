// npm run verouderd                       : per region the organisations not checked for more than 12 months.
// npm run verouderd -- --uitvoer <map>    : also writes, for the weekly workflow, <map>/<regio>.md (the issue
//                                           text, with the region's CODEOWNERS) and <map>/regios.tsv
//                                           (region, number of stale entries, issue title; one line each).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeOwners, issueBody, issueTitle, staleByRegion } from '../src/build/verouderd.ts';
import { ROOT } from '../src/build/settings.ts';

const args = process.argv.slice(2);
const out = args.includes('--uitvoer') ? args[args.indexOf('--uitvoer') + 1] : undefined;
const codeowners = readFileSync(join(ROOT, '.github', 'CODEOWNERS'), 'utf8');
const rows: string[] = [];
for (const { region, entries } of staleByRegion()) {
  console.log(`${region}: ${entries.length ? `${entries.length} verouderd` : 'alles gecontroleerd in de laatste 12 maanden'}`);
  for (const e of entries) console.log(`  ${e.gecontroleerd ?? 'geen datum'}  ${e.naam}  (${e.file})`);
  rows.push([region, String(entries.length), issueTitle(region)].join('\t'));
  if (out && entries.length) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${region}.md`), issueBody(region, entries, codeOwners(codeowners, `content/${region}/organisaties/x.md`)));
  }
}
if (out) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'regios.tsv'), `${rows.join('\n')}\n`);
}
