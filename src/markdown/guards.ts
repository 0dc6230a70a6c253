/**
 * The build's own guard in the Markdown/MDX pipeline (Sätteri plugins, see astro.config.mjs). The content
 * check refuses the same things earlier with a friendlier message; these plugins make sure that even a
 * build that skipped the check cannot compile code from content or publish forbidden HTML or URLs.
 * They throw, which fails the Astro build for that page.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin, htmlToHast, type HastNode } from 'satteri';
import { mdxNodeProblem } from './mdx-rules.ts';
import { elementProblems, isExternal } from './policy.ts';

export class ContentPolicyError extends Error {}

function where(fileURL: URL | undefined, line?: number): string {
  const file = fileURL ? fileURLToPath(fileURL).replace(/^.*?(content\/)/, '$1') : 'inhoud';
  return line ? `${file}:${line}` : file;
}

function refuse(fileURL: URL | undefined, line: number | undefined, message: string): never {
  throw new ContentPolicyError(`${where(fileURL, line)}: ${message}`);
}

type MdxNode = Parameters<typeof mdxNodeProblem>[0];
const mdxVisit = (node: unknown, ctx: { fileURL: URL | undefined }) => {
  const message = mdxNodeProblem(node as MdxNode);
  if (message) refuse(ctx.fileURL, (node as MdxNode).position?.start.line, message);
};

/** Refuses import/export, {…} expressions and every element other than the documented components. */
export const mdxGuard = defineMdastPlugin({
  name: 'regioportaal-mdx-guard',
  options: { position: true },
  mdxjsEsm: mdxVisit,
  mdxFlowExpression: mdxVisit,
  mdxTextExpression: mdxVisit,
  mdxJsxFlowElement: mdxVisit,
  mdxJsxTextElement: mdxVisit,
});

interface HastLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
  value?: string;
}

/** Problems in a hast tree: every element against the allowlist, raw HTML parsed first. */
export function hastProblems(tree: HastLike): string[] {
  const problems: string[] = [];
  const walk = (node: HastLike) => {
    if (node.type === 'element' && node.tagName) problems.push(...elementProblems(node.tagName, node.properties));
    // Raw HTML that the processor left unparsed is read as HTML, so it gets the same rules.
    if (node.type === 'raw' && typeof node.value === 'string') walk(htmlToHast(node.value, { fragment: true }) as HastLike);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}

/** Refuses HTML outside the allowlist, event and style attributes, and URLs content may not use. */
export const htmlGuard = defineHastPlugin({
  name: 'regioportaal-html-guard',
  before(root, ctx) {
    const problems = hastProblems(root as unknown as HastLike);
    if (problems.length) refuse(ctx.fileURL, undefined, problems.join(' '));
  },
});

/** Links that leave the site tell the other site nothing about the page the reader came from. */
export const externalLinks = defineHastPlugin({
  name: 'regioportaal-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = (node as unknown as HastNode & { properties?: { href?: unknown } }).properties?.href;
      if (typeof href === 'string' && isExternal(href)) ctx.setProperty(node, 'rel', ['noreferrer']);
    },
  },
});

/** The Sätteri options for content: raw HTML parsed into real elements, so the HTML guard sees all of it. */
export const contentProcessorOptions = {
  features: { rawHtml: true },
  mdastPlugins: [mdxGuard],
  hastPlugins: [htmlGuard, externalLinks],
};
