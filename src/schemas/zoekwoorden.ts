/**
 * `content/landelijk/zoekwoorden.yaml`: the words residents type for what they need ("best bets"), kept by
 * editors in one file for every region. Each entry points at one page; its words become extra names of that
 * page in the search index, so the page comes first when someone types them.
 */
import { z } from 'astro/zod';
import { SITUATIES } from './fragments.ts';

const PAGINA = /^(hulp|begrippen|sociale-kaart|trainingen|regiovisie)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

export const zoekwoordSchema = z.strictObject({
  /** Page relative to the region, with a slash at the end: "hulp/geweld-thuis/" or "sociale-kaart/veilig-thuis/". */
  pagina: z
    .string({ error: 'Vul "pagina" in, bijvoorbeeld "hulp/geweld-thuis/".' })
    .regex(PAGINA, {
      error: '"pagina" moet een pagina van de site zijn met een / aan het eind, bijvoorbeeld "hulp/geweld-thuis/" of "sociale-kaart/veilig-thuis/".',
    })
    .refine((p) => !p.startsWith('hulp/') || (SITUATIES as readonly string[]).includes(p.slice(5, -1)), {
      error: `Onbekende hulppagina. Kies uit: ${SITUATIES.map((s) => `hulp/${s}/`).join(', ')}.`,
    }),
  /** What people type: words, short sentences, old names. Letters and spaces are enough; case does not matter. */
  woorden: z
    .array(
      z
        .string({ error: 'Elk zoekwoord moet tekst zijn.' })
        .trim()
        .min(2, { error: 'Een zoekwoord heeft minstens 2 tekens.' })
        .max(80, { error: 'Een zoekwoord is hooguit 80 tekens.' }),
      {
        error: '"woorden" moet een lijst zijn, bijvoorbeeld [slaan, bedreigd].',
      },
    )
    .min(1, { error: 'Geef minstens één zoekwoord.' }),
});

export const zoekwoordenSchema = z.array(zoekwoordSchema, { error: 'zoekwoorden.yaml moet een lijst zijn van items met "pagina" en "woorden".' });

export type Zoekwoord = z.infer<typeof zoekwoordSchema>;
