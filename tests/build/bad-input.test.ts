import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRegion, formatFindings } from '../../src/build/content-check.ts';
import { ALLOWED_MARKUP, BAD_INPUT, CIRCULAR_TERMS, PAST_SESSION } from '../fixtures/bad-input.ts';

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
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--region', region], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), DIST_DIR: dist },
  });
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
  it('has a corpus of at least 60 cases, a real build for at least 12 of them', () => {
    expect(BAD_INPUT.length).toBeGreaterThanOrEqual(60);
    expect(BAD_INPUT.filter((c) => c.build).length).toBeGreaterThanOrEqual(12);
  });

  for (const c of BAD_INPUT) {
    it(`${c.name}: the check names file and field in Dutch, the build fails and the last good site stays byte for byte`, () => {
      const root = projectWith(c.files, c.name);
      const findings = checkRegion(c.region ?? 'voorbeeld', { contentDir: join(root, 'content'), root });
      const errors = findings.filter((f) => f.level === 'fout');
      const match = errors.find(
        (f) =>
          c.expect.file.test(f.file) &&
          c.expect.message.test(f.message) &&
          (!c.expect.field || f.field === c.expect.field) &&
          (!c.expect.line || f.line === c.expect.line),
      );
      expect(
        match,
        `expected ${c.expect.message}${c.expect.line ? ` on line ${c.expect.line}` : ''} in:\n${errors.map((f) => `${f.file}:${f.line} [${f.field}] ${f.message}`).join('\n')}`,
      ).toBeDefined();
      // What the editor reads: the line is named as "regel N".
      if (c.expect.line) expect(formatFindings([match!])).toContain(`regel ${c.expect.line}`);
      // The build starts with this same check and stops on any error; a subset proves it end to end.
      if (!c.build) return;

      const result = build(root, c.region);
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(c.expect.message);
      expect(result.output).toContain('niet aangeraakt');
      expect(treeHash(join(dist, 'voorbeeld'))).toBe(goodHash);
      expect(readdirSync(dist).filter((f) => f.startsWith('.bouw-') || f.startsWith('.oud-'))).toEqual([]);
    });
  }

  it('a past training session is a warning, not an error', () => {
    const root = projectWith(PAST_SESSION, 'past-session');
    const findings = checkRegion('voorbeeld', { contentDir: join(root, 'content'), root });
    expect(findings.filter((f) => f.level === 'fout')).toEqual([]);
    expect(findings.find((f) => f.rule === 'datums' && f.level === 'waarschuwing')?.message).toMatch(/is al geweest/);
  });

  it('the documented components, harmless HTML and safe links pass the check and build', () => {
    const root = projectWith(ALLOWED_MARKUP, 'allowed-markup');
    expect(checkRegion('voorbeeld', { contentDir: join(root, 'content'), root }).filter((f) => f.level === 'fout')).toEqual([]);
    const result = build(root);
    expect(result.code, result.output).toBe(0);
    const page = readFileSync(join(dist, 'voorbeeld', 'regiovisie', 'test', 'index.html'), 'utf8');
    expect(page).toMatch(/<a href="https:\/\/veiligthuis\.nl" rel="noreferrer">/);
    expect(page).toContain('{code}');
    // Restore the last good site for the tests that follow (a new build time, so a new .ics DTSTAMP).
    expect(build(projectWith({}, 'good')).code).toBe(0);
    goodHash = treeHash(join(dist, 'voorbeeld'));
  }, 240_000);

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
