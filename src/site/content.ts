/** Reads the current region's collections, sorted and shaped for the pages. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { createMatcher, markdownToText, mentionedSlugs, type GlossaryTerm } from '../shared/glossary.ts';
import { slugify } from '../shared/urls.ts';
import { DOELGROEPEN, HULP_SOORTEN, SOORTEN_TRAINING, THEMAS, type SITUATIES } from '../schemas/index.ts';
import type { FilterDimension } from '../shared/filters.ts';

export type Hoofdstuk = CollectionEntry<'hoofdstukken'>;
export type Begrip = CollectionEntry<'begrippen'>;
export type Organisatie = CollectionEntry<'organisaties'>;
export type Training = CollectionEntry<'trainingen'>;
export type Situatie = (typeof SITUATIES)[number];

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export async function getRegio() {
  const [entry] = await getCollection('regio');
  if (!entry) throw new Error('Geen regio.yaml gevonden voor deze build (REGION).');
  return entry.data;
}

export async function getHoofdstukken(): Promise<Hoofdstuk[]> {
  return (await getCollection('hoofdstukken')).sort((a, b) => a.data.volgorde - b.data.volgorde);
}

export async function getBegrippen(): Promise<Begrip[]> {
  return (await getCollection('begrippen')).sort((a, b) => collator.compare(a.data.term, b.data.term));
}

export async function getOrganisaties(): Promise<Organisatie[]> {
  return (await getCollection('organisaties')).sort((a, b) => collator.compare(a.data.naam, b.data.naam));
}

export async function getTrainingen(): Promise<Training[]> {
  return (await getCollection('trainingen')).sort((a, b) => collator.compare(a.data.titel, b.data.titel));
}

export function glossaryTerms(begrippen: Begrip[]): GlossaryTerm[] {
  return begrippen.map((b) => ({ slug: b.id, term: b.data.term, afkortingen: b.data.afkortingen, synoniemen: b.data.synoniemen, definitie: b.data.definitie }));
}

let mentionIndex: Promise<Map<string, Hoofdstuk[]>> | undefined;
/** For every begrip, the chapters that mention it (by the same matcher that links first mentions). */
export function chaptersMentioning(): Promise<Map<string, Hoofdstuk[]>> {
  mentionIndex ??= (async () => {
    const [hoofdstukken, begrippen] = await Promise.all([getHoofdstukken(), getBegrippen()]);
    const matcher = createMatcher(glossaryTerms(begrippen));
    const index = new Map<string, Hoofdstuk[]>();
    for (const h of hoofdstukken) {
      const slugs = new Set([...mentionedSlugs(matcher, markdownToText(h.body ?? '')), ...h.data.begrippen.map((r) => r.id)]);
      for (const slug of slugs) index.set(slug, [...(index.get(slug) ?? []), h]);
    }
    return index;
  })();
  return mentionIndex;
}

/** Chapters that reference an organisation or training in frontmatter or with a link in the text. */
export async function chaptersReferencing(kind: 'organisaties' | 'trainingen', slug: string): Promise<Hoofdstuk[]> {
  const scheme = kind === 'organisaties' ? 'organisatie' : 'training';
  return (await getHoofdstukken()).filter(
    (h) => h.data[kind].some((r) => r.id === slug) || (h.body ?? '').includes(`](${scheme}:${slug})`) || (h.body ?? '').includes(`](${scheme}:${slug}#`),
  );
}

export function servesGemeente(org: Organisatie, gemeente: string): boolean {
  const w = org.data.werkgebied;
  return w === 'regio' || w === 'landelijk' || w.includes(gemeente);
}

export function gemeentePaths(gemeenten: string[]) {
  return gemeenten.map((naam) => ({ naam, slug: slugify(naam) }));
}

export async function resolveOrganisatie(ref: { id: string } | undefined) {
  return ref ? getEntry('organisaties', ref.id) : undefined;
}

let linkContextPromise:
  Promise<{ matcher: ReturnType<typeof createMatcher>; terms: Map<string, GlossaryTerm>; slugs: Record<string, Set<string>> }> | undefined;
/** Everything the build-time linker needs, computed once per build. */
export function linkContext() {
  linkContextPromise ??= (async () => {
    const [begrippen, organisaties, trainingen, hoofdstukken] = await Promise.all([getBegrippen(), getOrganisaties(), getTrainingen(), getHoofdstukken()]);
    const terms = glossaryTerms(begrippen);
    return {
      matcher: createMatcher(terms),
      terms: new Map(terms.map((term) => [term.slug, term])),
      slugs: {
        begrippen: new Set(begrippen.map((e) => e.id)),
        organisaties: new Set(organisaties.map((e) => e.id)),
        trainingen: new Set(trainingen.map((e) => e.id)),
        hoofdstukken: new Set(hoofdstukken.map((e) => e.id)),
      },
    };
  })();
  return linkContextPromise;
}

/** Filter dimensions of the sociale kaart: doelgroep, thema and gemeente. */
export function orgDimensions(gemeenten: string[], label: (key: string) => string): FilterDimension<Organisatie>[] {
  return [
    { filter: 'doelgroep', values: [...DOELGROEPEN], label: (v) => label(`doelgroep.${v}`), matches: (o, v) => o.data.doelgroepen.includes(v as never) },
    { filter: 'thema', values: [...THEMAS], label: (v) => label(`thema.${v}`), matches: (o, v) => o.data.themas.includes(v as never) },
    { filter: 'gemeente', values: gemeenten, label: (v) => v, matches: (o, v) => servesGemeente(o, v) },
  ];
}

/** Filter dimensions of the training catalogue: soort and doelgroep. */
export function trainingDimensions(label: (key: string) => string): FilterDimension<Training>[] {
  return [
    { filter: 'soort', values: [...SOORTEN_TRAINING], label: (v) => label(`trainingsoort.${v}`), matches: (tr, v) => tr.data.soort === v },
    { filter: 'doelgroep', values: [...DOELGROEPEN], label: (v) => label(`doelgroep.${v}`), matches: (tr, v) => tr.data.doelgroepen.includes(v as never) },
  ];
}

/** A service a resident can actually reach: a help service with its own phone, e-mail, website or chat. */
export function isReachable(org: Organisatie): boolean {
  const c = org.data.contact;
  return HULP_SOORTEN.includes(org.data.soort) && Boolean(c && (c.telefoon || c.email || c.website || c.chat));
}

/**
 * What a resident should turn to first, per situation: national or regional services by slug (a region
 * overrides one by the same slug) or by name ("Veilig Thuis Drenthe" counts as Veilig Thuis).
 */
const FIRST: Record<Situatie, { slug: string; naam?: RegExp }[]> = {
  'nu-in-gevaar': [{ slug: 'alarmnummer-112' }, { slug: 'politie' }, { slug: 'veilig-thuis', naam: /^Veilig Thuis\b/ }],
  'geweld-thuis': [
    { slug: 'veilig-thuis', naam: /^Veilig Thuis\b/ },
    { slug: 'alarmnummer-112' },
    { slug: 'centrum-seksueel-geweld', naam: /^Centrum Seksueel Geweld\b/ },
  ],
  'seksueel-geweld': [
    { slug: 'centrum-seksueel-geweld', naam: /^Centrum Seksueel Geweld\b/ },
    { slug: 'alarmnummer-112' },
    { slug: 'veilig-thuis', naam: /^Veilig Thuis\b/ },
  ],
  'kind-of-jongere': [{ slug: 'kindertelefoon' }, { slug: 'alarmnummer-112' }, { slug: 'veilig-thuis', naam: /^Veilig Thuis\b/ }],
  'zorgen-om-ander': [{ slug: 'veilig-thuis', naam: /^Veilig Thuis\b/ }, { slug: 'alarmnummer-112' }],
  // Help to stop comes first for someone who uses violence; Veilig Thuis follows (see LAST).
  'ik-pleeg-geweld': [],
  professional: [{ slug: 'veilig-thuis', naam: /^Veilig Thuis\b/ }],
};
const LAST: Partial<Record<Situatie, string[]>> = { 'ik-pleeg-geweld': ['veilig-thuis', 'alarmnummer-112'] };

function rankOf(org: Organisatie, rules: { slug: string; naam?: RegExp }[]): number {
  const i = rules.findIndex((r) => org.id === r.slug || Boolean(r.naam?.test(org.data.naam)));
  return i === -1 ? rules.length : i;
}

/**
 * The help-finder list for a situation, ranked by what to do first, with only reachable services:
 * first the services the situation names, then regional services for it (for perpetrators, those for
 * plegers first), then national ones. `gemeente` narrows to services that are there only for that gemeente.
 */
export function helpFor(orgs: Organisatie[], situatie: Situatie): Organisatie[] {
  const first = FIRST[situatie];
  const last = LAST[situatie] ?? [];
  const candidates = orgs.filter((o) => isReachable(o) && (o.data.situaties.includes(situatie) || rankOf(o, first) < first.length));
  const key = (o: Organisatie): [number, number, number, string] => [
    last.includes(o.id) || (situatie === 'ik-pleeg-geweld' && /^Veilig Thuis\b/.test(o.data.naam)) ? 2 : rankOf(o, first) < first.length ? 0 : 1,
    rankOf(o, first),
    (situatie === 'ik-pleeg-geweld' && !o.data.doelgroepen.includes('plegers') ? 1 : 0) + (o.data.werkgebied === 'landelijk' ? 2 : 0),
    o.data.naam,
  ];
  return candidates.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    return collator.compare(ka[3], kb[3]);
  });
}

/** Gemeenten for which the region has reachable help of its own for this situation (werkgebied lists them). */
export function gemeentenWithOwnHelp(orgs: Organisatie[], situatie: Situatie, gemeenten: string[]): string[] {
  const own = helpFor(orgs, situatie).filter((o) => Array.isArray(o.data.werkgebied));
  return gemeenten.filter((g) => own.some((o) => (o.data.werkgebied as string[]).includes(g)));
}

export function helpInGemeente(orgs: Organisatie[], situatie: Situatie, gemeente: string): Organisatie[] {
  return helpFor(orgs, situatie).filter((o) => Array.isArray(o.data.werkgebied) && o.data.werkgebied.includes(gemeente));
}
