/** What a first visit to a built page downloads, compressed: shared by the budget tests and the benchmark. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { chapterHtml: 20_480, otherHtml: 10_240, css: 15_360, js: 5_120, firstView: 35_840, wholeDocument: 81_920 };

/** The whole regiovisie on one page is for printing and saving as PDF: it has its own, larger budget. */
export const WHOLE_DOCUMENT_PAGE = 'regiovisie-volledig/';

export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** HTML, stylesheets, module scripts and their static imports; dynamic import() waits for interaction. */
export function firstView(root: string, file: string): { html: number; css: number; js: number; total: number } {
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(root, m[1]!)));
  const js: Buffer[] = [];
  const seen = new Set<string>();
  const addScript = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(root, url));
    js.push(code);
    for (const m of code.toString().matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      addScript(new URL(m[1]!, `http://x${url}`).pathname);
    }
  };
  for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) addScript(m[1]!);
  const sizes = { html: gz(html), css: css.reduce((n, c) => n + gz(c), 0), js: js.reduce((n, c) => n + gz(c), 0) };
  return { ...sizes, total: sizes.html + sizes.css + sizes.js };
}
