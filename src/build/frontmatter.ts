/** Splits a Markdown/MDX file into YAML frontmatter and body, the way Astro reads it. */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

export interface ParsedEntry {
  data: unknown;
  body: string;
  /** Line number (1-based) where the body starts, for error messages. */
  bodyLine: number;
  /** The frontmatter text between the two --- lines, to find the line of a field. */
  yaml: string;
}

export class FrontmatterError extends Error {
  // A plain field, not a parameter property: Node runs this file by stripping types only.
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Dates stay text (CORE_SCHEMA has no timestamps): the schema then judges what the editor wrote, so that
 * 2027-02-31 is an error instead of silently becoming 3 March (see src/schemas/dates.ts).
 */
const YAML_OPTIONS = { schema: CORE_SCHEMA };

/** A js-yaml failure in Dutch: what is wrong on which line, and how to fix it. */
function explainYaml(error: unknown, firstLine: number, what: string): FrontmatterError {
  const e = error as { mark?: { line: number; snippet?: string }; reason?: string };
  const line = e.mark ? e.mark.line + firstLine : undefined;
  const reason = e.reason ?? '';
  const at = line ? ` op regel ${line}` : '';
  let cause: string;
  if (/tab characters/.test(reason)) cause = 'er staat een tab in de inspringing. Spring in met spaties (twee per niveau), niet met tabs';
  else if (/duplicated mapping key/.test(reason)) cause = 'een veld staat twee keer in de frontmatter. Laat één van beide weg of voeg ze samen';
  else if (/bad indentation of a mapping entry|incomplete explicit mapping pair|multiline key/.test(reason))
    cause =
      'de inspringing klopt niet, of er staat een dubbele punt in een waarde. Zet tekst met ": " erin tussen aanhalingstekens, bijvoorbeeld titel: "Hulp: waar vind je die?"';
  else if (/end of the stream|unexpected end|missed comma|flow collection/.test(reason))
    cause = 'een lijst of tekst is niet afgesloten. Controleer of elke [ een ] heeft en elk aanhalingsteken een tweede';
  else if (/unknown escape sequence/.test(reason))
    cause = 'er staat een \\ in tekst tussen dubbele aanhalingstekens. Gebruik enkele aanhalingstekens of laat de \\ weg';
  else cause = `${reason || 'onleesbaar'}. Controleer inspringing, dubbele punten en aanhalingstekens; zet tekst met ": " tussen aanhalingstekens`;
  return new FrontmatterError(`${what} is geen geldige YAML${at}: ${cause}.`, line);
}

export function parseFrontmatter(source: string): ParsedEntry {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text)) {
      throw new FrontmatterError(
        'De frontmatter is niet afgesloten: er ontbreekt een tweede regel met drie streepjes (---) na de velden. Zet --- op een eigen regel tussen de velden en de tekst.',
        1,
      );
    }
    throw new FrontmatterError('Het bestand begint niet met frontmatter. Zet de velden bovenaan tussen twee regels met drie streepjes (---).', 1);
  }
  let data: unknown;
  try {
    data = loadYaml(match[1]!, YAML_OPTIONS) ?? {};
  } catch (error) {
    throw explainYaml(error, 2, 'De frontmatter');
  }
  return { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length, yaml: match[1]! };
}

export function parseYaml(source: string): unknown {
  try {
    return loadYaml(source.replace(/^\uFEFF/, ''), YAML_OPTIONS);
  } catch (error) {
    throw explainYaml(error, 1, 'Het bestand');
  }
}

/**
 * The line (1-based, counting from `firstLine`) where a field path such as `contact.telefoon` or
 * `data.0.start` is written in YAML text; the line of the nearest parent found when the field itself is
 * missing. Undefined when not even the top-level key is there.
 */
export function lineOfField(yaml: string, path: readonly (string | number)[], firstLine = 1): number | undefined {
  const lines = yaml.split(/\r?\n/);
  const indentOf = (l: string) => /^ */.exec(l)![0].length;
  let from = 0;
  let parentIndent = -1;
  let found: number | undefined;
  for (const segment of path) {
    let hit: number | undefined;
    let count = -1;
    let dashIndent: number | undefined;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.trim() || line.trim().startsWith('#')) continue;
      const indent = indentOf(line);
      if (i > from && indent <= parentIndent && !(typeof segment === 'number' && indent === parentIndent && line.trim().startsWith('- '))) break;
      if (typeof segment === 'number') {
        if ((line.trim().startsWith('- ') || line.trim() === '-') && (dashIndent === undefined || indent === dashIndent)) {
          dashIndent = indent;
          count++;
          if (count === segment) {
            hit = i;
            break;
          }
        }
      } else if (new RegExp(`^\\s*(?:- )?["']?${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`).test(line)) {
        hit = i;
        break;
      }
    }
    if (hit === undefined) break;
    found = hit;
    // The children of a list item "- start: x" sit at the indent of "start", one past the dash.
    parentIndent = typeof segment === 'number' ? indentOf(lines[hit]!) : indentOf(lines[hit]!.replace(/^(\s*)- /, '$1  '));
    from = typeof segment === 'number' ? hit : hit + 1;
  }
  return found === undefined ? undefined : found + firstLine;
}
