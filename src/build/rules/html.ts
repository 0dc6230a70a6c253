/**
 * Rule "html": raw HTML in Markdown by allowlist. Every raw HTML piece in the syntax tree is parsed as
 * HTML (entities decoded, the way a browser reads it) and judged by the same rules as the build's HTML
 * guard (src/markdown/policy.ts). Code fences and inline code are text, so they are never judged.
 */
import { htmlToHast } from 'satteri';
import type { Finding } from '../content-check.ts';
import { elementProblems } from '../../markdown/policy.ts';
import type { ContentTree } from './mdx.ts';

export const RULE = 'html';

interface HastLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

export function htmlRule(file: string, tree: ContentTree): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: ContentTree) => {
    if (node.type === 'html' && typeof node.value === 'string') {
      const line = node.position?.start.line;
      const seen = new Set<string>();
      const check = (h: HastLike) => {
        if (h.type === 'element' && h.tagName) {
          for (const message of elementProblems(h.tagName, h.properties)) {
            if (seen.has(message)) continue;
            seen.add(message);
            findings.push({ file, line, level: 'fout', rule: RULE, message });
          }
        }
        for (const child of h.children ?? []) check(child);
      };
      check(htmlToHast(node.value, { fragment: true }) as HastLike);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}
