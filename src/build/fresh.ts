/**
 * Tests must never pass against an old dist/: before the tests run, every published region and the example
 * fixture are rebuilt unless a hash over everything a build reads (code, content, settings, lockfile) equals
 * the hash recorded by the last successful build of that output.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publishedRegions } from './regions.ts';
import { CONTENT_DIR, ROOT } from './settings.ts';

const INPUTS = ['src', 'public', 'content', 'astro.config.mjs', 'package-lock.json', 'portal.config.json', 'tsconfig.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const base = input === 'content' ? CONTENT_DIR : join(ROOT, input);
    for (const file of filesUnder(base)) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function build(args: string[], distDir: string): boolean {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), ...args], {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, DIST_DIR: distDir },
  });
  return r.status === 0;
}

/** Rebuilds what is stale; false when a build failed. */
export function ensureFreshBuilds(): boolean {
  const hash = sourceHash();
  const targets = [
    { dir: join(ROOT, 'dist'), args: [] as string[], complete: () => publishedRegions().every((r) => existsSync(join(ROOT, 'dist', r, 'index.html'))) },
    {
      dir: join(ROOT, '.tmp', 'fixture'),
      args: ['--region', 'voorbeeld'],
      complete: () => existsSync(join(ROOT, '.tmp', 'fixture', 'voorbeeld', 'index.html')),
    },
  ];
  for (const target of targets) {
    // Kept outside the output, so the stamp is never published.
    const stamp = join(ROOT, '.tmp', `bronhash-${relative(ROOT, target.dir).replace(/[\\/]/g, '-')}`);
    if (target.complete() && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
      console.log(`\n✔ ${relative(ROOT, target.dir)}/ is gebouwd uit de huidige bronnen (hash gelijk); niet opnieuw gebouwd.`);
      continue;
    }
    console.log(`\n▶ ${relative(ROOT, target.dir)}/ bouwen uit de huidige bronnen…`);
    if (!build(target.args, target.dir)) return false;
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    writeFileSync(stamp, hash);
  }
  return true;
}
