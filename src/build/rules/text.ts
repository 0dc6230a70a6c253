/**
 * Rules on the body text as an editor wrote it:
 * - "omzetting": debris of the PDF-to-text conversion (replacement characters, page headers, glued words,
 *   line-end hyphens) and images without alt text;
 * - "koppen": heading levels that screen-reader users can follow (no second h1, no skipped level).
 * Code fences are skipped: what is inside is shown as code, not read as text.
 */
import type { Finding, Level } from '../content-check.ts';

const CONVERSION: { re: RegExp; level: Level; message: (m: RegExpExecArray) => string }[] = [
  {
    re: /!\[\s*\]\(/,
    level: 'fout',
    message: () => 'Afbeelding zonder alt-tekst. Beschrijf de afbeelding tussen de haken: ![Grafiek van het aantal meldingen](...).',
  },
  {
    re: /[\uFFFD\uF0B7\uF0A7\u25A1\u25A0\u00AD\u0007]/,
    level: 'fout',
    message: () => 'Vreemd teken uit de PDF-omzetting gevonden (zoals �,  of een zacht afbreekstreepje). Verwijder of vervang het.',
  },
  { re: /\b[Pp]agina \d+ van \d+\b/, level: 'waarschuwing', message: () => 'Dit lijkt een paginakop of -voet uit de PDF ("pagina x van y"). Verwijder die.' },
  {
    re: /(?<![\p{L}\d])[a-zà-ÿ]{2,}[A-Z][a-zà-ÿ]{2,}/u,
    level: 'waarschuwing',
    message: (m) => `"${m[0]}" lijkt op aan elkaar geplakte woorden uit de PDF-omzetting. Zet er een spatie tussen als dat zo is.`,
  },
  {
    re: /[a-zà-ÿ]-$/,
    level: 'waarschuwing',
    message: () => 'De regel eindigt op een afbreekstreepje. Plak het woord aan elkaar, behalve bij echte samenstellingen ("jeugd- en gezinswerk").',
  },
];

/** Lines outside code fences, with their line number in the file. */
export function proseLines(body: string, bodyLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let inCode = false;
  body.split(/\r?\n/).forEach((text, index) => {
    if (/^\s*```/.test(text)) inCode = !inCode;
    else if (!inCode) out.push({ text, line: bodyLine + index });
  });
  return out;
}

export function conversionRule(file: string, body: string, bodyLine: number): Finding[] {
  return proseLines(body, bodyLine).flatMap(({ text, line }) =>
    CONVERSION.flatMap((rule) => {
      const m = rule.re.exec(text);
      return m ? [{ file, line, level: rule.level, message: rule.message(m), rule: 'omzetting' }] : [];
    }),
  );
}

export function headingRule(file: string, body: string, bodyLine: number): Finding[] {
  const findings: Finding[] = [];
  let lastLevel = 1;
  for (const { text, line } of proseLines(body, bodyLine)) {
    const heading = /^(#{1,6})\s+\S/.exec(text);
    if (!heading) continue;
    const level = heading[1]!.length;
    if (level === 1) {
      findings.push({ file, line, level: 'fout', rule: 'koppen', message: 'Gebruik geen kop met één # : de titel is al de hoofdkop. Begin met ## .' });
    } else if (level > lastLevel + 1) {
      findings.push({
        file,
        line,
        level: 'fout',
        rule: 'koppen',
        message: `Kopniveau springt van ${lastLevel} naar ${level}. Gebruik ${'#'.repeat(lastLevel + 1)} zodat schermlezers de structuur kunnen volgen.`,
      });
    }
    lastLevel = Math.max(level, 2);
  }
  return findings;
}
