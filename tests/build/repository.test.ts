import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { listRegionFolders } from '../../src/build/regions.ts';

const readme = readFileSync('README.md', 'utf8');
const workflow = load(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      steps: { run?: string; uses?: string; with?: Record<string, unknown> }[];
      needs?: string | string[];
      'timeout-minutes'?: number;
      permissions?: Record<string, string>;
      concurrency?: { group: string; 'cancel-in-progress': boolean };
    }
  >;
};
const setup = load(readFileSync('.github/actions/setup/action.yml', 'utf8')) as { runs: { steps: { run?: string; uses?: string }[] } };
const allSteps = [...Object.values(workflow.jobs).flatMap((j) => j.steps), ...setup.runs.steps];
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
    expect(runs('check')).toContain('npm run typecheck');
    expect(runs('test')).toContain('npm run build');
    expect(runs('test')).toContain('npm test');
    expect(setup.runs.steps.map((s) => s.run ?? '').join('\n')).toContain('npm ci');
  });

  it('pins every action by commit SHA, with its version in a comment', () => {
    const text = readFileSync('.github/workflows/ci.yml', 'utf8') + readFileSync('.github/actions/setup/action.yml', 'utf8');
    for (const step of allSteps.filter((s) => s.uses && !s.uses.startsWith('./'))) expect(step.uses, step.uses).toMatch(/@[0-9a-f]{40}$/);
    for (const line of text.split('\n').filter((l) => /uses: [^.]/.test(l))) expect(line, line).toMatch(/# v\d/);
  });

  it('deploys exactly the artifact the test job built and tested, in its own uncancelled group, with timeouts', () => {
    const test = workflow.jobs['test']!;
    const deploy = workflow.jobs['deploy']!;
    const uploaded = test.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const downloaded = deploy.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    expect(uploaded.with!['name']).toBe(downloaded.with!['name']);
    expect(deploy.needs).toBe('test');
    expect(deploy.steps.some((s) => s.run?.includes('npm run build'))).toBe(false);
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  it('has a pull-request checklist and a code owner for every region folder', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    for (const item of ['Feiten gecontroleerd', 'Eenvoudige taal', 'Geen privégegevens']) expect(template).toContain(item);
    const owners = readFileSync('.github/CODEOWNERS', 'utf8');
    for (const region of listRegionFolders().filter((r) => r !== 'voorbeeld')) expect(owners, region).toContain(`/content/${region}/`);
  });

  it('has CI that runs exactly the README commands and downloads no browser', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm install && npm run build$/m);
    expect(ci).toMatch(/^npm test$/m);
    expect(ci).not.toMatch(/apt-get|playwright install/);
    expect(existsSync('CONTRIBUTING.md')).toBe(true);
  });
});
