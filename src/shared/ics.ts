/** iCalendar (RFC 5545) for a training's dated sessions: all-day events, UTF-8, CRLF, folded lines. */
import { escapeText, foldLine } from './vcard.ts';

export interface IcsSession {
  start: Date;
  eind?: Date;
  locatie?: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const nextDay = (d: Date) => new Date(d.getTime() + 86_400_000);

export function ics(input: { uid: string; titel: string; samenvatting?: string; url?: string; sessies: IcsSession[]; stamp: Date }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Regioportaal huiselijk geweld//Trainingen//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  input.sessies.forEach((s, i) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${input.uid}-${i + 1}`,
      `DTSTAMP:${input.stamp
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
      `DTSTART;VALUE=DATE:${day(s.start)}`,
      `DTEND;VALUE=DATE:${day(nextDay(s.eind ?? s.start))}`,
      `SUMMARY:${escapeText(input.titel)}`,
    );
    if (input.samenvatting) lines.push(`DESCRIPTION:${escapeText(input.samenvatting)}`);
    if (s.locatie) lines.push(`LOCATION:${escapeText(s.locatie)}`);
    if (input.url) lines.push(`URL:${input.url}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
