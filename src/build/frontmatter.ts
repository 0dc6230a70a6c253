/** Splits a Markdown/MDX file into YAML frontmatter and body, the way Astro reads it. */
import { load as loadYaml } from 'js-yaml';

export interface ParsedEntry {
  data: unknown;
  body: string;
  /** Line number (1-based) where the body starts, for error messages. */
  bodyLine: number;
}

export class FrontmatterError extends Error {}

export function parseFrontmatter(source: string): ParsedEntry {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new FrontmatterError(
      'Het bestand begint niet met frontmatter. Zet de velden bovenaan tussen twee regels met drie streepjes (---).',
    );
  }
  let data: unknown;
  try {
    data = loadYaml(match[1]!) ?? {};
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    const line = e.mark ? ` op regel ${e.mark.line + 2}` : '';
    throw new FrontmatterError(
      `De frontmatter is geen geldige YAML${line} (${e.reason ?? 'onleesbaar'}). Controleer inspringing, dubbele punten en aanhalingstekens; zet tekst met ": " tussen aanhalingstekens.`,
    );
  }
  return { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function parseYaml(source: string): unknown {
  try {
    return loadYaml(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    const line = e.mark ? ` op regel ${e.mark.line + 1}` : '';
    throw new FrontmatterError(
      `Het bestand is geen geldige YAML${line} (${e.reason ?? 'onleesbaar'}). Controleer inspringing, dubbele punten en aanhalingstekens.`,
    );
  }
}
