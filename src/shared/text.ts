/** Text helpers used on every side (build, pages, browser): one escaper, one normaliser. Pure. */

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** "Súdwest-Fryslân" becomes "Sudwest-Fryslan": accents off, letters kept. */
export function foldAccents(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lower case, accents and punctuation folded away, single spaces: how names and queries are compared.
 * "+" and "&" stay, because they tell names apart (MDA++, Zorg & Veiligheid).
 */
export function normalize(value: string): string {
  return foldAccents(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+&]+/gu, ' ')
    .trim();
}
