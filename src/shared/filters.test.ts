import { describe, expect, it } from 'vitest';
import {
  ALL,
  ORG_GROEPEN,
  TRAINING_GROEPEN,
  facetCounts,
  fieldDimension,
  filterPages,
  groupItems,
  itemFacets,
  matchesSelection,
  parseFacets,
  type FilterDimension,
} from './filters.ts';
import { SOORTEN_ORGANISATIE } from '../schemas/organisatie.ts';
import { SOORTEN_TRAINING } from '../schemas/training.ts';

interface Item {
  naam: string;
  soort: string;
  doelgroepen: string[];
  gemeenten: string[] | 'regio';
}
const GEMEENTEN = ['Almelo', 'Enschede', 'Hengelo'];
const dims: FilterDimension<Item>[] = [
  { filter: 'doelgroep', values: ['jeugd', 'ouderen'], label: (v) => v, matches: (i, v) => i.doelgroepen.includes(v) },
  { filter: 'gemeente', values: GEMEENTEN, label: (v) => v, matches: (i, v) => i.gemeenten === 'regio' || i.gemeenten.includes(v) },
  fieldDimension<Item>(
    'soort',
    ['hulplijn', 'netwerk'],
    (i) => i.soort,
    (v) => v,
  ),
];
const items: Item[] = [
  { naam: 'A', soort: 'hulplijn', doelgroepen: ['jeugd'], gemeenten: 'regio' },
  { naam: 'B', soort: 'netwerk', doelgroepen: ['jeugd', 'ouderen'], gemeenten: ['Enschede'] },
  { naam: 'C', soort: 'hulplijn', doelgroepen: ['ouderen'], gemeenten: ['Almelo', 'Hengelo'] },
];
const facets = items.map((i) =>
  parseFacets(
    itemFacets(i, dims),
    dims.map((d) => d.filter),
  ),
);
const values = Object.fromEntries(dims.map((d) => [d.filter, d.values.map((v) => v.toLowerCase())]));

describe('combined filters', () => {
  it('writes ALL for an item that matches every value, and slugs otherwise', () => {
    expect(itemFacets(items[0]!, dims)).toEqual({ doelgroep: 'jeugd', gemeente: ALL, soort: 'hulplijn' });
    expect(itemFacets(items[2]!, dims).gemeente).toBe('almelo hengelo');
  });

  it('combines with or inside a dimension and and between dimensions', () => {
    const pick = (sel: Record<string, string[]>) =>
      facets.filter((f) => matchesSelection(f, Object.fromEntries(Object.entries(sel).map(([k, v]) => [k, new Set(v)])))).length;
    expect(pick({})).toBe(3);
    expect(pick({ doelgroep: ['jeugd', 'ouderen'] })).toBe(3);
    expect(pick({ doelgroep: ['ouderen'], gemeente: ['enschede'] })).toBe(1);
    expect(pick({ soort: ['hulplijn'], gemeente: ['enschede'] })).toBe(1);
    expect(pick({ soort: ['netwerk'], gemeente: ['almelo'] })).toBe(0);
  });

  it('counts per value equal the static filter pages when nothing is chosen', () => {
    const counts = facetCounts(facets, {}, values);
    for (const page of filterPages(items, dims)) expect(counts[page.filter]![page.slug], `${page.filter}/${page.slug}`).toBe(page.items.length);
  });

  it('counts a value with the other dimensions applied, not its own', () => {
    const counts = facetCounts(facets, { soort: new Set(['hulplijn']), doelgroep: new Set(['jeugd']) }, values);
    expect(counts.doelgroep).toEqual({ jeugd: 1, ouderen: 1 });
    expect(counts.soort).toEqual({ hulplijn: 1, netwerk: 1 });
    expect(counts.gemeente).toEqual({ almelo: 1, enschede: 1, hengelo: 1 });
  });

  it('groups every soort of organisation and training exactly once, help first', () => {
    expect(ORG_GROEPEN.flatMap((g) => g.soorten).sort()).toEqual([...SOORTEN_ORGANISATIE].sort());
    expect(ORG_GROEPEN[0].soorten).toEqual(['hulplijn', 'hulpverlening']);
    expect(TRAINING_GROEPEN.flatMap((g) => g.soorten).sort()).toEqual([...SOORTEN_TRAINING].sort());
    expect(groupItems(items, ORG_GROEPEN, (i) => i.soort).map((g) => [g.key, g.items.map((i) => i.naam)])).toEqual([
      ['hulp', ['A', 'C']],
      ['overig', ['B']],
    ]);
  });
});
