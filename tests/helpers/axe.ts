/** axe-core for the browser tests: the WCAG 2.2 AA rule tags and the script itself, injected before a page's own scripts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Injected with addInitScript: much faster than re-injecting per analysis.
export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}
