/**
 * Field documentation and JSON Schemas generated from the zod schemas themselves, so they cannot drift:
 * types, enums, limits and required-ness come from the schema, meanings from schemas/descriptions.ts.
 */
import { z } from 'astro/zod';
import { begripSchema, hoofdstukSchema, organisatieSchema, regioSchema, slugRef, trainingSchema } from '../schemas/index.ts';
import { DESCRIPTIONS } from '../schemas/descriptions.ts';
import { FIELD_EXAMPLES } from './examples.ts';

export const DOCUMENTED: Record<string, { schema: z.ZodType; file: string }> = {
  regio: { schema: regioSchema, file: 'content/<regio>/regio.yaml' },
  hoofdstukken: { schema: hoofdstukSchema(slugRef), file: 'content/<regio>/hoofdstukken/NN-slug.md' },
  begrippen: { schema: begripSchema(slugRef), file: 'content/<regio>/begrippen/slug.md' },
  organisaties: { schema: organisatieSchema, file: 'content/<regio>/organisaties/slug.md' },
  trainingen: { schema: trainingSchema(slugRef), file: 'content/<regio>/trainingen/slug.md' },
};

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: unknown[];
  anyOf?: Json[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  format?: string;
  pattern?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
};

export function jsonSchema(collection: string): Json & Record<string, unknown> {
  const schema = z.toJSONSchema(DOCUMENTED[collection]!.schema, { unrepresentable: 'any', io: 'input' }) as Json & Record<string, unknown>;
  // Editors get the meaning of each field as autocompletion help.
  const describe = (node: Json, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const text = DESCRIPTIONS[collection]?.[path];
      if (text) child.description = text;
      describe(child.type === 'array' && child.items ? child.items : child, path);
    }
  };
  describe(schema, '');
  return { ...schema, title: `${collection} (regioportaal)` };
}

function typeOf(node: Json): string {
  if (node.enum) return `één van: ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  // A date is JJJJ-MM-DD text in the file (or a Date from YAML): documented as one type.
  if (node.anyOf?.some((n) => n.format === 'date')) return 'datum';
  if (node.anyOf) return node.anyOf.map(typeOf).join(' of ');
  if (node.type === 'array') return `lijst van ${node.items ? typeOf(node.items) : 'waarden'}`;
  if (node.type === 'object') return 'groep velden';
  if (node.format === 'date-time' || node.format === 'date') return 'datum';
  if (node.format === 'uri') return 'https-adres';
  if (node.format === 'email') return 'e-mailadres';
  const limits = [node.minLength !== undefined && node.minLength > 1 ? `min. ${node.minLength}` : '', node.maxLength ? `max. ${node.maxLength} tekens` : '']
    .filter(Boolean)
    .join(', ');
  return `${node.type === 'integer' || node.type === 'number' ? 'getal' : node.type === 'boolean' ? 'true/false' : node.type === 'string' ? 'tekst' : 'waarde'}${limits ? ` (${limits})` : ''}`;
}

/** Every field path of a collection with its documentation row. */
export function fieldRows(collection: string) {
  const rows: { path: string; type: string; required: boolean; description?: string; example?: string; default?: unknown }[] = [];
  const walk = (node: Json, prefix: string) => {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      rows.push({
        path,
        type: typeOf(child),
        required: required.has(key) && child.default === undefined,
        description: DESCRIPTIONS[collection]?.[path],
        example: FIELD_EXAMPLES[path] ?? FIELD_EXAMPLES[key],
        default: child.default,
      });
      const inner = child.type === 'array' && child.items?.type === 'object' ? child.items : child.type === 'object' ? child : undefined;
      if (inner) walk(inner, path);
    }
  };
  walk(z.toJSONSchema(DOCUMENTED[collection]!.schema, { unrepresentable: 'any', io: 'input' }) as Json, '');
  return rows;
}

export function fieldDocsMarkdown(): string {
  const out = [
    '# Velden van de inhoud',
    '',
    "<!-- Gemaakt door `npm run docs` uit src/schemas. Niet met de hand bewerken: een test vergelijkt dit bestand met de schema's. -->",
    '',
    'Elk item is een Markdown-bestand met bovenaan velden (frontmatter) tussen twee regels `---`. Hieronder staat per soort item welke velden er zijn.',
    'Verplichte velden zijn **vet**. Voor editors met autocompletion staan JSON Schemas in `docs/schemas/`.',
    '',
  ];
  for (const [collection, { file }] of Object.entries(DOCUMENTED)) {
    out.push(`## ${collection}`, '', `Bestand: \`${file}\``, '', '| Veld | Soort waarde | Betekenis | Voorbeeld |', '| --- | --- | --- | --- |');
    for (const row of fieldRows(collection)) {
      const name = row.required ? `**\`${row.path}\`**` : `\`${row.path}\``;
      const def =
        row.default !== undefined && !(Array.isArray(row.default) && row.default.length === 0) ? ` Standaard: \`${JSON.stringify(row.default)}\`.` : '';
      out.push(
        `| ${name} | ${row.type.replace(/\|/g, '\\|')} | ${(row.description ?? '').replace(/\|/g, '\\|')}${def} | ${row.example ? `\`${row.example.replace(/\|/g, '\\|')}\`` : ''} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
