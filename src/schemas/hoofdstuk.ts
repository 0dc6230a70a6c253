import { z } from 'astro/zod';
import { bron, tekst, type RefFactory } from './fragments.ts';

/** A chapter, section or bijlage of the regiovisie, rewritten for the web. */
export const hoofdstukSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    titel: tekst('titel', { max: 140, voorbeeld: 'Samen sterker tegen geweld' }),
    /** Position in reading order, 1 = first. */
    volgorde: z.number({ error: '"volgorde" moet een getal zijn: de plaats in de leesvolgorde, bijvoorbeeld 3.' }).int().min(0),
    /** Number or label as in the document, e.g. "2.1" or "Bijlage 3". */
    nummer: tekst('nummer', { max: 40 }).optional(),
    /** "In het kort": two to four short sentences in plain Dutch (B1). */
    inHetKort: tekst('inHetKort', { min: 20, max: 600, voorbeeld: 'In dit hoofdstuk leest u ...' }),
    /** Short description for search results and the chapter list. */
    beschrijving: tekst('beschrijving', { max: 300 }).optional(),
    bron,
    begrippen: z.array(ref('begrippen')).default([]),
    organisaties: z.array(ref('organisaties')).default([]),
    trainingen: z.array(ref('trainingen')).default([]),
  });
