import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRegion } from '../../src/build/content-check.ts';
import { BAD_INPUT, BROKEN_MDX, CIRCULAR_TERMS } from '../fixtures/bad-input.ts';

const work = mkdtempSync(join(tmpdir(), 'regioportaal-bad-input-'));
const dist = join(work, 'dist');

/** A fresh project-shaped folder with the example region and landelijk, plus the case's changes. */
function projectWith(files: Record<string, string | Uint8Array | null>, name: string): string {
  const root = join(work, name.replace(/\W+/g, '-'));
  rmSync(root, { recursive: true, force: true });
  for (const folder of ['voorbeeld', 'landelijk']) cpSync(join('content', folder), join(root, 'content', folder), { recursive: true });
  for (const [file, data] of Object.entries(files)) {
    const path = join(root, file);
    if (data === null) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    }
  }
  return root;
}

function build(root: string, region = 'voorbeeld') {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--region', region], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: join(root, 'content'), DIST_DIR: dist } });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    hash.update(file);
    try {
      hash.update(readFileSync(path));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

let goodHash = '';
beforeAll(() => {
  const good = build(projectWith({}, 'good'));
  expect(good.code, good.output).toBe(0);
  goodHash = treeHash(join(dist, 'voorbeeld'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bad input', () => {
  it('has a corpus of at least 25 cases', () => {
    expect(BAD_INPUT.length).toBeGreaterThanOrEqual(25);
  });

  for (const c of BAD_INPUT) {
    it(`${c.name}: the check names file and field in Dutch, the build fails and the last good site stays byte for byte`, () => {
      const root = projectWith(c.files, c.name);
      const findings = checkRegion(c.region ?? 'voorbeeld', { contentDir: join(root, 'content'), root });
      const errors = findings.filter((f) => f.level === 'fout');
      const match = errors.find((f) => c.expect.file.test(f.file) && c.expect.message.test(f.message) && (!c.expect.field || f.field === c.expect.field));
      expect(match, `expected ${c.expect.message} in:\n${errors.map((f) => `${f.file} [${f.field}] ${f.message}`).join('\n')}`).toBeDefined();

      const result = build(root, c.region);
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(c.expect.message);
      expect(result.output).toContain('niet aangeraakt');
      expect(treeHash(join(dist, 'voorbeeld'))).toBe(goodHash);
      expect(readdirSync(dist).filter((f) => f.startsWith('.bouw-') || f.startsWith('.oud-'))).toEqual([]);
    });
  }

  it('broken MDX that only the real build notices fails the build and leaves the last good site alone', () => {
    const result = build(projectWith(BROKEN_MDX, 'broken-mdx'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('De build is mislukt');
    expect(result.output).toMatch(/Waarschijnlijk zit de fout in content\/voorbeeld\/hoofdstukken\/09-test\.mdx/);
    expect(treeHash(join(dist, 'voorbeeld'))).toBe(goodHash);
  }, 120_000);

  it('related terms that refer to each other in a circle are allowed and build', () => {
    const root = projectWith(CIRCULAR_TERMS, 'circular');
    expect(checkRegion('voorbeeld', { contentDir: join(root, 'content'), root }).filter((f) => f.level === 'fout')).toEqual([]);
    const result = build(root);
    expect(result.code, result.output).toBe(0);
    const page = readFileSync(join(dist, 'voorbeeld', 'begrippen', 'kring-a', 'index.html'), 'utf8');
    expect(page).toContain('/voorbeeld/begrippen/kring-b/');
    expect(page).toContain('/voorbeeld/begrippen/kring-c/');
    expect(existsSync(join(dist, 'voorbeeld', 'begrippen', 'kring-c', 'index.html'))).toBe(true);
  }, 120_000);
});
