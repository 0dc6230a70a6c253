/**
 * Checks and builds every region (or one) into dist/<region>/. Each build goes to a temporary folder that
 * replaces dist/<region>/ only when the build succeeded, so a failed build never touches the last good site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { checkRegion, formatFindings } from './content-check.ts';
import { publishedRegions } from './regions.ts';
import { CONTENT_DIR, DEFAULT_THEME, DIST_DIR, ROOT, env, readRegio, siteSettings } from './settings.ts';
import { cspHash, headersFile, themeCss } from './security.ts';
import { writePortalIndex } from './portal-index.ts';
import { writeAdminSite } from './cms-site.ts';
import { explainFsError } from './fs-errors.ts';

export interface BuildResult {
  region: string;
  ok: boolean;
  message?: string;
  seconds?: number;
  pages?: number;
  peakRss?: number;
}

// Astro writes build state into <root>/.astro/, so parallel builds each get their own root: a copy of the
// (small) code, with node_modules linked. Linking src too would put it outside the root, and Vite then
// leaves its CSS out of the build.
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const BUILDS_DIR = join(ROOT, '.tmp', 'builds');

/** Everything a running build owns, so an interrupt can remove it. */
const live = { children: new Set<ChildProcess>(), paths: new Set<string>() };

function buildRoot(buildId: string): string {
  const dir = join(BUILDS_DIR, buildId);
  live.paths.add(dir);
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// Variables a parent Vite or Vitest process sets would change how Astro builds; a build starts clean of them.
const INHERITED_VITE_VARS = /^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|VITE_.*|TEST|NODE_ENV)$/;
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_VITE_VARS.test(key)));
  return { ...base, ...extra };
}

function run(
  command: string,
  args: string[],
  extraEnv: Record<string, string>,
  cwd: string,
): Promise<{ code: number | null; output: string; peakRss: number }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    live.children.add(child);
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
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      clearInterval(poll);
      live.children.delete(child);
      done({ code, output, peakRss });
    });
  });
}

/**
 * Dutch hint for an Astro failure: the content file it names, with the line where the compiler or the
 * content guard (src/markdown/guards.ts) gives one, and the reason in the compiler's own words.
 */
export function explainAstroFailure(output: string): string {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const at = /(content\/[^\s:()]+\.mdx?)(?::(\d+)(?::\d+)?)?/.exec(plain);
  const lines = plain.trim().split('\n');
  const reason = (
    lines.find((l) => /niet toegestaan|onveilig|Onbekend/.test(l)) ?? lines.find((l) => /error|fout|Expected|Unexpected|Could not/i.test(l))
  )?.trim();
  if (!at) {
    return `De build is mislukt. De melding van Astro hieronder noemt geen inhoudsbestand; waarschijnlijk zit de fout in de code, niet in de inhoud.\n${lines.slice(-15).join('\n')}`;
  }
  const where = at[2] ? `${at[1]}, regel ${at[2]}` : at[1];
  return [
    `De build is mislukt. Waarschijnlijk zit de fout in ${where}.`,
    'Controleer in dit bestand of elke <Kader> en <Citaat> ook gesloten is (</Kader>), en of er geen losse { of < in de tekst staat (schrijf &#123; of &lt;, of zet de tekst tussen backticks).',
    reason ? `Melding van de vertaler: ${reason}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

async function buildRegion(region: string): Promise<BuildResult> {
  const started = performance.now();
  const errors = checkRegion(region).filter((f) => f.level === 'fout');
  if (errors.length) return { region, ok: false, message: `Inhoud bevat ${errors.length} fout(en):${formatFindings(errors)}` };

  const buildId = `${process.pid}-${Date.now()}`;
  const settings = siteSettings(region, { ...process.env, BUILD_ID: buildId });
  const finalDir = join(DIST_DIR, region);
  const tmpDir = join(DIST_DIR, `.bouw-${region}-${process.pid}`);
  const oldDir = join(DIST_DIR, `.oud-${region}-${process.pid}`);
  live.paths.add(tmpDir).add(settings.cacheDir);
  rmSync(tmpDir, { recursive: true, force: true });
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const root = buildRoot(buildId);
  const { code, output, peakRss } = await run(
    process.execPath,
    [astro, 'build', '--silent'],
    { REGION: region, OUT_DIR: tmpDir, BUILD_ID: buildId, PROJECT_ROOT: ROOT, CONTENT_DIR },
    root,
  );
  rmSync(settings.cacheDir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
  if (code !== 0 || !existsSync(join(tmpDir, 'index.html')) || !existsSync(join(tmpDir, 'zoek', 'docs.json'))) {
    rmSync(tmpDir, { recursive: true, force: true });
    return { region, ok: false, message: explainAstroFailure(output) };
  }
  const thema = readRegio(region)?.thema ?? DEFAULT_THEME;
  writeFileSync(join(tmpDir, '_headers'), headersFile(cspHash(themeCss(thema)), settings.base));
  // The swap: the old site moves aside first, so a crash between the two renames leaves it recoverable
  // (the next build restores a `.oud-` folder whose region is missing).
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  live.paths.delete(tmpDir);
  renameSync(tmpDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
  const pages = readdirSync(finalDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  return { region, ok: true, seconds: (performance.now() - started) / 1000, pages, peakRss };
}

/**
 * Leftovers of builds that were killed: temporary sites (`.bouw-*`), moved-aside old sites (`.oud-*`, put back
 * when their region is missing), build roots and caches. Only folders of processes that no longer run.
 */
export function cleanLeftovers(dist = DIST_DIR): void {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return pid !== process.pid;
    } catch {
      return false;
    }
  };
  if (existsSync(dist)) {
    for (const name of readdirSync(dist)) {
      const m = /^\.(bouw|oud)-(.+)-(\d+)$/.exec(name);
      if (!m || alive(Number(m[3]))) continue;
      const [, kind, region] = m;
      if (kind === 'oud' && !existsSync(join(dist, region!))) renameSync(join(dist, name), join(dist, region!));
      else rmSync(join(dist, name), { recursive: true, force: true });
    }
  }
  for (const dir of [BUILDS_DIR, join(ROOT, 'node_modules', '.astro-cache')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const pid = Number(/(?:^|-)(\d+)-\d+$/.exec(name)?.[1]);
      if (pid && !alive(pid)) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
}

function onInterrupt(signal: NodeJS.Signals): void {
  for (const child of live.children) child.kill('SIGTERM');
  for (const path of live.paths) rmSync(path, { recursive: true, force: true });
  console.error(
    `\nBuild gestopt (${signal}). Tijdelijke mappen zijn opgeruimd; de vorige sites in ${relative(ROOT, DIST_DIR) || DIST_DIR}/ zijn niet aangeraakt.`,
  );
  process.exit(130);
}

export async function buildAll(args: string[]): Promise<number> {
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const requested = flag('--region') ?? env('REGION');
  // The example region is a template and test fixture: built only when asked for by name.
  const regions = requested ? [requested] : publishedRegions();
  if (!regions.length) {
    console.warn('Geen regio om te bouwen onder content/ (de voorbeeldregio wordt alleen op verzoek gebouwd). Maak er een met: npm run nieuwe-regio -- <id>');
    return 0;
  }
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    mkdirSync(DIST_DIR, { recursive: true });
    cleanLeftovers();
  } catch (error) {
    console.error(explainFsError(error, DIST_DIR));
    return 1;
  }
  const queue = [...regions];
  const results: BuildResult[] = [];
  const jobs = Math.min(Number(env('BUILD_JOBS')) || availableParallelism(), queue.length);
  const workers = Array.from({ length: jobs }, async () => {
    for (let region = queue.shift(); region; region = queue.shift()) {
      console.log(`▶ ${region}: bouwen…`);
      let result: BuildResult;
      try {
        result = await buildRegion(region);
      } catch (error) {
        result = { region, ok: false, message: explainFsError(error, DIST_DIR) };
      }
      results.push(result);
      const shown = relative(ROOT, join(DIST_DIR, region)) || join(DIST_DIR, region);
      console.log(
        result.ok
          ? `✔ ${region}: klaar in ${result.seconds!.toFixed(1)} s → ${shown}/`
          : `✖ ${region}: ${result.message}\n  De vorige versie van ${shown}/ is niet aangeraakt.`,
      );
    }
  });
  await Promise.all(workers);
  // The portal page refers to a region's hashed search script, so it is rewritten after every build.
  const present = publishedRegions().filter((r) => existsSync(join(DIST_DIR, r, 'index.html')));
  try {
    if (present.length) writePortalIndex(DIST_DIR, present);
    // The admin site (CMS) for editors, beside the regions: dist/beheer/ (src/build/cms-site.ts).
    if (present.length) writeAdminSite(DIST_DIR);
  } catch (error) {
    console.error(explainFsError(error, DIST_DIR));
    return 1;
  }
  const report = flag('--rapport');
  if (report) writeFileSync(report, JSON.stringify(results, null, 2));
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    console.error(`\n${failed.length} van ${results.length} regio('s) niet gebouwd: ${failed.map((r) => r.region).join(', ')}.`);
    return 1;
  }
  console.log(`\nAlle ${results.length} regio('s) gebouwd in ${DIST_DIR}.`);
  return 0;
}
