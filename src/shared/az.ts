import { foldAccents } from './text.ts';
/** Groups items under their first letter (A-Z, digits under "#"), sorted the Dutch way. */
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function letterOf(text: string): string {
  const first = foldAccents(text).trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function groupByLetter<T>(items: T[], key: (item: T) => string): { letter: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => collator.compare(key(a), key(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = letterOf(key(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, items: list }));
}

/** First sentence of a definition, at most about 90 characters: the A-Z list stays light; the page has it all. */
export function shortDefinition(text: string, max = 90): string {
  const first = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
