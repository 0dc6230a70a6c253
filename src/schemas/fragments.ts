/**
 * Shared schema pieces. Every message is Dutch and says what is expected, with an example,
 * because the people who read them are regional editors, not developers.
 */
import { z } from 'astro/zod';
import { isDutchPhone, isPostcode, isPrivateEmail } from '../shared/validate.ts';
import { dateProblem, parseDate } from './dates.ts';

// Zod's own messages (wrong type, missing field) in Dutch as a fallback for every field.
z.config(z.locales.nl());

export type CollectionName = 'begrippen' | 'organisaties' | 'trainingen';
/**
 * Astro passes its `reference()`; plain Node (check script, unit tests) passes a slug check. Generic, so
 * the schema keeps the reference's own type ({ id, collection } in Astro) instead of `unknown`.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugRef = (_collection: CollectionName) =>
  z.string({ error: 'Verwijzing moet een slug zijn, bijvoorbeeld "veilig-thuis".' }).regex(SLUG, {
    error: 'Verwijzing moet een slug zijn: kleine letters, cijfers en streepjes, bijvoorbeeld "veilig-thuis".',
  });

export function tekst(veld: string, { min = 1, max = 10_000, voorbeeld = '' } = {}) {
  const eg = voorbeeld ? ` Bijvoorbeeld: "${voorbeeld}".` : '';
  return z
    .string({ error: `"${veld}" moet tekst zijn.${eg}` })
    .trim()
    .min(min, { error: `"${veld}" is te kort: minimaal ${min} tekens.${eg}` })
    .max(max, { error: `"${veld}" is te lang: maximaal ${max} tekens. Maak de tekst korter.` });
}

export const telefoon = z
  .string({ error: 'Telefoonnummer moet tekst zijn, tussen aanhalingstekens, bijvoorbeeld "0800-2000".' })
  .trim()
  .refine(isDutchPhone, {
    error: (issue) => `Ongeldig telefoonnummer "${String(issue.input)}". Verwacht een Nederlands nummer, bijvoorbeeld "0800-2000", "088-1234567" of "112".`,
  });

export const email = z
  .email({ error: (issue) => `Ongeldig e-mailadres "${String(issue.input)}". Verwacht bijvoorbeeld "info@organisatie.nl".` })
  .refine((value) => !isPrivateEmail(value), {
    error: (issue) => `"${String(issue.input)}" is een privé-e-mailadres. Publiceer alleen e-mailadressen van de organisatie, zoals "info@organisatie.nl".`,
  });

export const website = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: (issue) => `Ongeldige website "${String(issue.input)}". Verwacht een volledig https-adres, bijvoorbeeld "https://www.veiligthuis.nl".`,
});

export const postcode = z
  .string({ error: 'Postcode moet tekst zijn, bijvoorbeeld "7511 JE".' })
  .trim()
  .refine(isPostcode, {
    error: (issue) => `Ongeldige postcode "${String(issue.input)}". Verwacht vier cijfers, een spatie en twee hoofdletters, bijvoorbeeld "7511 JE".`,
  });

/**
 * A date as JJJJ-MM-DD. Astro's YAML reader hands over a Date; the content check reads dates as text
 * (src/build/frontmatter.ts), so that a date that does not exist (2027-02-31) or is written another way
 * ("01-03-2027", "maart 2027") is refused with the right way to write it, whether quoted or not.
 */
export const datum = z
  .union([z.string().meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), z.date()], {
    error: 'Ongeldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-01.',
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
      ctx.issues.push({ code: 'custom', input: value, message: 'Ongeldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-01.' });
      return z.NEVER;
    }
    const problem = dateProblem(value);
    if (!problem) return parseDate(value);
    ctx.issues.push({ code: 'custom', input: value, message: problem });
    return z.NEVER;
  });

export const datumNietInToekomst = datum.refine((d) => d.getTime() <= Date.now(), {
  error: 'Deze datum ligt in de toekomst. Vul de datum in waarop de gegevens echt zijn gecontroleerd, bijvoorbeeld 2025-03-01.',
});

/** Where in the region's source document a fact comes from. */
export const bron = z.strictObject(
  {
    onderdeel: tekst('bron.onderdeel', { max: 200, voorbeeld: 'Hoofdstuk 3, Samenwerking' }),
    pagina: z.union([z.number().int().positive(), z.string().trim().min(1)]).optional(),
    document: tekst('bron.document', { max: 300 }).optional(),
  },
  { error: 'Vul "bron" in met ten minste "onderdeel", bijvoorbeeld: bron: { onderdeel: "Hoofdstuk 2" }.' },
);

export const DOELGROEPEN = [
  'inwoners',
  'kinderen-en-jongeren',
  'ouders-en-gezinnen',
  'volwassenen',
  'ouderen',
  'slachtoffers',
  'plegers',
  'professionals',
  'onderwijs',
  'gemeenten',
] as const;

export const THEMAS = [
  'huiselijk-geweld',
  'kindermishandeling',
  'partnergeweld',
  'ouderenmishandeling',
  'seksueel-geweld',
  'schadelijke-praktijken',
  'mensenhandel',
  'complexe-scheidingen',
  'opvang-en-wonen',
  'preventie',
  'herstel-en-nazorg',
  'zorg-en-veiligheid',
  'melden-en-advies',
] as const;

/** Help-finder situations; each is a static page under /hulp/<situatie>/. */
export const SITUATIES = ['nu-in-gevaar', 'geweld-thuis', 'seksueel-geweld', 'kind-of-jongere', 'zorgen-om-ander', 'ik-pleeg-geweld', 'professional'] as const;

export const enumLijst = <T extends readonly [string, ...string[]]>(veld: string, waarden: T) =>
  z
    .array(
      z.enum(waarden, {
        error: (issue) => `Onbekende waarde "${String(issue.input)}" in "${veld}". Kies uit: ${waarden.join(', ')}.`,
      }),
      { error: `"${veld}" moet een lijst zijn, bijvoorbeeld [${waarden[0]}].` },
    )
    .default([]);

/**
 * General knowledge that the regiovisie does not give. The page shows it in a box marked
 * "Algemene uitleg, niet uit de regiovisie", so a reader can always tell the document from our explanation.
 */
export const algemeneUitleg = tekst('algemeneUitleg', { min: 10, max: 1200 }).optional();

/** true when the entry's own definition or summary is general knowledge rather than the document's words. */
export const algemeen = z.boolean({ error: '"algemeen" moet true of false zijn.' }).default(false);

export const lijstVanTekst = (veld: string) => z.array(tekst(veld, { max: 200 }), { error: `"${veld}" moet een lijst zijn, bijvoorbeeld ["VT"].` }).default([]);
