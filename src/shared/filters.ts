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
