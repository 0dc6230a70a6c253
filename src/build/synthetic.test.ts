import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegion } from './content-check.ts';
import { writeSyntheticRegions } from './synthetic.ts';

describe("the benchmark's synthetic regions", () => {
  it('pass the content check, so npm run bench never stops on stale test data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetisch-'));
    try {
      writeSyntheticRegions(join(dir, 'content'), 1);
      const errors = checkRegion('synthetisch-01', { contentDir: join(dir, 'content'), root: dir }).filter((f) => f.level === 'fout');
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
