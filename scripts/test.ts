#!/usr/bin/env node
// npm test: builds what the tests need if it is missing (all regions in dist/, the example region as a
// fixture in .tmp/fixture/), then runs every test (unit, built output, browser) with vitest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { publishedRegions } from '../src/lib/regions.ts';

const node = process.execPath;
const run = (args, env = {}) => {
  const r = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const real = publishedRegions();
if (real.some((r) => !existsSync(join('dist', r, 'index.html'))) || (real.length > 0 && !existsSync(join('dist', 'index.html')))) {
  console.log('dist/ is onvolledig: eerst alle regio\'s bouwen.');
  run(['scripts/build-all.mjs']);
}
run(['scripts/build-all.mjs', '--region', 'voorbeeld'], { DIST_DIR: join('.tmp', 'fixture') });
run([join('node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)]);
