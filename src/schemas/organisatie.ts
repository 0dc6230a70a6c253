import { z } from 'astro/zod';
import {
  DOELGROEPEN,
  SITUATIES,
  THEMAS,
  algemeen,
  algemeneUitleg,
  bron,
  datumNietInToekomst,
  email,
  enumLijst,
  lijstVanTekst,
  postcode,
  telefoon,
  tekst,
  website,
} from './fragments.ts';

/**
 * What kind of body an entry is. Only the first two are services a resident or professional can turn to
 * (HULP_SOORTEN); the help finder and the resident pages use only those. Everything else is context for
 * professionals: who works together, who decides, who researches.
 */
export const SOORTEN_ORGANISATIE = [
  'hulplijn',
  'hulpverlening',
  'netwerk',
  'overleg',
  'samenwerkingsverband',
  'raad',
  'overheid',
  'kennisorganisatie',
  'programma',
  'overig',
] as const;
export type OrganisatieSoort = (typeof SOORTEN_ORGANISATIE)[number];
export const HULP_SOORTEN: readonly OrganisatieSoort[] = ['hulplijn', 'hulpverlening'];

const adres = z.strictObject({
  straat: tekst('contact.adres.straat', { max: 120, voorbeeld: 'Hengelosestraat 10' }),
  postcode,
  plaats: tekst('contact.adres.plaats', { max: 80, voorbeeld: 'Enschede' }),
});

/** Only what the region's document or ../shared/hulplijnen.md gives; never invented. */
const contact = z.strictObject({
  telefoon: telefoon.optional(),
  /** What the number is for, e.g. "gratis, 24 uur per dag". */
  telefoonToelichting: tekst('contact.telefoonToelichting', { max: 120 }).optional(),
  email: email.optional(),
  website: website.optional(),
  adres: adres.optional(),
  /** A chat for someone who cannot speak safely, e.g. "Chat op veiligthuis.nl (anoniem)"; only from a source. */
  chat: tekst('contact.chat', { max: 160 }).optional(),
  /** e.g. "24/7" or "maandag tot en met vrijdag 9.00-17.00 uur". */
  bereikbaarheid: tekst('contact.bereikbaarheid', { max: 160 }).optional(),
});

/** An organisation, team, network, meeting table or service on the sociale kaart. */
export const organisatieSchema = z
  .strictObject({
    naam: tekst('naam', { max: 140, voorbeeld: 'Veilig Thuis' }),
    afkortingen: lijstVanTekst('afkortingen'),
    soort: z.enum(SOORTEN_ORGANISATIE, {
      error: (issue) => `Onbekende soort "${String(issue.input)}". Kies uit: ${SOORTEN_ORGANISATIE.join(', ')}.`,
    }),
    /** One or two sentences: what they do for this region. */
    samenvatting: tekst('samenvatting', { min: 10, max: 400 }),
    /** For residents in the help finder: plain B1, at most 15 words a sentence, only what a source says. */
    inwonerTekst: tekst('inwonerTekst', {
      min: 10,
      max: 200,
      voorbeeld: 'Voor advies of een melding bij geweld thuis. Bel gratis 0800-2000, dag en nacht.',
    }).optional(),
    doelgroepen: enumLijst('doelgroepen', DOELGROEPEN),
    themas: enumLijst('themas', THEMAS),
    /** Help-finder situations in which this organisation is shown. */
    situaties: enumLijst('situaties', SITUATIES),
    /** "regio" for the whole region, or a list of gemeenten of the region. */
    werkgebied: z
      .union([z.literal('regio'), z.literal('landelijk'), z.array(tekst('werkgebied', { max: 80 })).min(1)], {
        error: 'Vul "werkgebied" in met "regio", "landelijk" of een lijst van gemeenten, bijvoorbeeld [Enschede, Hengelo].',
      })
      .default('regio'),
    contact: contact.optional(),
    /** Shelter and other confidential addresses are never published. */
    adresVertrouwelijk: z.boolean({ error: '"adresVertrouwelijk" moet true of false zijn.' }).default(false),
    /** When the contact details were last checked. */
    gecontroleerd: datumNietInToekomst,
    algemeen,
    algemeneUitleg,
    bron,
    /** Set to true when this entry deliberately replaces the `landelijk` entry with the same slug. */
    vervangtLandelijk: z.boolean({ error: '"vervangtLandelijk" moet true of false zijn.' }).optional(),
  })
  .superRefine((org, ctx) => {
    if (org.adresVertrouwelijk && org.contact?.adres) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact', 'adres'],
        message: 'Dit adres is vertrouwelijk (adresVertrouwelijk: true) en mag niet gepubliceerd worden. Verwijder "contact.adres".',
      });
    }
  });
