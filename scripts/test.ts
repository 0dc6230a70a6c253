// npm test [-- vitest arguments]: the type gate, fresh builds of every region and the example fixture,
// then every test (unit, built output, browser) with vitest. Ends with one plain line that CI reads:
//   Tests: N passed, N failed, N skipped
// `npm test -- --project unit` runs the unit tests alone, without type check or build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBuilds } from '../src/build/fresh.ts';
import { ROOT } from '../src/build/settings.ts';

const args = process.argv.slice(2);
const projects = args.flatMap((a, i) => (a === '--project' ? [args[i + 1]] : a.startsWith('--project=') ? [a.slice(10)] : []));
const unitOnly = projects.length > 0 && projects.every((p) => p === 'unit');
const node = process.execPath;

let gateFailures = 0;
let gatePasses = 0;
function gate(name: string, command: string[], extraEnv: NodeJS.ProcessEnv = {}): void {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', cwd: ROOT, env: { ...process.env, ...extraEnv } });
  if (r.status === 0) gatePasses++;
  else {
    gateFailures++;
    console.error(`✖ ${name} mislukt.`);
  }
}

if (!unitOnly) {
  gate('Typecontrole (npm run typecheck)', ['npm', 'run', '--silent', 'typecheck']);
  // Builds from the current sources: rebuilt whenever a source or content hash differs from the last build.
  if (!ensureFreshBuilds()) gateFailures++;
  else gatePasses++;
}

const resultFile = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'results.json');
const vitest = spawnSync(
  node,
  [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', `--reporter=json`, `--outputFile.json=${resultFile}`, ...args],
  { stdio: 'inherit', cwd: ROOT },
);

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
let passed = gatePasses;
let failed = gateFailures;
let skipped = 0;
if (existsSync(resultFile)) {
  const r = JSON.parse(readFileSync(resultFile, 'utf8')) as VitestJson;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
} else {
  failed++;
}
rmSync(join(resultFile, '..'), { recursive: true, force: true });
// A vitest run that fails outside any test (a broken import, a crashed worker) must not read as a pass.
if (vitest.status !== 0 && failed === 0) failed++;
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
