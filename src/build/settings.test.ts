import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARS, portalConfig, siteSettings } from './settings.ts';

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro)$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));

describe('settings', () => {
  it('documents every environment variable in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const name of Object.keys(ENV_VARS)) expect(readme, name).toContain(`\`${name}\``);
  });

  it('is the only code that reads process.env or regio.yaml directly', () => {
    const offenders = [...codeFiles('src'), ...codeFiles('scripts')]
      .filter((f) => !f.endsWith(join('build', 'settings.ts')))
      .filter((f) => /process\.env\.[A-Z_]+|process\.env\[['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('validates the portal configuration and derives each region base from it', () => {
    expect(portalConfig.siteUrl).toMatch(/^https:\/\//);
    const s = siteSettings('twente', { SITE_BASE: '/' });
    expect(s.base).toBe('/');
    expect(siteSettings('twente', {}).base).toBe('/twente/');
  });
});
