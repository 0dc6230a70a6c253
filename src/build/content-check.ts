/**
 * Validates and lints one region's content without building the site: schemas, references between
 * entries, links in bodies and editorial rules. Every finding is Dutch and names file and field.
 * Used by `npm run check`, by the build (which refuses to start on errors) and by the tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  HULP_SOORTEN,
  begripSchema,
  hoofdstukSchema,
  organisatieSchema,
  regioSchema,
  slugRef,
  trainingSchema,
  type OrganisatieSoort,
} from '../schemas/index.ts';
import { headingIds } from '../shared/anchors.ts';
import { exampleFor } from './examples.ts';
import { FrontmatterError, lineOfField, parseFrontmatter, parseYaml } from './frontmatter.ts';
import { parseContent, mdxRule } from './rules/mdx.ts';
import { htmlRule } from './rules/html.ts';
import { linkRule } from './rules/links.ts';
import { chartRule } from './rules/charts.ts';
import { imageRule } from './rules/afbeeldingen.ts';
import { pastSessionRule } from './rules/dates.ts';
import { fileNameRule } from './rules/filenames.ts';
import { placeholderRule, exampleTexts, type ExampleTexts } from './rules/placeholders.ts';
import { conversionRule, headingRule } from './rules/text.ts';
import { internalLinkRule } from './rules/references.ts';
import { freshnessRule, plainLanguageRule, privateEmailRule } from './rules/data.ts';
import { duplicateNameRule, helpRouteRule, providerRule, residentTextRule, sourceRule, type EditorialEntry } from './rules/editorial.ts';
import { CONTENT_DIR, ENTRY_COLLECTIONS, SHARED_REGION, regionEntryFiles, slugOf, type EntryCollection } from './regions.ts';

export type Level = 'fout' | 'waarschuwing';
export interface Finding {
  file: string;
  field?: string;
  message: string;
  level: Level;
  line?: number;
  /** Which rule found it (src/build/rules/), for filtering and tests. */
  rule?: string;
}

export const MAX_FILE_BYTES = 512 * 1024;
export { PLAIN_SENTENCE_WORDS, longSentences } from './rules/data.ts';

const SCHEMAS: Record<EntryCollection, z.ZodType> = {
  hoofdstukken: hoofdstukSchema(slugRef),
  begrippen: begripSchema(slugRef),
  organisaties: organisatieSchema,
  trainingen: trainingSchema(slugRef),
};

interface LoadedEntry {
  collection: EntryCollection;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  mdx: boolean;
  /** The whole file, for rules that parse it. */
  text: string;
}

export interface CheckOptions {
  contentDir?: string;
  now?: Date;
  /** Paths in messages are relative to this folder. */
  root?: string;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeFound(value: unknown): string {
  if (value instanceof Date) return `de datum ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object' && value !== null) return 'een groep velden';
  return `${typeof value === 'number' ? 'het getal' : typeof value === 'boolean' ? 'de waarde' : 'de tekst'} ${JSON.stringify(value)}`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): { field: string; message: string } {
  const field = issue.path.map(String).join('.');
  let message = issue.message;
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) {
    message = `Verplicht veld "${field}" ontbreekt.`;
  } else if (issue.code === 'invalid_type') {
    message = `${message} Gevonden: ${describeFound(value)}.`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `Onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}. Controleer de spelling; alleen velden uit de documentatie (docs/velden.md) zijn toegestaan.`;
  }
  const example = exampleFor(issue.code === 'unrecognized_keys' ? '' : field);
  if (example && !/[Bb]ijvoorbeeld/.test(message)) message += ` Bijvoorbeeld: ${field.split('.').at(-1)}: ${example}`;
  return { field, message };
}

export function schemaFindings(file: string, schema: z.ZodType, data: unknown, yaml?: { text: string; firstLine: number }): Finding[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const issue of result.error.issues) {
    const { field, message } = describeIssue(issue, data);
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The line of the field (or of its parent when it is missing), so the editor can find it.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const line = yaml
      ? lineOfField(
          yaml.text,
          path.map((k) => (typeof k === 'number' ? k : String(k))),
          yaml.firstLine,
        )
      : undefined;
    findings.push({ file, field: field || undefined, message, level: 'fout', line, rule: 'schema' });
  }
  return findings;
}

/** Reads a file as strict UTF-8, with editor-friendly errors for empty, huge or mis-encoded files. */
function readText(path: string, file: string, findings: Finding[]): string | undefined {
  const size = statSync(path).size;
  if (size === 0) {
    findings.push({ file, level: 'fout', message: 'Het bestand is leeg. Vul de verplichte velden in of verwijder het bestand.' });
    return undefined;
  }
  if (size > MAX_FILE_BYTES) {
    findings.push({
      file,
      level: 'fout',
      message: `Het bestand is ${Math.round(size / 1024)} KB; het maximum is ${MAX_FILE_BYTES / 1024} KB. Splits de tekst in meer pagina's.`,
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    findings.push({
      file,
      level: 'fout',
      message: 'Het bestand is niet in UTF-8 opgeslagen. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" → codering UTF-8).',
    });
    return undefined;
  }
}

/** The rules that read the parsed syntax tree: MDX as a closed language, raw HTML by allowlist, links. */
function lintTree(entry: LoadedEntry, findings: Finding[]) {
  const { tree, finding } = parseContent(entry.file, entry.text, entry.mdx);
  if (finding) findings.push(finding);
  if (!tree) return;
  if (entry.mdx) findings.push(...mdxRule(entry.file, tree), ...chartRule(entry.file, tree));
  findings.push(...htmlRule(entry.file, tree), ...linkRule(entry.file, tree, entry.text));
}

function lintBody(entry: LoadedEntry, findings: Finding[], slugs: Record<EntryCollection, Set<string>>, anchors: Map<string, Set<string>>) {
  lintTree(entry, findings);
  findings.push(
    ...conversionRule(entry.file, entry.body, entry.bodyLine),
    ...headingRule(entry.file, entry.body, entry.bodyLine),
    ...internalLinkRule(entry.file, entry.body, entry.bodyLine, slugs, anchors),
  );
}

function lintData(entry: LoadedEntry, findings: Finding[], now: Date) {
  findings.push(...plainLanguageRule(entry.file, entry.data), ...freshnessRule(entry.file, entry.data, now));
}

export function loadRegionSettings(region: string, options: CheckOptions = {}): { data?: z.infer<typeof regioSchema>; findings: Finding[] } {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const root = options.root ?? join(contentDir, '..');
  const path = join(contentDir, region, 'regio.yaml');
  const file = relative(root, path);
  const findings: Finding[] = [];
  if (!existsSync(join(contentDir, region))) {
    return {
      findings: [
        {
          file: relative(root, join(contentDir, region)),
          level: 'fout',
          message: `Onbekende regio "${region}": er is geen map content/${region}/. Kies een bestaande regio of maak er een met: npm run nieuwe-regio -- ${region}`,
        },
      ],
    };
  }
  if (!existsSync(path)) {
    return {
      findings: [
        {
          file,
          level: 'fout',
          message: `De regio "${region}" heeft geen instellingen. Maak content/${region}/regio.yaml, bijvoorbeeld door content/voorbeeld/regio.yaml te kopiëren en aan te passen.`,
        },
      ],
    };
  }
  const text = readText(path, file, findings);
  if (text === undefined) return { findings };
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { findings: [{ file, level: 'fout', message: (error as Error).message }] };
  }
  findings.push(...schemaFindings(file, regioSchema, raw, { text, firstLine: 1 }));
  if (findings.length) return { findings };
  const data = regioSchema.parse(raw);
  if (data.id !== region) {
    findings.push({ file, field: 'id', level: 'fout', message: `"id" is "${data.id}" maar de map heet "${region}". Maak ze gelijk: id: ${region}` });
  }
  if (data.periode.tot < data.periode.van) {
    findings.push({ file, field: 'periode', level: 'fout', message: `"periode.tot" (${data.periode.tot}) ligt vóór "periode.van" (${data.periode.van}).` });
  }
  return { data, findings };
}

/** All findings for one region, including the shared entries it uses. */
const editorialOf = (e: LoadedEntry): EditorialEntry => ({
  collection: e.collection,
  slug: e.slug,
  file: e.file,
  data: e.data,
  body: e.body,
  shared: e.file.includes(`${SHARED_REGION}/`),
});

export function checkRegion(region: string, options: CheckOptions = {}): Finding[] {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const root = options.root ?? join(contentDir, '..');
  const now = options.now ?? new Date();
  const { data: settings, findings } = loadRegionSettings(region, options);
  if (!existsSync(join(contentDir, region))) return findings;

  const entries: LoadedEntry[] = [];
  const slugs = Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<EntryCollection, Set<string>>;
  for (const collection of ENTRY_COLLECTIONS) {
    const files = regionEntryFiles(region, collection, contentDir);
    // Listed once per collection: the shared entries a region file may shadow.
    const sharedBySlug = new Map(regionEntryFiles(SHARED_REGION, collection, contentDir).map((f) => [slugOf(f), f]));
    const bySlug = new Map<string, string>();
    for (const rel of files) {
      const path = join(contentDir, rel);
      const file = relative(root, path);
      const slug = slugOf(rel);
      const previous = bySlug.get(slug);
      if (previous) {
        findings.push({
          file,
          level: 'fout',
          message: `De slug "${slug}" bestaat al in ${previous}. Elke pagina heeft een eigen bestandsnaam nodig: hernoem een van beide.`,
        });
        continue;
      }
      bySlug.set(slug, file);
      const text = readText(path, file, findings);
      if (text === undefined) continue;
      let parsed;
      try {
        parsed = parseFrontmatter(text);
      } catch (error) {
        if (error instanceof FrontmatterError) findings.push({ file, level: 'fout', message: error.message, line: error.line, rule: 'yaml' });
        else throw error;
        continue;
      }
      findings.push(...fileNameRule(file, rel));
      const schemaIssues = schemaFindings(file, SCHEMAS[collection], parsed.data, { text: parsed.yaml, firstLine: 2 });
      findings.push(...schemaIssues);
      slugs[collection].add(slug);
      if (schemaIssues.length || typeof parsed.data !== 'object' || parsed.data === null) continue;
      entries.push({
        collection,
        slug,
        file,
        data: parsed.data as Record<string, unknown>,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        mdx: rel.endsWith('.mdx'),
        text,
      });
      findings.push(...privateEmailRule(file, text));
      // A region entry that shadows a landelijk entry must say so, so that a clash is never accidental.
      if (!rel.startsWith(`${SHARED_REGION}/`) && collection !== 'hoofdstukken') {
        const shared = sharedBySlug.get(slug);
        if (shared && (parsed.data as { vervangtLandelijk?: boolean }).vervangtLandelijk !== true) {
          findings.push({
            file,
            field: 'vervangtLandelijk',
            level: 'fout',
            message: `De slug "${slug}" bestaat ook in content/${shared}. Wil je de landelijke versie voor deze regio vervangen? Zet dan "vervangtLandelijk: true". Anders: kies een andere bestandsnaam.`,
          });
        }
      }
    }
  }

  const refCheck = (entry: LoadedEntry, field: string, collection: EntryCollection, value: unknown) => {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const slug of list) {
      if (typeof slug === 'string' && !slugs[collection].has(slug)) {
        findings.push({
          file: entry.file,
          field,
          level: 'fout',
          message: `Verwijzing naar "${slug}" in "${field}" bestaat niet: er is geen bestand ${slug}.md in ${collection} van deze regio of van landelijk. Controleer de spelling of maak het item aan met: npm run nieuw -- ${collection} ${region} "Titel"`,
        });
      }
    }
  };

  const published = settings !== undefined && settings.voorbeeld !== true && settings.gepubliceerd !== false;
  const examples: ExampleTexts = published ? exampleTexts(contentDir) : { texts: new Map() };
  const gemeenten = new Set(settings?.gemeenten ?? []);
  const anchors = new Map(entries.filter((e) => e.collection === 'hoofdstukken').map((e) => [e.slug, headingIds(e.body)]));
  for (const entry of entries) {
    const d = entry.data;
    if (entry.collection === 'hoofdstukken') {
      refCheck(entry, 'begrippen', 'begrippen', d['begrippen']);
      refCheck(entry, 'organisaties', 'organisaties', d['organisaties']);
      refCheck(entry, 'trainingen', 'trainingen', d['trainingen']);
    }
    if (entry.collection === 'begrippen') refCheck(entry, 'gerelateerd', 'begrippen', d['gerelateerd']);
    if (entry.collection === 'trainingen') refCheck(entry, 'aanbieder', 'organisaties', d['aanbieder']);
    if (entry.collection === 'organisaties' && Array.isArray(d['werkgebied']) && settings) {
      for (const g of d['werkgebied'] as string[]) {
        if (!gemeenten.has(g)) {
          findings.push({
            file: entry.file,
            field: 'werkgebied',
            level: 'fout',
            message: `"${g}" is geen gemeente van deze regio. Kies uit: ${[...gemeenten].join(', ')}; of gebruik werkgebied: regio`,
          });
        }
      }
    }
    lintBody(entry, findings, slugs, anchors);
    // Images in MDX come from the entry's own region folder (content/<region>/afbeeldingen/).
    if (entry.mdx)
      findings.push(...imageRule(entry.file, parseContent(entry.file, entry.text, true).tree ?? { type: 'root' }, dirname(dirname(join(root, entry.file)))));
    lintData(entry, findings, now);
    if (entry.collection === 'trainingen') findings.push(...pastSessionRule(entry.file, entry.data, now));
    // Template text and example content must never reach a published site.
    if (published && !entry.file.includes(`${SHARED_REGION}/`)) findings.push(...placeholderRule(entry.file, entry.data, entry.body, examples));
    const editorial = editorialOf(entry);
    findings.push(...helpRouteRule(editorial, entry.bodyLine), ...sourceRule(editorial), ...providerRule(editorial));
    const contact = d['contact'] as Record<string, unknown> | undefined;
    const shownToResidents =
      HULP_SOORTEN.includes(d['soort'] as OrganisatieSoort) &&
      Boolean(contact && (contact['telefoon'] || contact['email'] || contact['website'] || contact['chat'])) &&
      ((d['situaties'] as unknown[] | undefined) ?? []).length > 0;
    findings.push(...residentTextRule(editorial, shownToResidents));
  }
  findings.push(...duplicateNameRule(entries.map(editorialOf)));
  const volgorde = new Map<number, string>();
  for (const entry of entries.filter((e) => e.collection === 'hoofdstukken')) {
    const n = entry.data['volgorde'] as number;
    if (volgorde.has(n))
      findings.push({
        file: entry.file,
        field: 'volgorde',
        level: 'fout',
        message: `"volgorde: ${n}" wordt ook gebruikt door ${volgorde.get(n)}. Geef elk hoofdstuk een eigen nummer.`,
      });
    volgorde.set(n, entry.file);
  }
  if (!entries.some((e) => e.collection === 'hoofdstukken') && !findings.some((f) => f.level === 'fout')) {
    findings.push({ file: relative(root, join(contentDir, region)), level: 'waarschuwing', message: 'Deze regio heeft nog geen hoofdstukken.' });
  }
  return findings;
}

export function formatFindings(findings: Finding[]): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(`\n${file}`);
    for (const f of list) {
      const where = [f.line ? `regel ${f.line}` : '', f.field ? `veld "${f.field}"` : ''].filter(Boolean).join(', ');
      out.push(`  ${f.level === 'fout' ? '✖ fout' : '⚠ waarschuwing'}${where ? ` (${where})` : ''}: ${f.message}`);
    }
  }
  return out.join('\n');
}
