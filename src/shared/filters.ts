/**
 * Static filter pages (they work without JavaScript): one page per filter value, e.g.
 * /sociale-kaart/gemeente/apeldoorn/ or /trainingen/soort/methode/.
 */
import { slugify } from './urls.ts';

export interface FilterPage<T> {
  filter: string;
  slug: string;
  label: string;
  items: T[];
}

export interface FilterDimension<T> {
  filter: string;
  /** Values in display order; values without items are left out. */
  values: string[];
  label: (value: string) => string;
  matches: (item: T, value: string) => boolean;
}

export function filterPages<T>(items: T[], dimensions: FilterDimension<T>[]): FilterPage<T>[] {
  return dimensions.flatMap((d) =>
    d.values
      .map((value) => ({ filter: d.filter, slug: slugify(value), label: d.label(value), items: items.filter((i) => d.matches(i, value)) }))
      .filter((page) => page.items.length > 0),
  );
}

/** A dimension over one field with a single value per item, e.g. the soort of an organisation. */
export function fieldDimension<T>(
  filter: string,
  values: readonly string[],
  valueOf: (item: T) => string,
  label: (value: string) => string,
): FilterDimension<T> {
  return { filter, values: [...values], label, matches: (item, value) => valueOf(item) === value };
}

/** The token for "matches every value" (an organisation for the whole region serves every gemeente). */
export const ALL = '*';

/**
 * For the combining script: per dimension, the value slugs an item matches, space-separated, or ALL when it
 * matches every value. Computed with the same `matches` as the static pages, so both routes agree.
 */
export function itemFacets<T>(item: T, dimensions: FilterDimension<T>[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of dimensions) {
    const hits = d.values.filter((v) => d.matches(item, v));
    out[d.filter] = hits.length === d.values.length && hits.length > 1 ? ALL : hits.map(slugify).join(' ');
  }
  return out;
}

export type Facets = Record<string, Set<string> | typeof ALL>;
export type Selection = Record<string, Set<string>>;

export function parseFacets(attrs: Record<string, string | undefined>, filters: string[]): Facets {
  return Object.fromEntries(filters.map((f) => [f, attrs[f] === ALL ? ALL : new Set((attrs[f] ?? '').split(' ').filter(Boolean))]));
}

function matchesIn(facets: Facets, filter: string, values: Set<string>): boolean {
  if (values.size === 0) return true;
  const own = facets[filter];
  if (own === ALL) return true;
  if (!own) return false;
  for (const v of values) if (own.has(v)) return true;
  return false;
}

/** Or within a dimension, and between dimensions. */
export function matchesSelection(facets: Facets, selection: Selection): boolean {
  return Object.entries(selection).every(([filter, values]) => matchesIn(facets, filter, values));
}

/**
 * Facet counts: for each value, how many items would show with that value chosen in its dimension and the
 * other dimensions as they are. With nothing chosen these equal the item counts of the static filter pages.
 */
export function facetCounts(items: Facets[], selection: Selection, values: Record<string, string[]>): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [filter, list] of Object.entries(values)) {
    const others = Object.fromEntries(Object.entries(selection).filter(([f]) => f !== filter));
    const pool = items.filter((i) => matchesSelection(i, others));
    counts[filter] = Object.fromEntries(list.map((v) => [v, pool.filter((i) => matchesIn(i, filter, new Set([v]))).length]));
  }
  return counts;
}

/** Sections of a list by kind, in the given order; kinds in no group and empty groups are left out. */
export function groupItems<T>(
  items: T[],
  groups: readonly { key: string; soorten: readonly string[] }[],
  soortOf: (item: T) => string,
): { key: string; items: T[] }[] {
  return groups.map((g) => ({ key: g.key, items: items.filter((i) => g.soorten.includes(soortOf(i))) })).filter((g) => g.items.length > 0);
}

/** Sociale kaart: first the help a resident or professional can turn to, then everything that is context. */
export const ORG_GROEPEN = [
  { key: 'hulp', soorten: ['hulplijn', 'hulpverlening'] },
  { key: 'overig', soorten: ['netwerk', 'overleg', 'samenwerkingsverband', 'raad', 'overheid', 'kennisorganisatie', 'programma', 'overig'] },
] as const;

/** Trainingen en methoden: what you attend, what you work with, what reaches the public. */
export const TRAINING_GROEPEN = [
  { key: 'training', soorten: ['training', 'cursus'] },
  { key: 'methode', soorten: ['methode', 'werkwijze', 'interventie', 'instrument'] },
  { key: 'programma', soorten: ['programma', 'campagne', 'voorlichting'] },
] as const;
