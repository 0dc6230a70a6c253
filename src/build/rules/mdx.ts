/**
 * Rule "mdx": content is data, never code. Parses the file with the same MDX parser the build uses and
 * refuses every construct outside the closed language (see src/markdown/mdx-rules.ts), with the line.
 * A syntax error the compiler would stop on is reported here too, with its line, so the editor gets a
 * Dutch explanation instead of a failed build.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Finding } from '../content-check.ts';
import { mdxProblems } from '../../markdown/mdx-rules.ts';
import { ALLOWED_ELEMENTS, elementProblems } from '../../markdown/policy.ts';

export const RULE = 'mdx';

export interface ContentTree {
  type: string;
  position?: { start: { line: number; offset?: number }; end?: { offset?: number } } | undefined;
  children?: ContentTree[];
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** The syntax tree of a whole file (frontmatter included, so positions are file lines), or why it does not parse. */
export function parseContent(file: string, text: string, mdx: boolean): { tree?: ContentTree; finding?: Finding } {
  try {
    const tree = (mdx ? mdxToMdast(text, { features: { gfm: true } }) : markdownToMdast(text, { features: { gfm: true } })) as unknown as ContentTree;
    return { tree };
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+)/.exec(message);
    const reason = message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\([\w:-]+\)$/, '');
    return {
      finding: {
        file,
        line: at ? Number(at[1]) : undefined,
        level: 'fout',
        rule: RULE,
        message: `Deze MDX is niet te lezen. Controleer of elke <Kader> en <Citaat> ook gesloten is (</Kader>), of er geen losse { of < in de tekst staat (schrijf &#123; of &lt;), en gebruik geen HTML-commentaar (<!-- -->). Melding van de vertaler: ${reason}`,
      },
    };
  }
}

function walk(node: ContentTree, visit: (node: ContentTree) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function mdxRule(file: string, tree: ContentTree): Finding[] {
  const findings: Finding[] = mdxProblems(tree).map((p) => ({ file, line: p.line, level: 'fout', rule: RULE, message: p.message }));
  // A lower-case element such as <iframe> or <div onclick> gets the HTML reason too, so the editor knows why.
  walk(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || !/^[a-z]/.test(node.name)) return;
    const props = Object.fromEntries((node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute').map((a) => [a.name ?? '', a.value ?? true]));
    const problems = ALLOWED_ELEMENTS.has(node.name) ? elementProblems(node.name, props) : elementProblems(node.name);
    for (const message of problems) findings.push({ file, line: node.position?.start.line, level: 'fout', rule: RULE, message });
  });
  return findings;
}
