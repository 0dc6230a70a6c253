/** Interface text lives only in i18n/nl.json; this looks a key up and fills in {placeholders}. */
import strings from '../i18n/nl.json' with { type: 'json' };

export type StringKey = keyof typeof strings;

export function t(key: StringKey | string, vars: Record<string, string | number> = {}): string {
  const template = (strings as Record<string, string>)[key];
  if (template === undefined) throw new Error(`Interfacetekst "${key}" ontbreekt in src/i18n/nl.json.`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The interface text the search page script needs, passed to it as JSON in a data attribute. */
export function searchTexts(): Record<string, string> {
  const keys = ['laden', 'geen', 'resultaat', 'resultaten', 'alle', 'soort', 'doelgroep', 'gemeente', 'regio'];
  return Object.fromEntries(keys.map((k) => [k, t(`zoek.${k}`)]));
}
