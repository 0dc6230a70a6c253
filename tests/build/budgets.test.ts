import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, WHOLE_DOCUMENT_PAGE, firstView, gz } from '../../src/build/page-bytes.ts';
import { builtSites, htmlFiles, read } from '../helpers/sites.ts';

// Bytes are deterministic, so budgets are tests; timings live in `npm run bench`.
for (const site of builtSites()) {
  describe(`byte budgets of ${site.dir}`, () => {
    const pages = htmlFiles(site.dir);

    it('keeps compressed HTML at most 20 KB for chapters, 80 KB for the whole printable regiovisie and 10 KB for other pages', () => {
      const over: string[] = [];
      for (const file of pages) {
        const limit = file.includes(WHOLE_DOCUMENT_PAGE)
          ? BUDGET.wholeDocument
          : file.includes(`${site.region}/regiovisie/`)
            ? BUDGET.chapterHtml
            : BUDGET.otherHtml;
        const size = gz(read(file));
        if (size > limit) over.push(`${file}: ${size} B > ${limit} B`);
      }
      expect(over).toEqual([]);
    });

    it('keeps CSS at most 15 KB, JavaScript at most 5 KB outside search, and a first view at most 35 KB', () => {
      const over: string[] = [];
      for (const file of pages) {
        const v = firstView(site.root, file);
        if (v.css > BUDGET.css) over.push(`${file}: CSS ${v.css} B`);
        if (!file.includes('/zoeken/') && v.js > BUDGET.js) over.push(`${file}: JS ${v.js} B`);
        if (v.total > BUDGET.firstView && !file.includes(WHOLE_DOCUMENT_PAGE)) over.push(`${file}: first view ${v.total} B`);
      }
      expect(over).toEqual([]);
    });

    it('has no render-blocking script', () => {
      for (const file of pages) {
        const head = /<head>[\s\S]*<\/head>/.exec(read(file))![0];
        for (const m of head.matchAll(/<script([^>]*)>/g)) {
          expect(m[1], file).toMatch(/type="module"|type="application\/ld\+json"|\bdefer\b|\basync\b/);
        }
      }
      expect(existsSync(join(site.dir, 'index.html'))).toBe(true);
    });
  });
}
