/**
 * Charts for chapters, drawn at build time as inline SVG: no JavaScript, nothing loaded. Pure functions,
 * shared by the MDX components (src/site/components/mdx/Grafiek*.astro), which draw them, and by the content
 * check (src/build/rules/charts.ts), which tells the editor what is wrong before the build. One parser in two
 * places would drift, so both call these.
 *
 * The numbers are never computed or rounded for display: every label is the cell text exactly as the author
 * (and the regiovisie) wrote it; only the bar lengths and point heights come from the parsed value.
 */
import { escapeHtml } from './text.ts';

export type ChartKind = 'staaf' | 'gestapeld' | 'lijn' | 'deel';

/** The MDX component of each kind, for messages. */
export const CHART_COMPONENTS: Record<string, ChartKind> = {
  GrafiekStaaf: 'staaf',
  GrafiekGestapeld: 'gestapeld',
  GrafiekLijn: 'lijn',
  GrafiekDeel: 'deel',
};

/** Attributes every chart component accepts; titel and bron are required. */
export const CHART_ATTRIBUTES = ['titel', 'bron', 'beschrijving', 'data', 'kolom', 'kolommen', 'rijen'] as const;

const KIND_NAMES: Record<ChartKind, string> = {
  staaf: 'Staafgrafiek',
  gestapeld: 'Gestapelde staafgrafiek',
  lijn: 'Lijngrafiek',
  deel: 'Grafiek van de verdeling (deel van het geheel)',
};

/** Series a stacked chart may have: four colours that each carry white text (see global.css). */
export const MAX_STACKED_SERIES = 4;
export const MAX_LINE_SERIES = 3;
export const MAX_CATEGORIES = 20;

export interface ChartValue {
  /** The cell as written, shown as the label. */
  text: string;
  /** The parsed number; null for a cell that says there is no number ("-", "n.b."). */
  value: number | null;
}
export interface ChartSeries {
  name: string;
  values: ChartValue[];
}
export interface ChartData {
  categories: string[];
  series: ChartSeries[];
  /** Whether every value is a percentage, so a share chart's whole is 100. */
  percent: boolean;
}
export interface ChartProblem {
  /** Row of the data (0 = header row of a table, 1 = first data row), when the problem is in one row. */
  row?: number;
  message: string;
}

const MISSING = /^(-|–|—|n\.?b\.?|n\.?v\.?t\.?|onbekend|geen cijfer)$/i;
const MULTIPLIERS: Record<string, number> = { mln: 1e6, miljoen: 1e6, mld: 1e9, miljard: 1e9 };

/**
 * A Dutch number as a document writes it: "1.234" (dot groups thousands), "12,5" (comma is the decimal sign),
 * "€ 2.500.000", "€ 1,2 mln", "34%", "ca. 1.500". Returns why not when the cell is no number, so the editor
 * can fix it; "1.5" is refused because it is ambiguous (Dutch 1.5 is not one and a half).
 */
export function parseNumber(raw: string): { value: number | null } | { problem: string } {
  const text = raw
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || MISSING.test(text)) return { value: null };
  let s = text
    .replace(/^(ca\.|circa|±|\+\/-)\s*/i, '')
    .replace(/^€\s*/, '')
    .replace(/\s*%$/, '');
  let factor = 1;
  const word = /\s*(mln|miljoen|mld|miljard)\.?$/i.exec(s);
  if (word) {
    factor = MULTIPLIERS[word[1]!.toLowerCase()]!;
    s = s.slice(0, word.index);
  }
  s = s.replace(/^[−–]/, '-');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return { value: Number(s.replace(/\./g, '').replace(',', '.')) * factor };
  if (/^-?\d+(,\d+)?$/.test(s)) return { value: Number(s.replace(',', '.')) * factor };
  if (/^-?\d+\.\d{1,2}$/.test(s) || /^-?\d+\.\d{4,}$/.test(s)) {
    return {
      problem: `"${text}" is geen Nederlands getal: gebruik een komma voor decimalen (${s.replace('.', ',')}) en een punt alleen tussen duizendtallen (1.234).`,
    };
  }
  return { problem: `"${text}" is geen getal. Schrijf alleen het getal, bijvoorbeeld 1.234, 12,5, € 2.500 of 34%; of "-" als het document geen cijfer geeft.` };
}

/** A row whose label starts with "Totaal" sums the others: it stays in the table, not in the chart. */
const TOTAL_ROW = /^(totaal|totale|total)\b/i;

/**
 * The `data` attribute as table rows: "2019: 120; 2020: 135" is one series. The header row is "Onderdeel" and
 * the `kolom` name (or "Aantal"), so the figure's own table has column headers and rows[i] (i ≥ 1) is the i-th pair.
 */
export function rowsFromAttribute(data: string, kolom?: string): { rows: string[][] } | { problem: string } {
  const parts = data
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length)
    return { problem: 'Het attribuut data is leeg. Schrijf de cijfers als "label: getal; label: getal", bijvoorbeeld data="2019: 120; 2020: 135".' };
  const rows: string[][] = [['Onderdeel', kolom?.trim() || 'Aantal']];
  for (const part of parts) {
    const at = part.lastIndexOf(':');
    if (at <= 0)
      return {
        problem: `"${part}" in data mist een label of een dubbele punt. Schrijf "label: getal", bijvoorbeeld "2019: 120", en scheid de paren met een puntkomma.`,
      };
    rows.push([part.slice(0, at).trim(), part.slice(at + 1).trim()]);
  }
  return { rows };
}

export interface ChartOptions {
  /** The column to draw (header text) for staaf and deel; default the first column with numbers. */
  kolom?: string;
  /** The columns to draw for staaf (bars side by side), gestapeld and lijn, separated by ";"; default every column with numbers. */
  kolommen?: string;
  /**
   * For a table with the years (or groups) as columns: the rows to draw, separated by ";". The table is then
   * read turned a quarter: its column headers become the labels and each named row a series.
   */
  rijen?: string;
}

/** A table turned a quarter, for `rijen`: header cells become the first column, rows become columns. */
export function transpose(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? ''));
}

/**
 * The chart's data from table rows (first row the header, first column the labels), or every problem with
 * the row it is in. Columns in which every cell is a number are series; a text column (such as a remark) is
 * left out unless the author names it, which then must be numbers.
 */
export function chartData(kind: ChartKind, table: string[][], options: ChartOptions = {}): { data?: ChartData; problems: ChartProblem[] } {
  const problems: ChartProblem[] = [];
  const turned = Boolean(options.rijen);
  if (turned && (options.kolommen || options.kolom)) return { problems: [{ message: 'Gebruik kolom="…"/kolommen="…" of rijen="…", niet allebei.' }] };
  if (turned) {
    // Each row label named in `rijen` must exist; the rows then become the series.
    const labels = table.slice(1).map((r) => (r[0] ?? '').replace(/\s+/g, ' ').trim().toLowerCase());
    for (const name of options
      .rijen!.split(';')
      .map((k) => k.trim())
      .filter(Boolean)) {
      if (!labels.includes(name.toLowerCase()))
        problems.push({
          message: `De rij "${name}" staat niet in de tabel. Rijen: ${table
            .slice(1)
            .map((r) => `"${(r[0] ?? '').trim()}"`)
            .join(', ')}.`,
        });
    }
    if (problems.length) return { problems };
    options = { ...options, kolommen: options.rijen, kolom: kind === 'staaf' || kind === 'deel' ? options.rijen!.split(';')[0]!.trim() : undefined };
  }
  const rows = turned ? transpose(table) : table;
  const [header, ...body] = rows;
  if (!header || header.length < 2) return { problems: [{ message: 'De tabel in de grafiek heeft minstens twee kolommen nodig: de labels en de cijfers.' }] };
  const dataRows = body.map((cells, i) => ({ cells, row: i + 1 })).filter((r) => !TOTAL_ROW.test(r.cells[0]?.trim() ?? ''));
  if (dataRows.length < 2 && kind !== 'deel')
    problems.push({ message: 'Een grafiek heeft minstens twee rijen met cijfers nodig. Met één getal is een zin duidelijker.' });
  if (dataRows.length === 0) return { problems: problems.length ? problems : [{ message: 'De grafiek heeft geen rijen met cijfers.' }] };
  if (dataRows.length > MAX_CATEGORIES)
    problems.push({
      message: `De grafiek heeft ${dataRows.length} rijen; hooguit ${MAX_CATEGORIES} blijven leesbaar op een telefoon. Laat de tabel zonder grafiek staan of kies de belangrijkste rijen.`,
    });
  for (const r of dataRows) {
    if (!r.cells[0]?.trim()) problems.push({ row: r.row, message: `Rij ${r.row} van de tabel heeft geen label in de eerste kolom.` });
  }

  const headerNames = header.map((h) => h.trim());
  const numericColumn = (c: number) => {
    const parsed = dataRows.map((r) => parseNumber(r.cells[c] ?? ''));
    return parsed.every((p) => 'value' in p) && parsed.some((p) => 'value' in p && p.value !== null);
  };
  const list = options.kolommen
    ?.split(';')
    .map((k) => k.trim())
    .filter(Boolean);
  // A bar chart takes several columns (bars side by side) only when named; a share chart always one.
  const wanted =
    kind === 'deel' ? (options.kolom ? [options.kolom] : undefined) : kind === 'staaf' ? (list ?? (options.kolom ? [options.kolom] : undefined)) : list;
  let columns: number[];
  if (wanted) {
    columns = [];
    for (const name of wanted) {
      const c = headerNames.findIndex((h, i) => i > 0 && h.toLowerCase() === name.toLowerCase());
      if (c < 0)
        problems.push({
          row: 0,
          message: `De kolom "${name}" staat niet in de tabel. Kolommen: ${headerNames
            .slice(1)
            .map((h) => `"${h}"`)
            .join(', ')}.`,
        });
      else columns.push(c);
    }
  } else {
    columns = headerNames.map((_, i) => i).filter((i) => i > 0 && numericColumn(i));
    if (kind === 'staaf' || kind === 'deel') columns = columns.slice(0, 1);
    if (!columns.length) {
      // Say which cell is the culprit: the first one that is not a number.
      for (let c = 1; c < header.length && !problems.length; c++) {
        for (const r of dataRows) {
          const parsed = parseNumber(r.cells[c] ?? '');
          if ('problem' in parsed) {
            problems.push({ row: r.row, message: `Rij ${r.row}, kolom "${headerNames[c]}": ${parsed.problem}` });
            break;
          }
        }
      }
      if (!problems.length) problems.push({ message: 'De tabel heeft geen kolom met getallen.' });
    }
  }
  if (kind === 'gestapeld' && columns.length < 2)
    problems.push({
      message: 'Een gestapelde grafiek heeft minstens twee kolommen met getallen nodig (de delen van elke staaf). Gebruik anders <GrafiekStaaf>.',
    });
  if (kind === 'gestapeld' && columns.length > MAX_STACKED_SERIES)
    problems.push({
      message: `Een gestapelde grafiek heeft hooguit ${MAX_STACKED_SERIES} delen per staaf; deze heeft er ${columns.length}. Kies kolommen met kolommen="…; …".`,
    });
  if (kind === 'staaf' && columns.length > MAX_STACKED_SERIES)
    problems.push({
      message: `Een staafgrafiek heeft hooguit ${MAX_STACKED_SERIES} staven per rij; deze heeft er ${columns.length}. Kies kolommen met kolommen="…; …".`,
    });
  if (kind === 'lijn' && columns.length > MAX_LINE_SERIES)
    problems.push({ message: `Een lijngrafiek heeft hooguit ${MAX_LINE_SERIES} lijnen; deze heeft er ${columns.length}. Kies kolommen met kolommen="…; …".` });

  const series: ChartSeries[] = [];
  for (const c of columns) {
    const values: ChartValue[] = [];
    for (const r of dataRows) {
      const text = (r.cells[c] ?? '').replace(/\s+/g, ' ').trim();
      const parsed = parseNumber(text);
      if ('problem' in parsed) {
        problems.push({ row: r.row, message: `Rij ${r.row}, kolom "${headerNames[c]}": ${parsed.problem}` });
        values.push({ text, value: null });
      } else {
        if (parsed.value !== null && parsed.value < 0 && kind !== 'lijn')
          problems.push({
            row: r.row,
            message: `Rij ${r.row}: een staaf of deel kan niet negatief zijn ("${text}"). Gebruik een lijngrafiek of laat de tabel zonder grafiek staan.`,
          });
        values.push({ text, value: parsed.value });
      }
    }
    series.push({ name: headerNames[c] || 'Aantal', values });
  }
  if (problems.length) return { problems: turned ? problems.map(({ message }) => ({ message })) : problems };
  const percent = series.every((s) => s.values.every((v) => v.value === null || /%\s*$/.test(v.text)));
  return { data: { categories: dataRows.map((r) => r.cells[0]!.replace(/\s+/g, ' ').trim()), series, percent }, problems };
}

// ---------------------------------------------------------------------------------------------------------
// Drawing. A narrow viewBox keeps the text legible when the figure shrinks to a 360 px phone (the SVG scales
// with its width, so the text scales too); labels sit above the bars so long labels never squeeze them.

export const VIEW_WIDTH = 380;
const FONT = 15;
const LINE = 19;
const CHARS_PER_LINE = 44;
const BAR = 18;
/** Width of one character of a bold value label, on the wide side (DejaVu Sans bold digits), so labels never clip. */
const CHAR = 9.6;
const NARROW = /[.,:;' ]/;

/** Estimated width of a bold label in viewBox units: wide for "%" and "€", narrow for punctuation. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const c of text) w += c === '%' ? 15 : c === '€' ? 10.5 : NARROW.test(c) ? 5.5 : /[A-Z]/.test(c) ? 11 : CHAR;
  return w;
}

/**
 * Text for inside an SVG, escaped. Begrippen are linked in the Markdown pipeline, before a component draws,
 * so the chart's text is never turned into links.
 */
export function svgText(text: string): string {
  return escapeHtml(text);
}

/** Splits a label into lines of at most `max` characters, on spaces. */
export function wrap(text: string, max = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const round = (n: number) => Math.round(n * 10) / 10;

function textLines(lines: string[], x: number, y: number, cls: string): string {
  if (lines.length === 1) return `<text x="${x}" y="${y}" class="${cls}">${svgText(lines[0]!)}</text>`;
  return `<text x="${x}" y="${y}" class="${cls}">${lines.map((l, i) => `<tspan x="${x}" dy="${i ? LINE : 0}">${svgText(l)}</tspan>`).join('')}</text>`;
}

/** The text alternative: kind, and every value with its label, so a screen reader hears all the numbers. */
export function chartDescription(kind: ChartKind, data: ChartData, beschrijving?: string): string {
  const parts = data.categories.map((category, i) => {
    const values = data.series.map((s) => (data.series.length > 1 ? `${s.name} ${s.values[i]!.text || '-'}` : s.values[i]!.text || '-'));
    return `${category}: ${values.join(', ')}`;
  });
  const kindText = data.series.length === 1 && kind !== 'deel' ? `${KIND_NAMES[kind]} van ${data.series[0]!.name}` : KIND_NAMES[kind];
  return [beschrijving?.trim(), `${kindText}. ${parts.join('; ')}.`].filter(Boolean).join(' ');
}

export interface SvgOptions {
  id: string;
  titel: string;
  beschrijving?: string;
}

function svg(id: string, height: number, titel: string, desc: string, body: string, kind: ChartKind): string {
  return `<svg class="grafiek__beeld grafiek__beeld--${kind}" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${VIEW_WIDTH} ${Math.ceil(height)}" width="${VIEW_WIDTH}" height="${Math.ceil(height)}" font-size="${FONT}"><title id="${id}-t">${svgText(titel)}</title><desc id="${id}-d">${svgText(desc)}</desc>${body}</svg>`;
}

function legend(series: ChartSeries[], y: number): { svg: string; height: number } {
  let out = '';
  let line = y;
  for (const [i, s] of series.entries()) {
    out += `<rect x="0" y="${line - 12}" width="14" height="14" class="grafiek__reeks-${i + 1}"/>${textLines([`${i + 1}. ${s.name}`], 20, line, 'grafiek__legenda')}`;
    line += LINE + 2;
  }
  return { svg: out, height: line - y };
}

/**
 * Horizontal bars: label above, bar below, the value written after the bar's end. With several series the
 * bars of a row stand under each other, each with its series number, so the legend is not read by colour alone.
 */
function bars(data: ChartData, kind: 'staaf' | 'deel'): { body: string; height: number } {
  const grouped = data.series.length > 1;
  const all = data.series.flatMap((s) => s.values);
  const values = data.series[0]!.values;
  const whole = kind === 'deel' ? (data.percent ? 100 : values.reduce((sum, v) => sum + (v.value ?? 0), 0)) : Math.max(...all.map((v) => v.value ?? 0));
  // Room after the bars for the longest value label.
  const room = Math.max(...all.map((v) => labelWidth(`${grouped ? '1. ' : ''}${v.text || '-'}`))) + 12;
  const track = VIEW_WIDTH - room;
  const { svg: legendSvg, height: legendHeight } = grouped ? legend(data.series, FONT) : { svg: '', height: 0 };
  let y = grouped ? legendHeight + 8 : 0;
  let body = legendSvg;
  data.categories.forEach((category, i) => {
    const lines = wrap(category);
    body += textLines(lines, 0, y + FONT, 'grafiek__label');
    y += lines.length * LINE + 4;
    data.series.forEach((s, k) => {
      const v = s.values[i]!;
      const width = whole > 0 && v.value !== null ? Math.max(v.value > 0 ? 2 : 0, (v.value / whole) * track) : 0;
      // A share chart shows the whole as a track, so each bar reads as a part of it.
      if (kind === 'deel') body += `<rect x="0" y="${round(y)}" width="${track}" height="${BAR}" class="grafiek__spoor"/>`;
      body += `<rect x="0" y="${round(y)}" width="${round(width)}" height="${BAR}" class="grafiek__reeks-${k + 1}"/>`;
      const valueX = kind === 'deel' ? track + 6 : round(width + 6);
      body += `<text x="${valueX}" y="${round(y + BAR - 4)}" class="grafiek__waarde">${svgText(`${grouped ? `${k + 1}. ` : ''}${v.text || '-'}`)}</text>`;
      y += BAR + (k === data.series.length - 1 ? 12 : 4);
    });
  });
  return { body, height: y };
}

/** Stacked bars: each part carries its value in white when it fits; the order of parts follows the legend. */
function stacked(data: ChartData): { body: string; height: number } {
  const totals = data.categories.map((_, i) => data.series.reduce((sum, s) => sum + (s.values[i]!.value ?? 0), 0));
  const max = Math.max(...totals);
  const track = VIEW_WIDTH - 4;
  const { svg: legendSvg, height: legendHeight } = legend(data.series, FONT);
  let y = legendHeight + 8;
  let body = legendSvg;
  data.categories.forEach((category, i) => {
    const lines = wrap(category);
    body += textLines(lines, 0, y + FONT, 'grafiek__label');
    y += lines.length * LINE + 4;
    let x = 0;
    const below: string[] = [];
    data.series.forEach((s, k) => {
      const v = s.values[i]!;
      const width = max > 0 && v.value ? (v.value / max) * track : 0;
      if (width > 0)
        body += `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${BAR + 4}" class="grafiek__reeks-${k + 1} grafiek__deel"/>`;
      const label = v.text || '-';
      // A value that does not fit is written below the bar.
      if (width >= labelWidth(label) + 8) body += `<text x="${round(x + 4)}" y="${round(y + BAR - 2)}" class="grafiek__binnen">${svgText(label)}</text>`;
      else below.push(`${k + 1}. ${label}`);
      x += width;
    });
    y += BAR + 4;
    if (below.length) {
      body += textLines([below.join('  ')], 0, y + FONT + 2, 'grafiek__waarde');
      y += LINE + 2;
    }
    y += 12;
  });
  return { body, height: y };
}

/** Lines over the categories (usually years), every point labelled with its value. */
function lines(data: ChartData): { body: string; height: number } {
  const { svg: legendSvg, height: legendHeight } = data.series.length > 1 ? legend(data.series, FONT) : { svg: '', height: 0 };
  const top = legendHeight + 8 + FONT + 6;
  const plot = 170;
  // Labels are centred on their points: the outer points stay half a label away from the edges.
  const pad = Math.max(
    24,
    ...data.series.flatMap((s) => s.values.map((v) => labelWidth(v.text) / 2 + 2)),
    ...data.categories.map((c) => labelWidth(c) / 2 + 2),
  );
  const left = pad;
  const right = VIEW_WIDTH - pad;
  const all = data.series.flatMap((s) => s.values.map((v) => v.value).filter((v): v is number => v !== null));
  const max = Math.max(...all, 0);
  const min = Math.min(...all, 0);
  const span = max - min || 1;
  const n = data.categories.length;
  const xAt = (i: number) => round(n === 1 ? (left + right) / 2 : left + (i * (right - left)) / (n - 1));
  const yAt = (v: number) => round(top + plot - ((v - min) / span) * plot);
  let body = legendSvg;
  // The zero line, so the height of a point reads against nothing.
  body += `<line x1="0" x2="${VIEW_WIDTH}" y1="${yAt(0)}" y2="${yAt(0)}" class="grafiek__as"/>`;
  data.series.forEach((s, k) => {
    const segments: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (v.value === null) segments.push([]);
      else segments.at(-1)!.push(`${xAt(i)},${yAt(v.value)}`);
    });
    for (const points of segments.filter((p) => p.length > 1)) body += `<polyline points="${points.join(' ')}" class="grafiek__lijn grafiek__lijn-${k + 1}"/>`;
    s.values.forEach((v, i) => {
      if (v.value === null) return;
      const cx = xAt(i);
      const cy = yAt(v.value);
      // Different marker shapes per line, so the lines differ in more than colour.
      body +=
        k === 1
          ? `<rect x="${cx - 5}" y="${cy - 5}" width="10" height="10" class="grafiek__punt grafiek__punt-${k + 1}"/>`
          : k === 2
            ? `<path d="M${cx} ${cy - 6}L${cx + 6} ${cy + 5}H${cx - 6}Z" class="grafiek__punt grafiek__punt-${k + 1}"/>`
            : `<circle cx="${cx}" cy="${cy}" r="5" class="grafiek__punt grafiek__punt-${k + 1}"/>`;
      // First line's labels above its points, the others below, so two lines' labels do not overlap.
      const ly = k === 0 ? cy - 10 : cy + 22;
      body += `<text x="${cx}" y="${ly}" text-anchor="middle" class="grafiek__waarde">${svgText(v.text)}</text>`;
    });
  });
  const base = top + plot + 26;
  data.categories.forEach((category, i) => {
    body += `<text x="${xAt(i)}" y="${base}" text-anchor="middle" class="grafiek__label">${svgText(category)}</text>`;
  });
  return { body, height: base + 8 };
}

/** The whole SVG of a chart. */
export function chartSvg(kind: ChartKind, data: ChartData, options: SvgOptions): string {
  const { body, height } = kind === 'lijn' ? lines(data) : kind === 'gestapeld' ? stacked(data) : bars(data, kind);
  return svg(options.id, height, options.titel, chartDescription(kind, data, options.beschrijving), body, kind);
}

/**
 * Removes every element whose start tag matches `start`, with all it contains (nested elements of the same
 * name included), e.g. the glossary's popover <span popover> beside a linked term.
 */
function dropElements(html: string, start: RegExp, tag: string): string {
  let out = html;
  for (let m = start.exec(out); m; m = start.exec(out)) {
    const open = new RegExp(`<${tag}\\b|</${tag}\\s*>`, 'gi');
    open.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = open.exec(out); t; t = open.exec(out)) {
      depth += t[0][1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + out.slice(end);
  }
  return out;
}

/**
 * Plain text of an HTML fragment (a rendered table cell), as a reader sees the cell: footnote references,
 * the glossary's explain buttons and popovers out, tags out, entities decoded.
 */
export function htmlText(html: string): string {
  const visible = dropElements(dropElements(html, /<span\b[^>]*\spopover\b[^>]*>/i, 'span'), /<button\b[^>]*>/i, 'button');
  return visible
    .replace(/<sup\b[\s\S]*?<\/sup>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, code: string) => {
      if (code[0] === '#') return String.fromCodePoint(code[1]!.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[code.toLowerCase()]!;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rows of the first <table> in rendered HTML (header row first), as plain cell texts. */
export function rowsFromHtml(html: string): string[][] | undefined {
  const table = /<table\b[\s\S]*?<\/table>/i.exec(html)?.[0];
  if (!table) return undefined;
  return [...table.matchAll(/<tr\b[\s\S]*?<\/tr>/gi)].map((tr) => [...tr[0].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((cell) => htmlText(cell[1]!)));
}
