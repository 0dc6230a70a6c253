import { z } from 'astro/zod';
import { SLUG, datum, tekst, website } from './fragments.ts';

const kleur = z
  .string({ error: 'Kleur moet tekst zijn, bijvoorbeeld "#00509e".' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Kleur moet een hexadecimale kleur zijn met zes tekens, bijvoorbeeld "#00509e".' });

const RESERVED_IDS = ['beheer', 'landelijk', 'zoek', 'index', 'assets', '_astro'];

/** `content/<regio>/regio.yaml`: the settings of one region's site. */
export const regioSchema = z.strictObject({
  /** Folder name and URL id, e.g. `twente`. Must equal the folder name. */
  id: z
    .string({ error: 'Vul "id" in: de mapnaam van de regio, bijvoorbeeld "twente".' })
    .regex(SLUG, { error: '"id" mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld "hart-van-brabant".' })
    // These names are taken by the portal itself (dist/beheer/, the shared entries, the search index).
    .refine((id) => !RESERVED_IDS.includes(id), {
      error: (issue) =>
        `"${String(issue.input)}" is al in gebruik door het portaal zelf. Kies een andere naam voor de regio, bijvoorbeeld "regio-${String(issue.input)}".`,
    }),
  /** Full region name as the document gives it. */
  naam: tekst('naam', { max: 120, voorbeeld: 'Hart van Brabant' }),
  /** Short name for the header and small screens. */
  korteNaam: tekst('korteNaam', { max: 40, voorbeeld: 'Twente' }),
  /** The regiovisie this site is built from. */
  document: z.strictObject({
    titel: tekst('document.titel', { max: 200 }),
    ondertitel: tekst('document.ondertitel', { max: 300 }).optional(),
    /** Name of the source file or publication, shown on the "over" page. */
    bron: tekst('document.bron', { max: 300 }),
    /** Who wrote or published the document, as the document says. */
    uitgever: tekst('document.uitgever', { max: 300 }).optional(),
    /** Date on the document itself, if it has one. */
    datum: tekst('document.datum', { max: 100 }).optional(),
  }),
  /** Period the plan covers. */
  periode: z.strictObject({
    van: z.number({ error: '"periode.van" moet een jaartal zijn, bijvoorbeeld 2024.' }).int().min(2000).max(2100),
    tot: z.number({ error: '"periode.tot" moet een jaartal zijn, bijvoorbeeld 2028.' }).int().min(2000).max(2100),
  }),
  centrumgemeente: tekst('centrumgemeente', { max: 80, voorbeeld: 'Apeldoorn' }),
  gemeenten: z
    .array(tekst('gemeenten', { max: 80 }), { error: '"gemeenten" moet een lijst van gemeentenamen zijn.' })
    .min(1, { error: 'Vul in "gemeenten" ten minste één gemeente in.' }),
  /** false when the list was added from public knowledge because the document has none. */
  gemeentenUitDocument: z.boolean({ error: '"gemeentenUitDocument" moet true of false zijn.' }),
  /** Adoption: only what the document says. Leave out when the document does not say it. */
  vaststelling: z
    .strictObject({
      door: tekst('vaststelling.door', { max: 300 }).optional(),
      datum: datum.optional(),
      toelichting: tekst('vaststelling.toelichting', { max: 1000 }).optional(),
    })
    .optional(),
  /** Public URL of the site; defaults to the portal's URL plus /<id>/. */
  siteUrl: website.optional(),
  thema: z
    .strictObject({
      primair: kleur,
      accent: kleur,
    })
    .default({ primair: '#154273', accent: '#b3245b' }),
  /** Neutral page the quick exit leads to. */
  snelWegUrl: website.default('https://www.google.nl/'),
  /** Example region: template and test fixture, never deployed. */
  voorbeeld: z.boolean().default(false),
  /** false while a new region is being filled in (npm run nieuwe-regio sets it): built on request, never published. */
  gepubliceerd: z.boolean({ error: '"gepubliceerd" moet true of false zijn.' }).default(true),
});

export type Regio = z.infer<typeof regioSchema>;
