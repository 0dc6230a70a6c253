import { z } from 'astro/zod';
import { algemeen, algemeneUitleg, bron, lijstVanTekst, tekst, type RefFactory } from './fragments.ts';

/** One entry of the definitielijst: a concept or an abbreviation. */
export const begripSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    term: tekst('term', { max: 120, voorbeeld: 'Meldcode' }),
    /** Abbreviations as written in the document, e.g. ["VT"]. */
    afkortingen: lijstVanTekst('afkortingen'),
    synoniemen: lijstVanTekst('synoniemen'),
    /** One to three sentences, own words, faithful to the document. */
    definitie: tekst('definitie', { min: 10, max: 700 }),
    /** true when the definition is general knowledge: the document uses the term but does not explain it. */
    algemeen,
    algemeneUitleg,
    bron,
    /** Set to true when this entry deliberately replaces the `landelijk` entry with the same slug. */
    vervangtLandelijk: z.boolean({ error: '"vervangtLandelijk" moet true of false zijn.' }).optional(),
    gerelateerd: z.array(ref('begrippen')).default([]),
  });
