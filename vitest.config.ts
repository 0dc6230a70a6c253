import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium per file; two files at a time suit a 2-core machine.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
