import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { listRegionFolders } from '../../src/build/regions.ts';

const readme = readFileSync('README.md', 'utf8');
const workflow = load(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string; uses?: string }[]; strategy?: { matrix?: Record<string, unknown> }; needs?: string | string[] }>;
};
const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? '').join('\n');

describe('the repository workflow', () => {
  it('gives the two commands in the README', () => {
    expect(readme).toContain('npm install && npm run build');
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });

  it('is a valid GitHub Actions workflow that checks and tests every pull request with the README commands', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(Array.isArray(job.steps) && job.steps.length > 0, name).toBe(true);
      for (const step of job.steps) expect(Boolean(step.run) !== Boolean(step.uses), `${name}: a step runs or uses`).toBe(true);
    }
    expect(runs('check')).toContain('npm run check');
    expect(runs('test')).toContain('npm install');
    expect(runs('test')).toContain('npm run build');
    expect(runs('test')).toContain('npm test');
  });

  it('builds each region as a separate parallel job, publishes it as an artifact and deploys main', () => {
    expect(workflow.jobs['build']!.strategy!.matrix!['region']).toBeDefined();
    expect(runs('build')).toContain('npm run build -- --region ${{ matrix.region }}');
    expect(workflow.jobs['build']!.steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
    expect(workflow.jobs['deploy']!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('has a pull-request checklist and a code owner for every region folder', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    for (const item of ['Feiten gecontroleerd', 'Eenvoudige taal', 'Geen privégegevens']) expect(template).toContain(item);
    const owners = readFileSync('.github/CODEOWNERS', 'utf8');
    for (const region of listRegionFolders().filter((r) => r !== 'voorbeeld')) expect(owners, region).toContain(`/content/${region}/`);
  });

  it('has CI that installs Chromium and runs the README test command', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('apt-get install');
    expect(ci).toMatch(/^npm test$/m);
    expect(existsSync('CONTRIBUTING.md')).toBe(true);
  });
});
