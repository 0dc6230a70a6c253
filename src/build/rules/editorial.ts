/**
 * Editorial rules that keep every claim traceable (warnings an editor must look at, not build errors):
 * - "hulproute": an entry tells readers to call Veilig Thuis (or "contact loopt via ...") while the entry
 *   itself gives no contact: a route no source gives, which sends non-urgent questions to a crisis line.
 * - "bron": the source reference is missing a section number or page, so a reader cannot find it.
 * - "dubbel": one name stands in two collections (a begrip and an organisation, say): one thing, one entry.
 * - "aanbieder": a training names no provider and does not say that the regiovisie names none.
 */
import type { Finding } from '../content-check.ts';
import type { EntryCollection } from '../regions.ts';
import { normalize } from '../../shared/text.ts';

export interface EditorialEntry {
  collection: EntryCollection;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** true for content/landelijk/ entries, which are checked against ../shared/hulplijnen.md instead. */
  shared: boolean;
}

// Routes addressed to the reader: "Bel Veilig Thuis", "Neem contact op met Veilig Thuis", "U komt ... via
// Veilig Thuis", "Contact loopt via Veilig Thuis", "zij brengen u in contact". Not "Reclassering belt met VT".
const ROUTE =
  /(?:(?:^|[.!?:]\s+|\n\s*)(?:bel|neem contact op met)\s+(?:dan\s+|eerst\s+)?veilig thuis|contact (?:loopt|gaat) via veilig thuis|\bu (?:komt|kunt|kan)\b[^.]{0,60}\bvia veilig thuis|brengen u in contact)/i;
const VEILIG_THUIS = /^veilig thuis\b/i;
const VAGUE =
  /^(de |het )?(regiovisie|document|brondocument|algemeen|diverse( hoofdstukken| plaatsen)?|hele (document|regiovisie)|passim|zie tekst|onbekend|n\.?v\.?t\.?|-)\.?$/i;

function ownName(e: EditorialEntry): string {
  return String(e.data['term'] ?? e.data['naam'] ?? e.data['titel'] ?? '');
}

function hasContact(e: EditorialEntry): boolean {
  const c = e.data['contact'] as Record<string, unknown> | undefined;
  return Boolean(c && (c['telefoon'] || c['email'] || c['website']));
}

/** Line of the first match in the file's body, for the message. */
function lineOf(body: string, pattern: RegExp, bodyLine: number): number | undefined {
  const i = body.split('\n').findIndex((l) => pattern.test(l));
  return i === -1 ? undefined : bodyLine + i;
}

export function helpRouteRule(e: EditorialEntry, bodyLine: number): Finding[] {
  if (e.collection === 'hoofdstukken' || e.shared || VEILIG_THUIS.test(ownName(e)) || hasContact(e)) return [];
  const texts = [String(e.data['samenvatting'] ?? ''), String(e.data['definitie'] ?? ''), e.body];
  if (!texts.some((t) => ROUTE.test(t))) return [];
  return [
    {
      file: e.file,
      line: lineOf(e.body, ROUTE, bodyLine),
      level: 'waarschuwing',
      rule: 'hulproute',
      message:
        'Deze tekst stuurt lezers naar Veilig Thuis, maar de regiovisie geeft voor dit item geen contact. Schrijf alleen een hulproute op die de bron geeft; anders: "De regiovisie geeft geen contactgegevens."',
    },
  ];
}

export function sourceRule(e: EditorialEntry): Finding[] {
  if (e.shared) return [];
  const bron = e.data['bron'] as { onderdeel?: string; pagina?: unknown } | undefined;
  const onderdeel = bron?.onderdeel?.trim() ?? '';
  // A page, a section number ("3.2", "Bijlage 2") or a named section ("Inleiding, Netwerksamenwerking") can be
  // found; "regiovisie", "diverse hoofdstukken" and the like cannot.
  if (bron?.pagina !== undefined || /\d/.test(onderdeel) || (onderdeel.length >= 4 && !VAGUE.test(onderdeel))) return [];
  return [
    {
      file: e.file,
      field: 'bron',
      level: 'waarschuwing',
      rule: 'bron',
      message: `De bron "${onderdeel}" is vaag: noem het hoofdstuk of de paragraaf met nummer, of de pagina. Bijvoorbeeld: bron: { onderdeel: "Hoofdstuk 4.2, Visie", pagina: 13 }`,
    },
  ];
}

export function providerRule(e: EditorialEntry): Finding[] {
  if (e.collection !== 'trainingen') return [];
  const d = e.data;
  if (d['aanbieder'] || d['aanbiederNaam'] || d['aanbiederNietGenoemd'] === true) return [];
  return [
    {
      file: e.file,
      field: 'aanbieder',
      level: 'waarschuwing',
      rule: 'aanbieder',
      message:
        'Noem de aanbieder zoals de regiovisie die noemt (aanbieder: <slug> of aanbiederNaam: "…"), of zet aanbiederNietGenoemd: true als de regiovisie geen aanbieder noemt.',
    },
  ];
}

const COLLECTION_LABEL: Record<EntryCollection, string> = {
  hoofdstukken: 'hoofdstuk',
  begrippen: 'begrip',
  organisaties: 'organisatie',
  trainingen: 'training',
};

/** Names (and abbreviations) that stand in more than one of begrippen, organisaties and trainingen. */
export function duplicateNameRule(entries: EditorialEntry[]): Finding[] {
  const byName = new Map<string, EditorialEntry[]>();
  for (const e of entries) {
    if (e.collection === 'hoofdstukken') continue;
    const names = [ownName(e), ...((e.data['afkortingen'] as string[] | undefined) ?? [])];
    for (const name of new Set(names.map(normalize).filter((n) => n.length >= 2))) byName.set(name, [...(byName.get(name) ?? []), e]);
  }
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const [name, list] of byName) {
    const collections = new Set(list.map((e) => e.collection));
    if (collections.size < 2) continue;
    for (const e of list.filter((x) => !x.shared)) {
      const others = list.filter((x) => x !== e && x.collection !== e.collection);
      const key = `${e.file}|${others.map((o) => o.file).join()}`;
      if (!others.length || reported.has(key)) continue;
      reported.add(key);
      findings.push({
        file: e.file,
        level: 'waarschuwing',
        rule: 'dubbel',
        message: `"${name}" staat ook als ${others.map((o) => `${COLLECTION_LABEL[o.collection]} (${o.file})`).join(' en ')}. Eén ding, één item: houd het waar het hoort en link daarnaar.`,
      });
    }
  }
  return findings;
}

/**
 * Rule "inwonertekst": an organisation the help finder shows to residents (a help service with its own contact
 * and situaties) needs its own short resident text, in B1 (at most 15 words a sentence).
 */
export function residentTextRule(e: EditorialEntry, isShown: boolean): Finding[] {
  if (e.collection !== 'organisaties' || !isShown) return [];
  const text = e.data['inwonerTekst'];
  if (typeof text !== 'string') {
    return [
      {
        file: e.file,
        field: 'inwonerTekst',
        level: 'waarschuwing',
        rule: 'inwonertekst',
        message:
          'De hulpwijzer toont deze organisatie aan inwoners. Geef een korte tekst in eenvoudige taal, bijvoorbeeld: inwonerTekst: "Voor advies of een melding bij geweld thuis. Bel gratis 0800-2000, dag en nacht."',
      },
    ];
  }
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.split(/\s+/).length > 15)
    .map((s) => ({
      file: e.file,
      field: 'inwonerTekst',
      level: 'waarschuwing' as const,
      rule: 'inwonertekst',
      message: `Zin van ${s.split(/\s+/).length} woorden (B1: hooguit 15): "${s}". Maak er twee zinnen van.`,
    }));
}
