/**
 * Rule "voorbeeldtekst": a published region may not contain the explanatory text of the `npm run nieuw`
 * templates, nor text copied unchanged from the example region (content/voorbeeld/), because readers
 * would take it for the region's own words.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Finding } from '../content-check.ts';
import { PLACEHOLDER_TEXTS } from '../scaffold.ts';
import { parseFrontmatter } from '../frontmatter.ts';
import { ENTRY_COLLECTIONS, regionEntryFiles, SHARED_REGION } from '../regions.ts';

export const RULE = 'voorbeeldtekst';
const EXAMPLE_REGION = 'voorbeeld';
/** Short texts (a title, "Gratis") and names may match by chance; only sentences count as copied. */
const MIN_COPIED_LENGTH = 40;
const MIN_COPIED_WORDS = 8;
const NAME_FIELDS = new Set(['term', 'titel', 'naam', 'afkortingen', 'synoniemen', 'onderdeel', 'document', 'aanbiederNaam', 'locatie']);

export interface ExampleTexts {
  /** Normalised text → the example file it comes from. */
  texts: Map<string, string>;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function textsOf(data: unknown, body: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, v]) => NAME_FIELDS.has(key) || walk(v));
  };
  walk(data);
  out.push(body, ...body.split(/\n\s*\n/));
  return out.map(normalise).filter((t) => t.length >= MIN_COPIED_LENGTH && t.split(' ').length >= MIN_COPIED_WORDS);
}

/** The sentences and paragraphs of the example region, to recognise them when copied. */
export function exampleTexts(contentDir: string): ExampleTexts {
  const texts = new Map<string, string>();
  for (const collection of ENTRY_COLLECTIONS) {
    for (const rel of regionEntryFiles(EXAMPLE_REGION, collection, contentDir)) {
      if (rel.startsWith(`${SHARED_REGION}/`)) continue;
      try {
        const parsed = parseFrontmatter(readFileSync(join(contentDir, rel), 'utf8'));
        for (const text of textsOf(parsed.data, parsed.body)) texts.set(text, `content/${rel}`);
      } catch {
        // the example region is checked on its own
      }
    }
  }
  return { texts };
}

export function placeholderRule(file: string, data: Record<string, unknown>, body: string, examples: ExampleTexts): Finding[] {
  const findings: Finding[] = [];
  const all = JSON.stringify(data) + body;
  for (const placeholder of PLACEHOLDER_TEXTS) {
    if (all.includes(placeholder)) {
      findings.push({
        file,
        level: 'fout',
        rule: RULE,
        message: `Hier staat nog de uitlegtekst van het sjabloon ("${placeholder}"). Vervang die door de echte tekst uit de regiovisie.`,
      });
    }
  }
  for (const text of new Set(textsOf(data, body))) {
    const from = examples.texts.get(text);
    if (from) {
      findings.push({
        file,
        level: 'fout',
        rule: RULE,
        message: `Deze tekst komt letterlijk uit de voorbeeldregio (${from}): "${text.slice(0, 80)}…". Schrijf de tekst van deze regio.`,
      });
      break;
    }
  }
  return findings;
}
