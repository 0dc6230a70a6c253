/**
 * Open data per region, built from the same collections as the pages: the sociale kaart in the shape of
 * Open Referral HSDS 3 (organization, service, contact, phone, service_area), the begrippen as SKOS and
 * schema.org DefinedTermSet JSON-LD, Trainingen en methoden as a schema.org ItemList of Course, and a CSV of
 * each. Only what the entries hold; a confidential address is never exported (HSDS gets no addresses at all,
 * the CSV only addresses that are not confidential).
 */
import { courseLd } from './jsonld.ts';

export interface Licentie {
  naam: string;
  url: string;
}

export interface OrgData {
  slug: string;
  naam: string;
  afkortingen: string[];
  soort: string;
  samenvatting: string;
  doelgroepen: string[];
  themas: string[];
  werkgebied: 'regio' | 'landelijk' | string[];
  contact?: {
    telefoon?: string;
    telefoonToelichting?: string;
    email?: string;
    website?: string;
    chat?: string;
    bereikbaarheid?: string;
    adres?: { straat: string; postcode: string; plaats: string };
  };
  adresVertrouwelijk: boolean;
  gecontroleerd?: Date;
  /** Absolute URL of the entry's page. */
  pagina: string;
}

export interface BegripData {
  slug: string;
  term: string;
  afkortingen: string[];
  synoniemen: string[];
  definitie: string;
  gerelateerd: string[];
  pagina: string;
}

export interface TrainingData {
  slug: string;
  titel: string;
  afkortingen: string[];
  soort: string;
  samenvatting: string;
  aanbieder?: { naam: string; url: string };
  doelgroepen: string[];
  vorm?: string;
  duur?: string;
  kosten?: string;
  website?: string;
  sessies: { start: Date; eind?: Date; locatie?: string }[];
  pagina: string;
}

export interface RegioData {
  naam: string;
  gemeenten: string[];
  /** Absolute URL of the region's site. */
  site: string;
  documentTitel: string;
}

/** Deterministic ids: HSDS asks for UUIDs; the caller supplies a name-based one (UUID v5 in the build). */
export type UuidOf = (name: string) => string;

const ifSet = <K extends string, V>(key: K, value: V | undefined | '') => (value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>));

export type Vocabulary = 'soort' | 'doelgroep' | 'thema';
/** Dutch label of a vocabulary (no value) or of one of its values. */
export type VocabularyLabel = (group: Vocabulary, value?: string) => string;
const rawLabel: VocabularyLabel = (group, value) => value ?? group;

/** HSDS 3 organizations, each with one service (what the entry offers) and its phones, contact and service areas. */
export function hsdsOrganizations(orgs: OrgData[], regio: RegioData, uuid: UuidOf, label: VocabularyLabel = rawLabel) {
  return orgs.map((o) => {
    const orgId = uuid(`organization:${o.slug}`);
    const serviceId = uuid(`service:${o.slug}`);
    const attribute = (group: Vocabulary, value: string) => {
      const termId = uuid(`taxonomy_term:${group}:${value}`);
      const name = label(group, value);
      return {
        id: uuid(`attribute:${o.slug}:${group}:${value}`),
        link_id: serviceId,
        link_entity: 'service',
        link_type: group,
        taxonomy_term_id: termId,
        value,
        label: name,
        taxonomy_term: { id: termId, code: value, name, description: `${label(group)}: ${name}`, taxonomy: `regioportaal-${group}`, language: 'nl' },
      };
    };
    const c = o.contact ?? {};
    // Opening hours and what the number is for are free text in the entries: the phone's description keeps them.
    const phoneDescription = [c.telefoonToelichting, c.bereikbaarheid].filter(Boolean).join('; ');
    const phones = c.telefoon ? [{ id: uuid(`phone:${o.slug}`), number: c.telefoon, ...ifSet('description', phoneDescription) }] : [];
    const areas =
      o.werkgebied === 'landelijk'
        ? [{ name: 'Nederland', description: 'Heel Nederland' }]
        : o.werkgebied === 'regio'
          ? [{ name: regio.naam, description: `De hele regio: ${regio.gemeenten.join(', ')}` }]
          : o.werkgebied.map((g) => ({ name: g, description: `Gemeente ${g}` }));
    const contacts =
      c.email || phones.length
        ? [
            {
              id: uuid(`contact:${o.slug}`),
              name: o.naam,
              ...ifSet('email', c.email),
              phones: phones.map((p) => ({ ...p, id: uuid(`contact-phone:${o.slug}`) })),
            },
          ]
        : [];
    return {
      id: orgId,
      name: o.naam,
      ...ifSet('alternate_name', o.afkortingen.join(', ')),
      description: o.samenvatting,
      ...ifSet('email', c.email),
      ...ifSet('website', c.website),
      uri: o.pagina,
      phones,
      services: [
        {
          id: serviceId,
          organization_id: orgId,
          name: o.naam,
          ...ifSet('alternate_name', o.afkortingen.join(', ')),
          description: o.samenvatting,
          ...ifSet('url', c.website),
          ...ifSet('email', c.email),
          status: 'active',
          // When the contact details were last checked.
          ...ifSet('assured_date', o.gecontroleerd?.toISOString().slice(0, 10)),
          phones: phones.map((p) => ({ ...p, id: uuid(`service-phone:${o.slug}`) })),
          contacts,
          service_areas: areas.map((a) => ({ id: uuid(`service_area:${o.slug}:${a.name}`), service_id: serviceId, ...a, extent_type: 'text' })),
          // soort, doelgroepen and themas as attributes with terms from the portal's own vocabularies.
          attributes: [
            ...[o.soort].map((v) => attribute('soort', v)),
            ...o.doelgroepen.map((v) => attribute('doelgroep', v)),
            ...o.themas.map((v) => attribute('thema', v)),
          ],
        },
      ],
    };
  });
}

/** An HSDS 3 API page holding every organization, plus the licence and source a re-user needs. */
export function hsdsPage(orgs: OrgData[], regio: RegioData, uuid: UuidOf, licentie?: Licentie, label: VocabularyLabel = rawLabel) {
  const contents = hsdsOrganizations(orgs, regio, uuid, label);
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    description: `Sociale kaart van ${regio.naam} uit ${regio.documentTitel}, in de vorm van Open Referral HSDS 3.`,
    source: regio.site,
    ...ifSet('license', licentie && { name: licentie.naam, url: licentie.url }),
    contents,
  };
}

/** The begrippen as one SKOS ConceptScheme that is also a schema.org DefinedTermSet. */
export function begrippenLd(begrippen: BegripData[], regio: RegioData, setUrl: string, licentie?: Licentie) {
  const bySlug = new Map(begrippen.map((b) => [b.slug, b]));
  return {
    '@context': { skos: 'http://www.w3.org/2004/02/skos/core#', schema: 'https://schema.org/', dct: 'http://purl.org/dc/terms/' },
    '@id': setUrl,
    '@type': ['skos:ConceptScheme', 'schema:DefinedTermSet'],
    'schema:name': `Begrippen van de regiovisie ${regio.naam}`,
    'skos:prefLabel': { '@language': 'nl', '@value': `Begrippen van de regiovisie ${regio.naam}` },
    'schema:inLanguage': 'nl',
    'dct:source': regio.documentTitel,
    ...ifSet('dct:license', licentie && { '@id': licentie.url }),
    ...ifSet('schema:license', licentie?.url),
    'schema:hasDefinedTerm': begrippen.map((b) => {
      const alt = [...b.afkortingen, ...b.synoniemen];
      return {
        '@id': b.pagina,
        '@type': ['skos:Concept', 'schema:DefinedTerm'],
        'skos:prefLabel': { '@language': 'nl', '@value': b.term },
        'schema:name': b.term,
        ...(alt.length > 0 && { 'skos:altLabel': alt.map((a) => ({ '@language': 'nl', '@value': a })), 'schema:alternateName': alt }),
        'skos:definition': { '@language': 'nl', '@value': b.definitie },
        'schema:description': b.definitie,
        'skos:inScheme': { '@id': setUrl },
        'schema:inDefinedTermSet': { '@id': setUrl },
        ...(b.gerelateerd.length > 0 && { 'skos:related': b.gerelateerd.filter((s) => bySlug.has(s)).map((s) => ({ '@id': bySlug.get(s)!.pagina })) }),
        'schema:url': b.pagina,
      };
    }),
  };
}

/** Trainingen en methoden as a schema.org ItemList of Course. */
export function trainingenLd(trainingen: TrainingData[], regio: RegioData, listUrl: string, licentie?: Licentie) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': listUrl,
    name: `Trainingen en methoden uit de regiovisie ${regio.naam}`,
    inLanguage: 'nl',
    ...ifSet('license', licentie?.url),
    numberOfItems: trainingen.length,
    itemListElement: trainingen.map((tr, i) => {
      const { '@context': _context, ...course } = courseLd({
        titel: tr.titel,
        samenvatting: tr.samenvatting,
        url: tr.pagina,
        aanbieder: tr.aanbieder,
        sessies: tr.sessies,
        vorm: tr.vorm,
      });
      return {
        '@type': 'ListItem',
        position: i + 1,
        item: {
          ...course,
          '@id': tr.pagina,
          ...(tr.afkortingen.length > 0 && { alternateName: tr.afkortingen }),
          learningResourceType: tr.soort,
          ...(tr.doelgroepen.length > 0 && { audience: tr.doelgroepen.map((d) => ({ '@type': 'Audience', audienceType: d })) }),
          ...ifSet('timeRequired', tr.duur),
          ...ifSet('sameAs', tr.website),
          ...(tr.kosten && { offers: { '@type': 'Offer', description: tr.kosten } }),
        },
      };
    }),
  };
}

// A cell a spreadsheet would run as a formula gets a leading apostrophe; phone numbers (+31) stay as they are.
function cell(value: unknown): string {
  let s =
    value === undefined || value === null
      ? ''
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : Array.isArray(value)
          ? value.join('; ')
          : String(value);
  if (/^[=@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with CRLF line ends and a byte-order mark, so spreadsheets read the Dutch characters right. */
export function csv(header: string[], rows: unknown[][]): string {
  return '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const ORG_CSV_HEADER = [
  'id',
  'naam',
  'afkortingen',
  'soort',
  'samenvatting',
  'doelgroepen',
  'themas',
  'werkgebied',
  'telefoon',
  'telefoon_toelichting',
  'email',
  'website',
  'chat',
  'bereikbaarheid',
  'straat',
  'postcode',
  'plaats',
  'gecontroleerd',
  'pagina',
];
export function organisatiesCsv(orgs: OrgData[]): string {
  return csv(
    ORG_CSV_HEADER,
    orgs.map((o) => {
      const c = o.contact ?? {};
      const adres = o.adresVertrouwelijk ? undefined : c.adres;
      return [
        o.slug,
        o.naam,
        o.afkortingen,
        o.soort,
        o.samenvatting,
        o.doelgroepen,
        o.themas,
        o.werkgebied,
        c.telefoon,
        c.telefoonToelichting,
        c.email,
        c.website,
        c.chat,
        c.bereikbaarheid,
        adres?.straat,
        adres?.postcode,
        adres?.plaats,
        o.gecontroleerd,
        o.pagina,
      ];
    }),
  );
}

export const BEGRIP_CSV_HEADER = ['id', 'term', 'afkortingen', 'synoniemen', 'definitie', 'gerelateerd', 'pagina'];
export function begrippenCsv(begrippen: BegripData[]): string {
  return csv(
    BEGRIP_CSV_HEADER,
    begrippen.map((b) => [b.slug, b.term, b.afkortingen, b.synoniemen, b.definitie, b.gerelateerd, b.pagina]),
  );
}

export const TRAINING_CSV_HEADER = [
  'id',
  'titel',
  'afkortingen',
  'soort',
  'samenvatting',
  'aanbieder',
  'doelgroepen',
  'vorm',
  'duur',
  'kosten',
  'website',
  'data',
  'pagina',
];
export function trainingenCsv(trainingen: TrainingData[]): string {
  return csv(
    TRAINING_CSV_HEADER,
    trainingen.map((tr) => [
      tr.slug,
      tr.titel,
      tr.afkortingen,
      tr.soort,
      tr.samenvatting,
      tr.aanbieder?.naam,
      tr.doelgroepen,
      tr.vorm,
      tr.duur,
      tr.kosten,
      tr.website,
      tr.sessies.map((s) => s.start.toISOString().slice(0, 10) + (s.eind ? `/${s.eind.toISOString().slice(0, 10)}` : '') + (s.locatie ? ` ${s.locatie}` : '')),
      tr.pagina,
    ]),
  );
}
