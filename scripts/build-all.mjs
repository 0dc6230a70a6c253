#!/usr/bin/env node
// npm run build [-- --region <id>]: checks and builds every region (or one) into dist/<region>/.
// Each build goes to a temporary folder that replaces dist/<region>/ only when the build succeeded,
// so a failed build never touches the last good site.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { checkRegion, formatFindings } from '../src/lib/content-check.ts';
import { publishedRegions, ROOT, CONTENT_DIR } from '../src/lib/regions.ts';
import { siteSettings } from '../src/lib/site-settings.ts';
import { cspHash, headersFile, themeCss } from '../src/lib/security.ts';
import { writePortalIndex } from './lib/portal-index.mjs';

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));
const requested = flag('--region') ?? process.env.REGION;

// The example region is a template and test fixture: built only when asked for by name.
const regions = requested ? [requested] : publishedRegions();

// Astro writes build state into <root>/.astro/, so parallel builds each get their own root: a copy of the
// (small) code, with node_modules linked. Linking src too would put it outside the root, and Vite then
// leaves its CSS out of the build.
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
function buildRoot(buildId) {
  const dir = join(ROOT, '.tmp', 'builds', buildId);
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// Variables a parent Vite or Vitest process sets would change how Astro builds; a build starts clean of them.
const INHERITED_VITE_VARS = /^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|VITE_.*|TEST|NODE_ENV)$/;
function cleanEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_VITE_VARS.test(key)));
  return { ...env, ...extra };
}

function run(command, commandArgs, env, cwd = ROOT) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakRss = 0;
    // Peak memory of the build, for the benchmark (Linux /proc; elsewhere it stays 0).
    const poll = setInterval(() => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peakRss = Math.max(peakRss, kb * 1024);
      } catch {
        // process already gone
      }
    }, 200);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, output, peakRss });
    });
  });
}

async function buildRegion(region) {
  const started = performance.now();
  const findings = checkRegion(region);
  const errors = findings.filter((f) => f.level === 'fout');
  if (errors.length) {
    return { region, ok: false, message: `Inhoud bevat ${errors.length} fout(en):${formatFindings(errors)}` };
  }
  const buildId = `${process.pid}-${Date.now()}`;
  const settings = siteSettings(region, { ...process.env, BUILD_ID: buildId });
  const finalDir = join(DIST, region);
  const tmpDir = join(DIST, `.bouw-${region}-${process.pid}`);
  rmSync(tmpDir, { recursive: true, force: true });
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const root = buildRoot(buildId);
  const { code, output, peakRss } = await run(process.execPath, [astro, 'build', '--silent'], { REGION: region, OUT_DIR: tmpDir, BUILD_ID: buildId, PROJECT_ROOT: ROOT, CONTENT_DIR }, root);
  rmSync(settings.cacheDir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
  if (code !== 0 || !existsSync(join(tmpDir, 'index.html')) || !existsSync(join(tmpDir, 'pagefind', 'pagefind.js'))) {
    rmSync(tmpDir, { recursive: true, force: true });
    const file = /content\/[^\s:]+\.mdx?/.exec(output)?.[0];
    const hint = file
      ? `\nWaarschijnlijk zit de fout in ${file}. Controleer in MDX of elke <Kader> en <Citaat> ook gesloten is (</Kader>), en of er geen losse { of < in de tekst staat (schrijf &lt; of zet de tekst tussen aanhalingstekens).`
      : '';
    return { region, ok: false, message: `De build is mislukt.${hint}\nTechnische melding van Astro:\n${output.trim().split('\n').slice(-25).join('\n')}` };
  }
  const regio = loadYaml(readFileSync(join(CONTENT_DIR, region, 'regio.yaml'), 'utf8'));
  const thema = regio.thema ?? { primair: '#154273', accent: '#b3245b' };
  writeFileSync(join(tmpDir, '_headers'), headersFile(cspHash(themeCss(thema)), settings.base));
  const oldDir = join(DIST, `.oud-${region}-${process.pid}`);
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(tmpDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
  const pages = readdirSync(finalDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
  return { region, ok: true, seconds: (performance.now() - started) / 1000, pages, peakRss };
}

async function main() {
  if (!regions.length) {
    console.warn('Geen regio om te bouwen onder content/ (de voorbeeldregio wordt alleen op verzoek gebouwd). Maak er een met: npm run nieuwe-regio -- <id>');
    return;
  }
  mkdirSync(DIST, { recursive: true });
  const queue = [...regions];
  const results = [];
  const workers = Array.from({ length: Math.min(Number(process.env.BUILD_JOBS) || availableParallelism(), queue.length) }, async () => {
    for (let region = queue.shift(); region; region = queue.shift()) {
      console.log(`▶ ${region}: bouwen…`);
      const result = await buildRegion(region);
      results.push(result);
      console.log(result.ok ? `✔ ${region}: klaar in ${result.seconds.toFixed(1)} s → ${relative(ROOT, join(DIST, region))}/` : `✖ ${region}: ${result.message}\n  De vorige versie van ${relative(ROOT, join(DIST, region)) || join(DIST, region)}/ is niet aangeraakt.`);
    }
  });
  await Promise.all(workers);
  // The portal page refers to a region's hashed search script, so it is rewritten after every build.
  const present = publishedRegions().filter((r) => existsSync(join(DIST, r, 'index.html')));
  if (present.length) writePortalIndex(DIST, present);
  if (flag('--rapport')) writeFileSync(flag('--rapport'), JSON.stringify(results, null, 2));
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    console.error(`\n${failed.length} van ${results.length} regio('s) niet gebouwd: ${failed.map((r) => r.region).join(', ')}.`);
    process.exit(1);
  }
  console.log(`\nAlle ${results.length} regio('s) gebouwd in ${DIST}.`);
}

await main();
