import { describe, expect, it } from 'vitest';
import { begrippenLd, csv, hsdsPage, organisatiesCsv, type OrgData, type RegioData } from './opendata.ts';

const regio: RegioData = { naam: 'Twente', gemeenten: ['Almelo', 'Enschede'], site: 'https://example.org/twente/', documentTitel: 'Regiovisie' };
let n = 0;
const uuid = () => `00000000-0000-5000-8000-${String(++n).padStart(12, '0')}`;
const opvang: OrgData = {
  slug: 'opvang',
  naam: 'Opvang "Veilig"',
  afkortingen: [],
  soort: 'hulpverlening',
  samenvatting: 'Opvang, met een geheim adres.',
  doelgroepen: ['slachtoffers'],
  themas: [],
  werkgebied: ['Almelo'],
  contact: { telefoon: '053-1234567', adres: { straat: 'Geheimstraat 1', postcode: '7500 AA', plaats: 'Almelo' } },
  adresVertrouwelijk: true,
  pagina: 'https://example.org/twente/sociale-kaart/opvang/',
};

describe('open data', () => {
  it('never exports a confidential address, in HSDS or CSV', () => {
    expect(JSON.stringify(hsdsPage([opvang], regio, uuid))).not.toContain('Geheimstraat');
    expect(organisatiesCsv([opvang])).not.toContain('Geheimstraat');
    expect(organisatiesCsv([{ ...opvang, adresVertrouwelijk: false }])).toContain('Geheimstraat');
  });

  it('maps werkgebied to HSDS service areas and keeps only what the entry holds', () => {
    const [org] = hsdsPage([opvang], regio, uuid).contents;
    expect(org!.services[0]!.service_areas.map((a) => a.name)).toEqual(['Almelo']);
    expect(org).not.toHaveProperty('email');
    expect(org!.phones[0]!.number).toBe('053-1234567');
    const [regional] = hsdsPage([{ ...opvang, werkgebied: 'regio' }], regio, uuid).contents;
    expect(regional!.services[0]!.service_areas[0]!.description).toContain('Almelo, Enschede');
  });

  it('quotes CSV cells with commas, quotes and line ends, and defuses formulas', () => {
    expect(
      csv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['=1+1', '+31 53'],
        ],
      ),
    ).toBe('\ufeffa,b\r\n"x,y","say ""hi"""\r\n\'=1+1,+31 53\r\n');
  });

  it('links related begrippen by their page URL and only when they exist', () => {
    const ld = begrippenLd(
      [
        {
          slug: 'mda',
          term: 'MDA++',
          afkortingen: [],
          synoniemen: [],
          definitie: 'Multidisciplinaire aanpak.',
          gerelateerd: ['veilig-thuis', 'weg'],
          pagina: 'https://e/mda/',
        },
        {
          slug: 'veilig-thuis',
          term: 'Veilig Thuis',
          afkortingen: ['VT'],
          synoniemen: [],
          definitie: 'Advies- en meldpunt.',
          gerelateerd: [],
          pagina: 'https://e/vt/',
        },
      ],
      regio,
      'https://e/begrippen/',
    );
    expect(ld['schema:hasDefinedTerm'][0]!['skos:related']).toEqual([{ '@id': 'https://e/vt/' }]);
    expect(ld['schema:hasDefinedTerm'][1]!['skos:altLabel']).toEqual([{ '@language': 'nl', '@value': 'VT' }]);
  });
});
