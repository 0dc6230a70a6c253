/**
 * Rule "grafiek": every chart (<GrafiekStaaf>, <GrafiekGestapeld>, <GrafiekLijn>, <GrafiekDeel>) has a title,
 * says where in the regiovisie its numbers are, and has numbers the chart can draw: one Markdown table inside
 * the element, or a `data` attribute. The numbers are read by the same parser the chart itself uses
 * (src/shared/chart.ts), so what passes here always draws, and each message names the table row to fix.
 */
import type { Finding } from '../content-check.ts';
import { CHART_COMPONENTS, chartData, rowsFromAttribute } from '../../shared/chart.ts';
import type { ContentTree } from './mdx.ts';

export const RULE = 'grafiek';

/** Text of a table cell as the reader sees it; a footnote reference is no part of the number. */
function cellText(node: ContentTree): string {
  if (node.type === 'footnoteReference') return '';
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(cellText).join('');
}

function attributes(node: ContentTree): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') out[a.name] = a.value;
  return out;
}

export function chartRule(file: string, tree: ContentTree): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: ContentTree) => {
    const kind = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name ? CHART_COMPONENTS[node.name] : undefined;
    if (kind) check(node, kind);
    else for (const child of node.children ?? []) visit(child);
  };
  const check = (node: ContentTree, kind: NonNullable<(typeof CHART_COMPONENTS)[string]>) => {
    const name = node.name!;
    const line = node.position?.start.line;
    const add = (message: string, at = line) => findings.push({ file, line: at, level: 'fout', rule: RULE, message: `<${name}>: ${message}` });
    const attrs = attributes(node);
    if (!attrs['titel']?.trim()) add('de grafiek heeft geen titel. Schrijf titel="…", bijvoorbeeld titel="Meldingen bij Veilig Thuis per jaar".');
    if (!attrs['bron']?.trim())
      add(
        'de grafiek zegt niet waar de cijfers in de regiovisie staan. Schrijf bron="…" met het hoofdstuk of de tabel en de pagina, bijvoorbeeld bron="hoofdstuk 3, tabel 2 (pagina 14)".',
      );
    const content = (node.children ?? []).filter((c) => !(c.type === 'text' && !String(c.value ?? '').trim()));
    const tables = content.filter((c) => c.type === 'table');
    if (content.length > tables.length)
      add(
        'zet in een grafiek alleen de tabel met de cijfers. Tekst over de grafiek hoort erboven of eronder, buiten <' + name + '>.',
        content.find((c) => c.type !== 'table')?.position?.start.line ?? line,
      );
    if (tables.length > 1) add('de grafiek bevat meer dan één tabel. Maak voor elke tabel een eigen grafiek.', tables[1]!.position?.start.line);
    let rows: string[][];
    let rowLines: (number | undefined)[];
    if (attrs['data'] !== undefined) {
      if (tables.length) add('de grafiek heeft zowel data="…" als een tabel. Kies één van de twee: de tabel, als die al in de tekst stond.');
      const parsed = rowsFromAttribute(attrs['data'], attrs['kolom']);
      if ('problem' in parsed) {
        add(parsed.problem);
        return;
      }
      rows = parsed.rows;
      rowLines = rows.map(() => line);
    } else if (tables[0]) {
      const rowNodes = tables[0].children ?? [];
      rows = rowNodes.map((r) => (r.children ?? []).map((c) => cellText(c).replace(/\s+/g, ' ').trim()));
      rowLines = rowNodes.map((r) => r.position?.start.line);
    } else {
      add(
        'de grafiek heeft geen cijfers. Zet de Markdown-tabel uit de tekst tussen <' +
          name +
          ' …> en </' +
          name +
          '> (met een lege regel ervoor en erna), of schrijf data="2019: 120; 2020: 135".',
      );
      return;
    }
    const { problems } = chartData(kind, rows, { kolom: attrs['kolom'], kolommen: attrs['kolommen'], rijen: attrs['rijen'] });
    for (const p of problems)
      add(
        `${p.message} Pas de cijfers aan zoals ze in de regiovisie staan, of laat de tabel zonder grafiek staan.`,
        p.row !== undefined ? (rowLines[p.row] ?? line) : line,
      );
  };
  visit(tree);
  return findings;
}
