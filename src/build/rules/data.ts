/**
 * Rules on the fields of an entry:
 * - "b1": "In het kort" in plain Dutch, at most 15 words a sentence;
 * - "gecontroleerd": contact details checked within 12 months (warning) and 24 months (error);
 * - "prive-email": no private e-mail address anywhere in a file (a person's mailbox is never published).
 */
import type { Finding } from '../content-check.ts';
import { isPrivateEmail } from '../../shared/validate.ts';
import { toDate } from './dates.ts';

export const PLAIN_SENTENCE_WORDS = 15;
const DAY = 86_400_000;

export function longSentences(text: string, maxWords = PLAIN_SENTENCE_WORDS): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s && s.split(/\s+/).length > maxWords);
}

export function plainLanguageRule(file: string, data: Record<string, unknown>): Finding[] {
  const value = data['inHetKort'];
  if (typeof value !== 'string') return [];
  return longSentences(value).map((s) => ({
    file,
    field: 'inHetKort',
    level: 'waarschuwing' as const,
    rule: 'b1',
    message: `Zin van ${s.split(/\s+/).length} woorden in "inHetKort" (richtlijn B1: hooguit ${PLAIN_SENTENCE_WORDS}): "${s}". Maak er twee zinnen van.`,
  }));
}

export function freshnessRule(file: string, data: Record<string, unknown>, now: Date): Finding[] {
  const checked = toDate(data['gecontroleerd']);
  if (!checked) return [];
  const age = (now.getTime() - checked.getTime()) / DAY;
  if (age > 730)
    return [
      {
        file,
        field: 'gecontroleerd',
        level: 'fout',
        rule: 'gecontroleerd',
        message: 'De gegevens zijn meer dan 24 maanden niet gecontroleerd. Controleer telefoon, e-mail, website en adres en zet de datum van vandaag.',
      },
    ];
  if (age > 365)
    return [
      {
        file,
        field: 'gecontroleerd',
        level: 'waarschuwing',
        rule: 'gecontroleerd',
        message: 'De gegevens zijn meer dan 12 maanden niet gecontroleerd. Controleer ze binnenkort en werk de datum bij.',
      },
    ];
  return [];
}

export function privateEmailRule(file: string, text: string): Finding[] {
  return [...text.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)]
    .filter((m) => isPrivateEmail(m[0]))
    .map((m) => ({
      file,
      level: 'fout' as const,
      field: 'e-mail',
      rule: 'prive-email',
      message: `"${m[0]}" is een privé-e-mailadres en mag niet gepubliceerd worden. Gebruik een adres van de organisatie of laat het weg.`,
    }));
}
