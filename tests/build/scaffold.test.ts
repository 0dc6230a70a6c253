import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRegion } from '../../src/build/content-check.ts';

const work = mkdtempSync(join(tmpdir(), 'regioportaal-scaffold-'));
const content = join(work, 'content');
cpSync(join('content', 'voorbeeld'), join(content, 'voorbeeld'), { recursive: true });
cpSync(join('content', 'landelijk'), join(content, 'landelijk'), { recursive: true });
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content, DIST_DIR: join(work, 'dist') } });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('scaffolding', () => {
  it('creates a region from the example region, and valid entries of every collection that build', () => {
    const region = run('scripts/new-region.ts', 'proefregio');
    expect(region.status, region.stderr).toBe(0);
    expect(readFileSync(join(content, 'proefregio', 'regio.yaml'), 'utf8')).toMatch(/^id: proefregio$/m);
    expect(readFileSync(join(content, 'proefregio', 'regio.yaml'), 'utf8')).toMatch(/^voorbeeld: false$/m);
    for (const [collection, title] of [
      ['hoofdstukken', 'Nieuwe aanpak'],
      ['begrippen', 'Veiligheidsplan'],
      ['organisaties', 'Wijkteam Noord'],
      ['trainingen', 'Training signaleren'],
    ]) {
      const made = run('scripts/new-entry.ts', collection!, 'proefregio', title!);
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toContain('Gemaakt');
    }
    const file = readdirSync(join(content, 'proefregio', 'organisaties')).find((f) => f.startsWith('wijkteam-noord'))!;
    const text = readFileSync(join(content, 'proefregio', 'organisaties', file), 'utf8');
    expect(text).toContain('# Wat zij doen voor deze regio');
    expect(text).toContain('# contact:');
    const errors = checkRegion('proefregio', { contentDir: content, root: work }).filter((f) => f.level === 'fout');
    expect(errors).toEqual([]);
    const build = run('scripts/build.ts', '--region', 'proefregio');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(existsSync(join(work, 'dist', 'proefregio', 'begrippen', 'veiligheidsplan', 'index.html'))).toBe(true);
  }, 120_000);

  it('refuses an unknown collection, region or a duplicate, with a Dutch explanation', () => {
    expect(run('scripts/new-entry.ts', 'kaarten', 'voorbeeld', 'X').stderr).toContain('Onbekende collectie "kaarten"');
    expect(run('scripts/new-entry.ts', 'begrippen', 'nergens', 'X').stderr).toContain('Onbekende regio "nergens"');
    expect(run('scripts/new-entry.ts', 'begrippen', 'voorbeeld', 'Meldcode').stderr).toContain('bestaat al');
    expect(run('scripts/new-region.ts', 'voorbeeld').stderr).toContain('bestaat al');
  });
});
