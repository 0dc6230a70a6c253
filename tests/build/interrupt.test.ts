/** Builds that clean up after themselves: interrupted, after earlier killed builds, and on a bad output folder. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { cleanLeftovers } from '../../src/build/build.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'onderbreken-'));
const dist = join(work, 'dist');
const build = (extraEnv: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['scripts/build.ts', '--region', 'voorbeeld'], { encoding: 'utf8', env: { ...process.env, DIST_DIR: dist, ...extraEnv } });

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, f);
    hash.update(f);
    if (statSync(path).isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

describe('builds that clean up after themselves', () => {
  it('an interrupted build stops Astro, removes its temporary folders and leaves the last good site', async () => {
    expect(build().status).toBe(0);
    const before = treeHash(join(dist, 'voorbeeld'));
    const child = spawn(process.execPath, ['scripts/build.ts', '--region', 'voorbeeld'], {
      env: { ...process.env, DIST_DIR: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    // Wait until its Astro build root exists: then an Astro child is running.
    const roots = join('.tmp', 'builds');
    const mine = () => (existsSync(roots) ? readdirSync(roots).filter((d) => d.startsWith(`${child.pid}-`)) : []);
    for (let i = 0; i < 200 && mine().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(mine().length).toBe(1);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(130);
    expect(output).toContain('Build gestopt');
    expect(mine()).toEqual([]);
    expect(readdirSync(dist).filter((d) => d.startsWith('.bouw-') || d.startsWith('.oud-'))).toEqual([]);
    const astroLeft = spawnSync('pgrep', ['-f', `${child.pid}-`], { encoding: 'utf8' }).stdout.trim();
    expect(astroLeft).toBe('');
    expect(treeHash(join(dist, 'voorbeeld'))).toBe(before);
  });

  it('removes leftovers of builds that were killed and restores a site that was moved aside', () => {
    mkdirSync(join(dist, '.bouw-voorbeeld-999999'), { recursive: true });
    writeFileSync(join(dist, '.bouw-voorbeeld-999999', 'index.html'), 'half');
    expect(build().status).toBe(0);
    expect(readdirSync(dist).filter((d) => d.startsWith('.'))).toEqual([]);
    // A build killed between its two renames left the old site aside and no site in place: it comes back.
    const before = treeHash(join(dist, 'voorbeeld'));
    renameSync(join(dist, 'voorbeeld'), join(dist, '.oud-voorbeeld-999998'));
    cleanLeftovers(dist);
    expect(treeHash(join(dist, 'voorbeeld'))).toBe(before);
    expect(readdirSync(dist).filter((d) => d.startsWith('.'))).toEqual([]);
  });

  it('a read-only or wrong output folder ends in a Dutch message, not a stack trace', () => {
    const file = join(work, 'een-bestand');
    writeFileSync(file, 'x');
    const r = build({ DIST_DIR: join(file, 'dist') });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/is een bestand, geen map|Kan niet schrijven/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});
