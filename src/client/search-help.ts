// Pieces both search boxes show: the way on when nothing is found, and "Bedoelde u …?" after a correction.
import { escapeHtml } from '../shared/text.ts';

export type HelpTexts = Record<'geentitel' | 'spelling' | 'verder' | 'hulpkiezen' | 'begrippen' | 'socialekaart' | 'bellen' | 'bedoelde', string>;

/** Never a dead end: the query itself, spelling advice, the help finder, the A–Z lists and the phone number. */
export function noResultsHtml(query: string, base: string, text: HelpTexts): string {
  return (
    `<div class="zoek-geen"><p><strong>${escapeHtml(text.geentitel.replace('{q}', query))}</strong></p><p>${escapeHtml(text.spelling)}</p><p>${escapeHtml(text.verder)}</p><ul>` +
    `<li><a href="${escapeHtml(base)}hulp/">${escapeHtml(text.hulpkiezen)}</a></li>` +
    `<li><a href="${escapeHtml(base)}begrippen/">${escapeHtml(text.begrippen)} (A-Z)</a></li>` +
    `<li><a href="${escapeHtml(base)}sociale-kaart/">${escapeHtml(text.socialekaart)} (A-Z)</a></li>` +
    `<li><a href="tel:08002000">${escapeHtml(text.bellen)}</a></li></ul></div>`
  );
}

export function didYouMeanHtml(name: string, url: string, text: HelpTexts): string {
  const [before, after = ''] = text.bedoelde.split('{x}');
  return `<p class="zoek-bedoelde">${escapeHtml(before)}<a href="${escapeHtml(url)}">${escapeHtml(name)}</a>${escapeHtml(after)}</p>`;
}

/** Status line: "Geen resultaten", "1 resultaat", "{n} resultaten". */
export function countText(n: number, text: Record<string, string>): string {
  return n === 0 ? text['geen']! : n === 1 ? text['resultaat']! : text['resultaten']!.replace('{n}', String(n));
}
