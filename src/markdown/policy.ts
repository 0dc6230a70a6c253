/**
 * The rules for what content may put into a page: which URLs, which HTML elements and attributes.
 * Pure functions, shared by the build's Markdown pipeline (src/markdown/guards.ts), which refuses to
 * render a page that breaks them, and by the content check (src/build/rules/), which tells the editor
 * where and how to fix it. One rule set in two places would drift, so both call these.
 */

/** Author link schemes that the build turns into site URLs (see src/shared/urls.ts). */
const SITE_SCHEMES = ['begrip', 'organisatie', 'training', 'hoofdstuk'];

/**
 * Browsers drop ASCII tab/newline anywhere in a URL and trim leading control characters and spaces
 * before they read the scheme ("java\tscript:" runs as javascript:). The scheme is judged on what the
 * browser would see, so no spelling can slip past.
 */
export function browserScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m?.[1]!.toLowerCase();
}

export type UrlKind = 'link' | 'resource';

/**
 * Why a URL may not appear in content, in Dutch with what to write instead; undefined when it is fine.
 * `link` is an <a href>; `resource` is anything the browser loads by itself (img src and the like), which
 * may only come from the site itself, because another website would see who reads the page.
 */
export function urlProblem(url: string, kind: UrlKind = 'link'): string | undefined {
  const trimmed = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return `Het adres "${printable(url)}" bevat onzichtbare tekens. Typ het adres opnieuw.`;
  const scheme = browserScheme(url);
  if (scheme === 'javascript' || scheme === 'vbscript')
    return `Een ${scheme}:-link is niet toegestaan: die voert code uit. Gebruik een gewone https-link, bijvoorbeeld [Veilig Thuis](https://veiligthuis.nl).`;
  if (scheme === 'data') return 'Een data:-adres is niet toegestaan. Zet een bestand in de repository of link naar een https-adres.';
  if (scheme === 'http') return `Een http-link is onveilig. Gebruik https://, bijvoorbeeld ${printable(url).replace(/^http:/i, 'https:')}.`;
  if (/^[\\/]{2}/.test(trimmed))
    return `Een adres dat met // begint ("${printable(url)}") is niet toegestaan. Schrijf het volledige adres met https://, of een pad binnen de site dat met één / begint.`;
  if (kind === 'resource') {
    if (scheme)
      return `"${printable(url)}" laadt iets van een andere website, en die ziet dan wie de pagina bekijkt. Zet het bestand in de repository en verwijs ernaar met een pad.`;
    return undefined;
  }
  if (!scheme) return undefined; // relative link inside the site, or #anker
  if (scheme === 'https' || scheme === 'mailto' || scheme === 'tel' || SITE_SCHEMES.includes(scheme)) return undefined;
  return `Het adres "${printable(url)}" gebruikt "${scheme}:", en dat is niet toegestaan. Toegestaan zijn https:, mailto:, tel:, begrip:, organisatie:, training:, hoofdstuk: en paden binnen de site.`;
}

function printable(url: string): string {
  return url.replace(/[\u0000-\u001f\u007f]/g, '�').slice(0, 120);
}

/** External links get rel="noreferrer", so the other site does not learn which page (and so which topic) the reader came from. */
export function isExternal(href: string): boolean {
  const scheme = browserScheme(href);
  return scheme === 'https' || scheme === 'http';
}

/** Elements an editor may write as raw HTML in Markdown. Everything else is refused. */
export const ALLOWED_ELEMENTS = new Set([
  'abbr',
  'sub',
  'sup',
  'br',
  'b',
  'strong',
  'i',
  'em',
  'small',
  'span',
  'div',
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  'figure',
  'figcaption',
  'blockquote',
  'details',
  'summary',
  'a',
  'mark',
  'q',
  'cite',
  'code',
  'kbd',
  'time',
  // What the Markdown processor itself writes for headings, code, strike-through, footnotes and images.
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
  'del',
  's',
  'section',
  'img',
]);

/** Attributes every allowed element may carry. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'title', 'dir']);
const ELEMENT_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'title', 'lang', 'id', 'class', 'aria-label', 'aria-describedby', 'data-footnote-ref', 'data-footnote-backref']),
  th: new Set(['colspan', 'rowspan', 'scope', 'headers', 'abbr', 'style']),
  td: new Set(['colspan', 'rowspan', 'headers', 'style']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  ol: new Set(['start', 'reversed', 'type']),
  li: new Set(['value']),
  img: new Set(['src', 'alt', 'width', 'height']),
  time: new Set(['datetime']),
  details: new Set(['open']),
  section: new Set(['data-footnotes']),
  h2: new Set(['aria-hidden']),
};

/** Why an element is refused, with what to do instead. */
const ELEMENT_REASONS: Record<string, string> = {
  script: 'Een <script> is niet toegestaan in inhoud. Scripts horen in de code, niet in een pagina.',
  style: 'Een <style> is niet toegestaan: de opmaak komt uit de huisstijl van de site.',
  iframe: 'Een <iframe> laadt inhoud van een andere site en is niet toegestaan. Verwijs met een gewone link.',
  frame: 'Een <frame> laadt inhoud van een andere site en is niet toegestaan. Verwijs met een gewone link.',
  object: 'Een <object> laadt inhoud van een andere site en is niet toegestaan. Verwijs met een gewone link.',
  embed: 'Een <embed> laadt inhoud van een andere site en is niet toegestaan. Verwijs met een gewone link.',
  form: 'Een formulier (<form>) is niet toegestaan in inhoud. Link naar het formulier van de organisatie.',
  input: 'Een invoerveld (<input>) is niet toegestaan in inhoud. Gebruik gewone tekst of een gewone lijst.',
  button: 'Een knop (<button>) is niet toegestaan in inhoud. Gebruik een gewone link.',
  base: 'Een <base> verandert waar alle links heen gaan en is niet toegestaan. Verwijder het.',
  link: 'Een <link> laadt iets van elders en is niet toegestaan. Gebruik een gewone link: [tekst](https://...).',
  meta: 'Een <meta> is niet toegestaan in inhoud (het kan de pagina doorsturen of de privacy-instellingen veranderen). Verwijder het.',
  svg: 'Een <svg> is niet toegestaan in inhoud. Zet een afbeelding in de repository en gebruik ![beschrijving](pad).',
  math: 'Een <math> is niet toegestaan in inhoud. Schrijf de formule als tekst.',
  template: 'Een <template> is niet toegestaan in inhoud. Verwijder het.',
  video: 'Video (<video>) is niet toegestaan in inhoud. Link naar de video met een gewone https-link.',
  audio: 'Geluid (<audio>) is niet toegestaan in inhoud. Link naar het bestand met een gewone https-link.',
  source: 'Een <source> is niet toegestaan in inhoud. Link naar het bestand met een gewone https-link.',
  track: 'Een <track> is niet toegestaan in inhoud. Link naar het bestand met een gewone https-link.',
  h1: 'Gebruik geen <h1>: de titel is al de hoofdkop. Begin met ## .',
};

/**
 * Turns a hast property name into the HTML attribute it came from (className → class, onClick → onclick,
 * httpEquiv → http-equiv, ariaLabel → aria-label), so rules read like the HTML the editor wrote.
 */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (property === 'httpEquiv') return 'http-equiv';
  if (property === 'acceptCharset') return 'accept-charset';
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'ping',
  'xlink:href',
  'data',
  'codebase',
  'longdesc',
  'manifest',
  'icon',
  'lowsrc',
  'dynsrc',
]);

function propertyText(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * Every problem with one element (tag name and hast properties), in Dutch. Empty when the element is allowed.
 */
export function elementProblems(tagName: string, properties: Record<string, unknown> = {}): string[] {
  const tag = tagName.toLowerCase();
  if (!ALLOWED_ELEMENTS.has(tag)) {
    return [
      ELEMENT_REASONS[tag] ??
        `Het HTML-element <${tag}> is niet toegestaan in inhoud. Toegestaan zijn onder meer: abbr, sub, sup, strong, em, span, div, p, lijsten, tabellen, figure, blockquote, details en a. Of gebruik gewone Markdown.`,
    ];
  }
  const problems: string[] = [];
  const allowed = ELEMENT_ATTRIBUTES[tag];
  for (const [property, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const name = attributeName(property);
    if (/^on/.test(name)) {
      problems.push(`Een event-attribuut (${name}=) is niet toegestaan: het voert code uit. Verwijder het attribuut.`);
      continue;
    }
    if (name === 'style') {
      // The processor writes text-align for table columns; the page turns it into a class (CSP allows no inline style).
      if ((tag === 'th' || tag === 'td') && /^\s*text-align:\s*(left|right|center)\s*;?\s*$/.test(propertyText(value))) continue;
      problems.push('Een style-attribuut is niet toegestaan: de opmaak komt uit de huisstijl. Verwijder style="…".');
      continue;
    }
    if (name.includes(':')) {
      problems.push(`Het attribuut "${name}" is niet toegestaan in inhoud. Verwijder het.`);
      continue;
    }
    if (tag === 'a' && name === 'href') {
      const problem = urlProblem(propertyText(value), 'link');
      if (problem) problems.push(problem);
      continue;
    }
    if (tag === 'img' && name === 'src') {
      const problem = urlProblem(propertyText(value), 'resource');
      if (problem) problems.push(`Een afbeelding van een andere website is niet toegestaan (die website ziet dan wie de pagina bekijkt). ${problem}`);
      continue;
    }
    if (GLOBAL_ATTRIBUTES.has(name) || allowed?.has(name)) continue;
    if (URL_ATTRIBUTES.has(name) || ['referrerpolicy', 'http-equiv', 'ping', 'formaction', 'srcset'].includes(name)) {
      problems.push(`Het attribuut ${name}= is niet toegestaan in inhoud: het laadt iets, stuurt door of verandert de privacy-instellingen. Verwijder het.`);
      continue;
    }
    problems.push(
      `Het attribuut ${name}= is niet toegestaan op <${tag}>. Toegestaan zijn id, class, lang, title en dir${allowed ? `, en op <${tag}> ook ${[...allowed].filter((a) => !a.startsWith('data-') && !a.startsWith('aria-') && a !== 'style').join(', ')}` : ''}.`,
    );
  }
  return problems;
}
