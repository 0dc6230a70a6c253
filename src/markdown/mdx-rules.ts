/**
 * MDX as a closed language. Content is data, never code: an MDX file may use Markdown and the documented
 * components (Kader, Citaat) with literal text attributes, and nothing else. No import/export, no {…}
 * expressions, no other or lower-case elements, no spread or expression attributes, no set:html and no
 * attribute with ':' (Astro directives). Judged on the parsed syntax tree, so no spelling or line break
 * can hide a construct.
 */

import { CHART_ATTRIBUTES } from '../shared/chart.ts';

/** The components an author may use, with the attributes each accepts (see src/site/components/mdx/). */
export const MDX_COMPONENTS: Record<string, readonly string[]> = {
  Kader: ['titel'],
  Citaat: ['bron'],
  // Charts (src/site/components/mdx/Grafiek*.astro); their numbers are checked by src/build/rules/charts.ts.
  GrafiekStaaf: CHART_ATTRIBUTES,
  GrafiekGestapeld: CHART_ATTRIBUTES,
  GrafiekLijn: CHART_ATTRIBUTES,
  GrafiekDeel: CHART_ATTRIBUTES,
  // A local image (src/site/components/mdx/Afbeelding.astro), checked by src/build/rules/afbeeldingen.ts.
  Afbeelding: ['bestand', 'alt', 'onderschrift'],
};

export interface MdxProblem {
  line?: number;
  message: string;
}

interface Point {
  line: number;
}
interface TreeNode {
  type: string;
  position?: { start: Point } | undefined;
  children?: TreeNode[];
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

// Names only: with every attribute the list is too long to read; an unknown attribute gets its own message.
const names = Object.keys(MDX_COMPONENTS).map((name) => `<${name}>`);
const COMPONENT_LIST = `${names.slice(0, -1).join(', ')} en ${names.at(-1)} (zie CONTRIBUTING.md)`;

/** The problem with one MDX node, or undefined when it is allowed. */
export function mdxNodeProblem(node: TreeNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return `import en export zijn niet toegestaan in MDX: inhoud is tekst, geen code. De componenten ${COMPONENT_LIST} zijn altijd beschikbaar. Verwijder deze regel.`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `Een {…}-uitdrukking ("{${String(node.value ?? '')
        .trim()
        .slice(0, 40)}}") is code en niet toegestaan in inhoud. Schrijf { als &#123; en } als &#125;, of zet het tussen backticks (\`{zo}\`).`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const allowed = MDX_COMPONENTS[name];
      if (!allowed) {
        if (!name) return `Een leeg element (<>…</>) is niet toegestaan. Gebruik gewone tekst, of ${COMPONENT_LIST}.`;
        if (/^[a-z]/.test(name))
          return `Het HTML-element <${name}> is niet toegestaan in MDX. Gebruik Markdown (bijvoorbeeld **vet**, lijsten, tabellen) of ${COMPONENT_LIST}. Bedoel je het teken <? Schrijf dan &lt;.`;
        return `Onbekend component <${name}>. Toegestaan zijn alleen ${COMPONENT_LIST}.`;
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute')
          return `Een {…}-attribuut of {...spread} op <${name}> is code en niet toegestaan. Schrijf de waarde als tekst tussen aanhalingstekens, bijvoorbeeld <${name} ${allowed[0]}="…">.`;
        const attr = attribute.name ?? '';
        if (attr.includes(':'))
          return `Het attribuut "${attr}" op <${name}> is niet toegestaan: attributen met ":" (zoals set:html) voeren code of ruwe HTML uit. Verwijder het.`;
        if (!allowed.includes(attr))
          return `Onbekend attribuut "${attr}" op <${name}>. Toegestaan: ${allowed.join(', ')}, bijvoorbeeld <${name} ${allowed[0]}="…">.`;
        if (typeof attribute.value !== 'string') {
          return attribute.value === null || attribute.value === undefined
            ? `Het attribuut "${attr}" op <${name}> heeft geen waarde. Schrijf ${attr}="…" met tekst tussen aanhalingstekens.`
            : `Het attribuut "${attr}" op <${name}> heeft een {…}-waarde; dat is code. Schrijf de waarde als tekst tussen aanhalingstekens: ${attr}="…".`;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Every MDX construct in a parsed tree that content may not use. */
export function mdxProblems(tree: TreeNode): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const walk = (node: TreeNode) => {
    const message = mdxNodeProblem(node);
    if (message) problems.push({ line: node.position?.start.line, message });
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}
