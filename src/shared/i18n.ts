/**
 * Interface text lives only in src/i18n/<lang>.json. Dutch (nl.json) has every key; each resident language
 * file has the same key set as the others (checked by a test and by the content check), for the pages and
 * chrome a resident who does not read Dutch meets.
 */
import nl from '../i18n/nl.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import pl from '../i18n/pl.json' with { type: 'json' };
import tr from '../i18n/tr.json' with { type: 'json' };
import ar from '../i18n/ar.json' with { type: 'json' };
import uk from '../i18n/uk.json' with { type: 'json' };

export const RESIDENT_LANGUAGES = ['en', 'pl', 'tr', 'ar', 'uk'] as const;
export type ResidentLanguage = (typeof RESIDENT_LANGUAGES)[number];
export type Lang = 'nl' | ResidentLanguage;

const STRINGS: Record<Lang, Record<string, string>> = { nl, en, pl, tr, ar, uk };

/** Each language named in itself, for the language links. */
export const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English', pl: 'Polski', tr: 'Türkçe', ar: 'العربية', uk: 'Українська' };
export const RTL_LANGUAGES: readonly Lang[] = ['ar'];
export const direction = (lang: Lang): 'rtl' | 'ltr' => (RTL_LANGUAGES.includes(lang) ? 'rtl' : 'ltr');

export type StringKey = keyof typeof nl;
export type Texts = (key: StringKey | string, vars?: Record<string, string | number>) => string;

/** A text function for one language; a missing key is an error, never a silent Dutch fallback. */
export function texts(lang: Lang): Texts {
  const table = STRINGS[lang];
  return (key, vars = {}) => {
    const template = table[key];
    if (template === undefined) throw new Error(`Interfacetekst "${key}" ontbreekt in src/i18n/${lang}.json.`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  };
}

export const t: Texts = texts('nl');

export function stringKeys(lang: Lang): string[] {
  return Object.keys(STRINGS[lang]).sort();
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The interface text the search page script needs, passed to it as JSON in a data attribute. */
export function searchTexts(): Record<string, string> {
  const keys = ['laden', 'geen', 'resultaat', 'resultaten', 'alle', 'soort', 'doelgroep', 'gemeente', 'regio', 'onderdeel'];
  return Object.fromEntries(keys.map((k) => [k, t(`zoek.${k}`)]));
}

/** The texts the search scripts need for corrections and dead ends, shared by the header box and /zoeken/. */
export function searchHelpTexts(): Record<string, string> {
  return {
    geentitel: t('zoek.geentitel'),
    spelling: t('zoek.spelling'),
    verder: t('zoek.verder'),
    hulpkiezen: t('zoek.hulpkiezen'),
    begrippen: t('nav.begrippen'),
    socialekaart: t('nav.socialekaart'),
    bellen: t('zoek.bellen'),
    bedoelde: t('zoek.bedoelde'),
  };
}
