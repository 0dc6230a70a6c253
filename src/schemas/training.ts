import { z } from 'astro/zod';
import { DOELGROEPEN, algemeen, algemeneUitleg, bron, datum, enumLijst, tekst, website, type RefFactory } from './fragments.ts';

export const SOORTEN_TRAINING = ['training', 'cursus', 'methode', 'programma', 'interventie', 'voorlichting', 'werkwijze', 'instrument', 'campagne'] as const;

const sessie = z.strictObject({
  start: datum,
  eind: datum.optional(),
  locatie: tekst('data.locatie', { max: 160 }).optional(),
});

/** One item of the training catalogue: training, course, method, programme or approach. */
export const trainingSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    titel: tekst('titel', { max: 140, voorbeeld: 'Training Meldcode' }),
    afkortingen: z.array(tekst('afkortingen', { max: 40 })).default([]),
    soort: z.enum(SOORTEN_TRAINING, {
      error: (issue) => `Onbekende soort "${String(issue.input)}". Kies uit: ${SOORTEN_TRAINING.join(', ')}.`,
    }),
    samenvatting: tekst('samenvatting', { min: 10, max: 400 }),
    /** Provider on the sociale kaart, when known. */
    aanbieder: ref('organisaties').optional(),
    /** Provider's name when it has no entry on the sociale kaart. */
    aanbiederNaam: tekst('aanbiederNaam', { max: 140 }).optional(),
    /** true when the regiovisie names no provider; the page then says "Aanbieder niet genoemd in de regiovisie". */
    aanbiederNietGenoemd: z.boolean({ error: '"aanbiederNietGenoemd" moet true of false zijn.' }).default(false),
    doelgroepen: enumLijst('doelgroepen', DOELGROEPEN),
    vorm: tekst('vorm', { max: 120, voorbeeld: 'klassikaal, twee dagdelen' }).optional(),
    duur: tekst('duur', { max: 120 }).optional(),
    kosten: tekst('kosten', { max: 120 }).optional(),
    website: website.optional(),
    data: z.array(sessie).default([]),
    algemeen,
    algemeneUitleg,
    bron,
    /** Set to true when this entry deliberately replaces the `landelijk` entry with the same slug. */
    vervangtLandelijk: z.boolean({ error: '"vervangtLandelijk" moet true of false zijn.' }).optional(),
  });
