import { defineConfig } from 'vitest/config';

// Three projects, so `npm test -- --project unit` runs in seconds without a build:
// unit (modules, beside their code), build (the built sites in dist/) and browser (Chromium).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium per file; two files at a time suit a 2-core machine.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'] } },
    ],
  },
});
