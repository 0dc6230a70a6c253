import { describe, expect, it } from 'vitest';
import { duplicateNameRule, helpRouteRule, providerRule, residentTextRule, sourceRule, type EditorialEntry } from './editorial.ts';

const entry = (over: Partial<EditorialEntry> & { data?: Record<string, unknown> }): EditorialEntry => ({
  collection: 'organisaties',
  slug: 'x',
  file: 'content/r/organisaties/x.md',
  body: '',
  shared: false,
  ...over,
  data: { naam: 'Wijkteam', bron: { onderdeel: 'Hoofdstuk 3' }, ...over.data },
});

describe('editorial rules', () => {
  it('warns on a Veilig Thuis route in an entry without its own contact, not on a description of practice', () => {
    expect(helpRouteRule(entry({ body: 'Zoekt u hulp?\nBel Veilig Thuis: zij brengen u in contact.' }), 10)).toEqual([
      expect.objectContaining({ rule: 'hulproute', line: 11 }),
    ]);
    expect(helpRouteRule(entry({ body: 'U komt in de opvang via Veilig Thuis.' }), 1)).toHaveLength(1);
    expect(helpRouteRule(entry({ body: 'De reclassering belt met Veilig Thuis voor advies.' }), 1)).toEqual([]);
    expect(helpRouteRule(entry({ body: 'Bel Veilig Thuis.', data: { contact: { telefoon: '0800-2000' } } }), 1)).toEqual([]);
    expect(helpRouteRule(entry({ body: 'Bel Veilig Thuis.', data: { naam: 'Veilig Thuis Twente' } }), 1)).toEqual([]);
  });

  it('warns on a vague source and accepts a numbered or named section or a page', () => {
    expect(sourceRule(entry({ data: { bron: { onderdeel: 'Regiovisie' } } }))).toHaveLength(1);
    expect(sourceRule(entry({ data: { bron: { onderdeel: 'Diverse hoofdstukken' } } }))).toHaveLength(1);
    expect(sourceRule(entry({ data: { bron: { onderdeel: 'Hoofdstuk 4.2' } } }))).toEqual([]);
    expect(sourceRule(entry({ data: { bron: { onderdeel: 'Inleiding, Netwerksamenwerking' } } }))).toEqual([]);
    expect(sourceRule(entry({ data: { bron: { onderdeel: 'Regiovisie', pagina: 3 } } }))).toEqual([]);
  });

  it('asks every training for a provider or "niet genoemd"', () => {
    const training = (data: Record<string, unknown>) => entry({ collection: 'trainingen', data: { titel: 'T', ...data } });
    expect(providerRule(training({}))).toHaveLength(1);
    expect(providerRule(training({ aanbiederNietGenoemd: true }))).toEqual([]);
    expect(providerRule(training({ aanbiederNaam: 'Movisie' }))).toEqual([]);
  });

  it('finds a name that stands both as a begrip and as an organisation, also through an abbreviation', () => {
    const findings = duplicateNameRule([
      entry({ collection: 'begrippen', file: 'b/csg.md', data: { term: 'CSG' } }),
      entry({ file: 'o/csg.md', data: { naam: 'Centrum Seksueel Geweld', afkortingen: ['CSG'] } }),
      entry({ collection: 'trainingen', file: 't/other.md', data: { titel: 'Meldcodetraining' } }),
    ]);
    expect(findings.map((f) => f.file).sort()).toEqual(['b/csg.md', 'o/csg.md']);
  });

  it('asks a service the help finder shows for a short resident text in B1', () => {
    expect(residentTextRule(entry({}), true)).toHaveLength(1);
    expect(residentTextRule(entry({ data: { inwonerTekst: 'Bel gratis 0800-2000, dag en nacht.' } }), true)).toEqual([]);
    expect(residentTextRule(entry({ data: { inwonerTekst: 'woord '.repeat(16).trim() + '.' } }), true)).toHaveLength(1);
    expect(residentTextRule(entry({}), false)).toEqual([]);
  });
});
