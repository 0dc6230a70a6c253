// npm run wijzigingen -- <basis>          : what this branch (and uncommitted work) changes on the sites,
//                                           compared with <basis> (for example main or origin/main):
//                                           pages added, removed and changed per region, new check warnings.
// npm run wijzigingen -- <basis> --regios : only the regions to build for a preview, on one line.
// Optional: --preview-url <adres> makes the page titles links into a preview.
import { codeChanged, formatSummary, report } from '../src/build/changes.ts';
import { publishedRegions } from '../src/build/regions.ts';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--preview-url') ?? 'main';
const previewUrl = args.includes('--preview-url') ? args[args.indexOf('--preview-url') + 1] : undefined;
try {
  const result = report(base);
  if (args.includes('--regios')) {
    console.log((codeChanged(base) ? publishedRegions() : result.regions).join(' '));
  } else {
    console.log(formatSummary(result.summaries, result.findings, { previewUrl }));
    if (result.findings.some((f) => f.level === 'fout')) process.exitCode = 1;
  }
} catch (error) {
  console.error(
    `✖ Kon niet vergelijken met "${base}": ${(error as Error).message.split('\n')[0]}\n  Geef een bestaande branch of commit, bijvoorbeeld: npm run wijzigingen -- main`,
  );
  process.exitCode = 2;
}
