/** Reads the current region's collections, sorted and shaped for the pages. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { createMatcher, markdownToText, mentionedSlugs, type GlossaryTerm } from '../shared/glossary.ts';
import { slugify } from '../shared/urls.ts';
import { DOELGROEPEN, SOORTEN_TRAINING, THEMAS, type SITUATIES } from '../schemas/index.ts';
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

let linkContextPromise: Promise<{ matcher: ReturnType<typeof createMatcher>; terms: Map<string, GlossaryTerm>; slugs: Record<string, Set<string>> }> | undefined;
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

/** Organisations to show in the help finder for a situation, optionally narrowed to one gemeente. */
export function helpFor(orgs: Organisatie[], situatie: Situatie, gemeente?: string) {
  const matching = orgs.filter((o) => o.data.situaties.includes(situatie));
  return {
    landelijk: matching.filter((o) => o.data.werkgebied === 'landelijk'),
    regionaal: matching.filter((o) => o.data.werkgebied !== 'landelijk' && (!gemeente || servesGemeente(o, gemeente))),
  };
}
