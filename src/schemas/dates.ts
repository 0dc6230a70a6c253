/**
 * Dates in content are written one way only, JJJJ-MM-DD, and must exist on the calendar. YAML turns an
 * unquoted 2027-02-31 into 3 March without a word, and JavaScript reads "01-03-2027" as 3 January, so the
 * text the editor wrote is judged, never what a parser made of it.
 */
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a written date is wrong, in Dutch with the right way to write it; undefined when it is a real JJJJ-MM-DD date. */
export function dateProblem(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12) return `"${value}" is geen bestaande datum: er is geen maand ${month}. Schrijf JJJJ-MM-DD, bijvoorbeeld ${year}-03-01.`;
    const max = daysIn(year, month);
    if (day < 1 || day > max)
      return `"${value}" is geen bestaande datum: ${MONTHS[month - 1]} ${year} heeft ${max} dagen. Controleer de datum, bijvoorbeeld ${year}-${pad(month)}-${pad(Math.min(max, Math.max(1, day)))}.`;
    return undefined;
  }
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (dutch) {
    const suggestion = `${dutch[3]}-${pad(Number(dutch[2]))}-${pad(Number(dutch[1]))}`;
    return `"${value}" staat in de volgorde dag-maand-jaar. Schrijf de datum als JJJJ-MM-DD: ${suggestion}.`;
  }
  const month = MONTHS.findIndex((m) => value.toLowerCase().includes(m));
  const year = /\b(\d{4})\b/.exec(value)?.[1];
  if (month >= 0 && year)
    return `"${value}" is geen volledige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld ${year}-${pad(month + 1)}-01 (vul de echte dag in).`;
  return `"${value}" is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2027-03-01.`;
}

/** A checked JJJJ-MM-DD text as the Date YAML would have made of it (midnight UTC). */
export function parseDate(text: string): Date {
  return new Date(`${text.trim()}T00:00:00Z`);
}

/** YYYY-MM-DD of a Date, as YAML wrote it. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
