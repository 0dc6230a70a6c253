/**
 * Rule "links": every link and image address in the syntax tree, after the parser decoded entities and
 * resolved reference definitions ([x][ref] … [ref]: url), so no spelling hides a javascript: link.
 * Only https:, mailto:, tel:, the site's own schemes and paths inside the site; images only from the site.
 */
import type { Finding } from '../content-check.ts';
import { urlProblem } from '../../markdown/policy.ts';
import type { ContentTree } from './mdx.ts';

export const RULE = 'links';

export function linkRule(file: string, tree: ContentTree, source: string): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: ContentTree) => {
    const line = node.position?.start.line;
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      const offset = node.position?.start.offset;
      const written = offset === undefined ? '' : source.slice(offset, offset + 4);
      // GFM turns a bare www.example.nl into an http:// link; the editor should say which site, securely.
      if (node.type === 'link' && /^www\./i.test(written)) {
        findings.push({
          file,
          line,
          level: 'fout',
          rule: RULE,
          message: `Een los webadres (${node.url.replace(/^https?:\/\//, '')}) wordt een onveilige http-link. Schrijf het volledige adres met https://, bijvoorbeeld https://${node.url.replace(/^https?:\/\//, '')}`,
        });
      } else {
        const problem = urlProblem(node.url, 'link');
        if (problem) findings.push({ file, line, level: 'fout', rule: RULE, message: problem });
      }
    }
    if (node.type === 'image' && typeof node.url === 'string') {
      const problem = urlProblem(node.url, 'resource');
      if (problem)
        findings.push({
          file,
          line,
          level: 'fout',
          rule: RULE,
          message: `Een afbeelding van een andere website is niet toegestaan (die website ziet dan wie de pagina bekijkt). ${problem}`,
        });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}
