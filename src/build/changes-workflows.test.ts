import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'timeout-minutes'?: number; steps: { uses?: string; run?: string }[] }>;
};
const read = (name: string) => ({
  text: readFileSync(`.github/workflows/${name}`, 'utf8'),
  flow: load(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow,
});

describe.each(['preview.yml', 'freshness.yml'])('workflow %s', (name) => {
  const { text, flow } = read(name);

  it('pins every action by commit with its version in a comment, and sets timeouts', () => {
    for (const line of text.split('\n').filter((l) => /uses:\s/.test(l))) {
      if (/uses:\s+\.\//.test(line)) continue;
      expect(line).toMatch(/uses:\s+[\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
    for (const [job, spec] of Object.entries(flow.jobs)) expect(spec['timeout-minutes'], job).toBeGreaterThan(0);
  });

  it('asks only for the permissions it needs', () => {
    const allowed = name === 'preview.yml' ? { contents: 'read' } : { contents: 'read', issues: 'write' };
    expect(flow.permissions).toEqual(allowed);
  });
});

describe('what the workflows run', () => {
  it('preview: regions from the diff with the target branch, a summary, a build per region, an artifact', () => {
    const { text, flow } = read('preview.yml');
    expect(Object.keys(flow.on)).toEqual(['pull_request']);
    expect(text).toContain('npm run --silent wijzigingen -- "origin/$BASE_REF" --regios');
    expect(text).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(text).toContain('npm run build -- --region "$region"');
    expect(text).toContain('actions/upload-artifact@');
    // Untrusted values only through env, never pasted into a script.
    for (const step of flow.jobs['preview']!.steps) expect(step.run ?? '', step.run).not.toMatch(/\$\{\{/);
  });

  it('freshness: weekly and on demand, one issue per region with gh', () => {
    const { text, flow } = read('freshness.yml');
    expect(Object.keys(flow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(text).toContain('npm run --silent verouderd -- --uitvoer');
    expect(text).toMatch(/gh issue create --title "\$title" --label verouderd/);
    expect(text).toMatch(/gh issue edit "\$number"/);
    expect(text).toMatch(/gh issue close "\$number"/);
  });
});
