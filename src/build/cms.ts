/**
 * The CMS configuration (Decap CMS config.yml), generated from the zod schemas so the form can never ask for
 * something the check refuses: one configuration per region, with a collection per kind of entry in that
 * region's folder (plus the shared `landelijk` entries), every field with its Dutch label and the meaning
 * from schemas/descriptions.ts as hint, required where the schema requires it, fixed choices as select
 * lists, dates as date pickers (JJJJ-MM-DD), references as relation fields to the same region's entries.
 * A unit test (cms.test.ts) compares the field paths, required flags and choices with the schemas.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { begripSchema, hoofdstukSchema, organisatieSchema, slugRef, trainingSchema, type CollectionName } from '../schemas/index.ts';
import { DESCRIPTIONS } from '../schemas/descriptions.ts';
import { SHARED_REGION } from '../shared/collections.ts';
import { env, portalConfig } from './settings.ts';

export type Kind = 'hoofdstukken' | 'begrippen' | 'organisaties' | 'trainingen';

/** References carry the collection they point to, so the generator can make a relation field of them. */
const taggedRef = (collection: CollectionName) => slugRef(collection).meta({ verwijzing: collection });

export const CMS_SCHEMAS: Record<Kind, z.ZodType> = {
  hoofdstukken: hoofdstukSchema(taggedRef),
  begrippen: begripSchema(taggedRef),
  organisaties: organisatieSchema,
  trainingen: trainingSchema(taggedRef),
};

/** The field that names an entry: list view, search and the file name of a new entry. */
const IDENTIFIER: Record<Kind, string> = { hoofdstukken: 'titel', begrippen: 'term', organisaties: 'naam', trainingen: 'titel' };

const COLLECTION_LABELS: Record<Kind, [plural: string, singular: string]> = {
  hoofdstukken: ['Hoofdstukken', 'Hoofdstuk'],
  begrippen: ['Begrippen', 'Begrip'],
  organisaties: ['Sociale kaart (organisaties)', 'Organisatie'],
  trainingen: ['Trainingen en methoden', 'Training'],
};

/** Labels that a split of the field name does not get right. */
const LABELS: Record<string, string> = {
  themas: "Thema's",
  inHetKort: 'In het kort',
  situaties: 'Situaties in de hulpwijzer',
  telefoonToelichting: 'Toelichting bij het telefoonnummer',
  email: 'E-mailadres',
  adresVertrouwelijk: 'Adres is vertrouwelijk',
  vervangtLandelijk: 'Vervangt het landelijke item',
  algemeen: 'Algemene uitleg (niet uit de regiovisie)',
  algemeneUitleg: 'Extra algemene uitleg',
  gecontroleerd: 'Laatst gecontroleerd',
  aanbiederNaam: 'Naam van de aanbieder',
  aanbiederNietGenoemd: 'Aanbieder niet genoemd',
  data: 'Geplande data',
  bron: 'Bron in het document',
  gerelateerd: 'Verwante begrippen',
};

export function label(key: string): string {
  if (LABELS[key]) return LABELS[key]!;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Json = {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: string[];
  anyOf?: Json[];
  const?: unknown;
  default?: unknown;
  maxLength?: number;
  format?: string;
  verwijzing?: CollectionName;
};

export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  field?: CmsField;
  fields?: CmsField[];
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  value_type?: string;
  /** For the admin site's own widgets: which schema field checks the value ("organisaties:contact.telefoon"). */
  schema?: string;
};

const isDate = (node: Json) => Boolean(node.anyOf?.some((n) => n.format === 'date'));
const LONG_TEXT = 200;

function fieldFor(kind: Kind, region: string, key: string, path: string, node: Json, required: boolean, inOptional: boolean): CmsField {
  const description = DESCRIPTIONS[kind]?.[path.replace(/\.\*/g, '')];
  const base: CmsField = { name: key, label: label(key), widget: 'string', required, ...(description ? { hint: description } : {}) };
  if (node.default !== undefined && !(Array.isArray(node.default) && node.default.length === 0)) base.default = node.default;
  const schema = `${kind}:${path}`;
  const relation = (target: CollectionName, multiple: boolean): CmsField => ({
    ...base,
    widget: 'relation',
    collection: `${region}-${target}`,
    value_field: '{{slug}}',
    search_fields: [IDENTIFIER[target]],
    display_fields: [IDENTIFIER[target]],
    options_length: 1000,
    multiple,
  });
  if (node.verwijzing) return relation(node.verwijzing, false);
  if (node.enum) return { ...base, widget: 'select', options: node.enum.map((v) => ({ label: v, value: v })) };
  if (isDate(node)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  if (node.anyOf?.some((n) => n.const !== undefined)) return { ...base, widget: 'werkgebied', schema };
  if (node.anyOf) return { ...base, widget: 'tekst', schema };
  if (node.type === 'boolean') return { ...base, widget: 'boolean' };
  if (node.type === 'integer' || node.type === 'number') return { ...base, widget: 'number', value_type: node.type === 'integer' ? 'int' : 'float' };
  if (node.type === 'object') return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(kind, region, node, path, inOptional || !required) };
  if (node.type === 'array') {
    const items = node.items ?? {};
    if (items.verwijzing) return relation(items.verwijzing, true);
    if (items.enum) return { ...base, widget: 'select', multiple: true, options: items.enum.map((v) => ({ label: v, value: v })) };
    if (items.type === 'object') return { ...base, widget: 'list', fields: fieldsOf(kind, region, items, `${path}.*`, inOptional) };
    return { ...base, widget: 'list', field: { name: key, label: label(key), widget: 'tekst', schema: `${kind}:${path}.*` } };
  }
  return { ...base, widget: (node.maxLength ?? 0) > LONG_TEXT ? 'tekstvak' : 'tekst', schema };
}

/**
 * Decap checks a required field inside an optional group even when the whole group is left empty (an
 * organisation without an address could then not be saved). Inside an optional group the form therefore
 * requires nothing; the hint says which parts belong together, and the check still refuses half an address.
 */
function fieldsOf(kind: Kind, region: string, node: Json, prefix: string, inOptional = false): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const schemaRequired = required.has(key) && child.default === undefined;
    const field = fieldFor(kind, region, key, path, child, schemaRequired && !inOptional, inOptional);
    if (schemaRequired && inOptional) field.hint = `${field.hint ? `${field.hint} ` : ''}Verplicht als u deze groep invult.`;
    return field;
  });
}

export function jsonOf(kind: Kind): Json {
  return z.toJSONSchema(CMS_SCHEMAS[kind], { unrepresentable: 'any', io: 'input' }) as Json;
}

const BODY_HINT =
  'De tekst van de pagina, in Markdown. Een kop begint met ## . Een link naar een ander item: [Veilig Thuis](organisatie:veilig-thuis) of [MDA++](begrip:mda).';

export function entryFields(kind: Kind, region: string, mdx = false): CmsField[] {
  const body: CmsField = {
    name: 'body',
    label: 'Tekst',
    widget: 'text',
    required: false,
    hint: mdx
      ? `${BODY_HINT} In dit bestand mag u ook <Kader titel="..."> ... </Kader> en <Citaat bron="..."> ... </Citaat> gebruiken; sluit ze altijd af.`
      : BODY_HINT,
  };
  return [...fieldsOf(kind, region, jsonOf(kind), ''), body];
}

export interface CmsOptions {
  /** Address of the OAuth client for GitHub sign-in (README, "Inloggen in het beheer"). */
  oauthUrl?: string;
  /** decap-server for local work and tests; Decap uses it only on localhost and 127.0.0.1. */
  localBackendUrl?: string;
}

function collection(region: string, kind: Kind, mdx: boolean, shared: boolean) {
  const [plural, singular] = COLLECTION_LABELS[kind];
  const where = shared ? 'Landelijk: ' : '';
  return {
    name: `${region}-${kind}${mdx ? '-mdx' : ''}`,
    label: `${where}${plural}${mdx ? ' met kaders (MDX)' : ''}`,
    label_singular: `${where}${singular}`,
    description: shared ? 'Landelijke items staan in elke regio. Wijzig ze alleen in overleg met de beheerders van het portaal.' : undefined,
    folder: `content/${region}/${kind}`,
    extension: mdx ? 'mdx' : 'md',
    format: 'frontmatter-behoud',
    create: true,
    delete: false,
    identifier_field: IDENTIFIER[kind],
    // Hoofdstukken are ordered by the number in their file name (slugOf drops it again).
    slug: kind === 'hoofdstukken' ? '{{fields.volgorde}}-{{slug}}' : '{{slug}}',
    summary: `{{${IDENTIFIER[kind]}}}`,
    sortable_fields: [IDENTIFIER[kind]],
    editor: { preview: false },
    fields: entryFields(kind, region, mdx),
  };
}

/** owner/name of the GitHub repository in portal.config.json. */
export function repoSlug(repository = portalConfig.repository): string {
  return new URL(repository).pathname.replace(/^\/|\.git$|\/$/g, '');
}

export function cmsConfig(region: string, options: CmsOptions = {}) {
  const oauthUrl = options.oauthUrl ?? env('CMS_OAUTH_URL');
  const kinds: Kind[] = ['hoofdstukken', 'begrippen', 'organisaties', 'trainingen'];
  const collections = [
    ...kinds.flatMap((kind) =>
      kind === 'hoofdstukken' ? [collection(region, kind, false, false), collection(region, kind, true, false)] : [collection(region, kind, false, false)],
    ),
    collection(SHARED_REGION, 'begrippen', false, true),
    collection(SHARED_REGION, 'organisaties', false, true),
  ].map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));
  return {
    backend: {
      name: 'github',
      repo: repoSlug(),
      branch: portalConfig.branch,
      ...(oauthUrl ? { base_url: oauthUrl.replace(/\/$/, ''), auth_endpoint: 'auth' } : {}),
      squash_merges: true,
      cms_label_prefix: 'cms/',
      commit_messages: {
        create: 'Nieuw: {{slug}} ({{collection}}), via het beheer',
        update: 'Bijgewerkt: {{slug}} ({{collection}}), via het beheer',
        delete: 'Verwijderd: {{slug}} ({{collection}}), via het beheer',
        uploadMedia: 'Bestand toegevoegd: {{path}}',
        deleteMedia: 'Bestand verwijderd: {{path}}',
        openAuthoring: '{{message}}',
      },
    },
    local_backend: { url: options.localBackendUrl ?? 'http://localhost:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] },
    // Every save is a branch and a pull request: concept, ter beoordeling, klaar.
    publish_mode: 'editorial_workflow',
    locale: 'nl',
    site_url: `${portalConfig.siteUrl.replace(/\/$/, '')}/${region}/`,
    display_url: `${portalConfig.siteUrl.replace(/\/$/, '')}/${region}/`,
    // Content has no images; Decap asks for a media folder all the same.
    media_folder: 'public/beheer-bestanden',
    public_folder: '/beheer-bestanden',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

export function cmsConfigYaml(region: string, options: CmsOptions = {}): string {
  return `# Gemaakt door src/build/cms.ts uit de schema's. Niet met de hand bewerken.\n${stringify(cmsConfig(region, options), { lineWidth: 0 })}`;
}

/** Every field path of a collection's form with required flag and choices, for the drift test. */
export function formFieldPaths(fields: CmsField[], prefix = ''): { path: string; required: boolean; options?: string[] }[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const row = { path, required: Boolean(f.required), ...(f.options ? { options: f.options.map((o) => o.value) } : {}) };
    return [row, ...(f.fields ? formFieldPaths(f.fields, path) : [])];
  });
}
