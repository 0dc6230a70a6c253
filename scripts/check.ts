// npm run check [-- --region <id>]: validates all content without building the site.
import { checkRegion, formatFindings } from '../src/build/content-check.ts';
import { listRegionFolders } from '../src/build/regions.ts';
import { env } from '../src/build/settings.ts';

const args = process.argv.slice(2);
const regionArg = args.includes('--region') ? args[args.indexOf('--region') + 1] : env('REGION');
const regions = regionArg ? [regionArg] : listRegionFolders();
const started = performance.now();
let errors = 0;
let warnings = 0;
for (const region of regions) {
  const findings = checkRegion(region);
  errors += findings.filter((f) => f.level === 'fout').length;
  warnings += findings.filter((f) => f.level === 'waarschuwing').length;
  if (findings.length) console.log(`\n== Regio ${region} ==${formatFindings(findings)}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nGecontroleerd: ${regions.length} regio('s) in ${seconds} s — ${errors} fout(en), ${warnings} waarschuwing(en).`);
if (errors) {
  console.log('Los de fouten hierboven op; de site wordt pas gebouwd als er geen fouten meer zijn.');
  process.exitCode = 1;
}
