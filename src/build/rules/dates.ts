/**
 * Rule "datums": a training session that already took place is not an error (the catalogue entry stays
 * true), but the editor is told, and the site no longer lists it as planned nor exports it to .ics
 * (see upcomingSessions in src/shared/sessions.ts).
 */
import type { Finding } from '../content-check.ts';
import { dateProblem, formatDate, parseDate } from '../../schemas/dates.ts';
import { isPast } from '../../shared/sessions.ts';

export const RULE = 'datums';

/** A frontmatter date as a Date, whether YAML made it a Date or kept the JJJJ-MM-DD text. */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'string' && !dateProblem(value)) return parseDate(value);
  return undefined;
}

export function pastSessionRule(file: string, data: Record<string, unknown>, now: Date): Finding[] {
  const sessions = Array.isArray(data['data']) ? (data['data'] as Record<string, unknown>[]) : [];
  const findings: Finding[] = [];
  sessions.forEach((session, index) => {
    const start = toDate(session?.['start']);
    const end = toDate(session?.['eind']) ?? start;
    if (start && end && isPast({ start, eind: end }, now)) {
      findings.push({
        file,
        field: `data.${index}.start`,
        level: 'waarschuwing',
        rule: RULE,
        message: `Deze bijeenkomst (${formatDate(start)}) is al geweest. De site toont haar niet meer als gepland en zet haar niet in de agenda (.ics). Haal haar weg of zet een nieuwe datum.`,
      });
    }
  });
  return findings;
}
