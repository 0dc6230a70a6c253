/**
 * The help bar and call buttons as HTML, in one place: the Astro layout and the national page (written in
 * Node, outside Astro) render the very same markup, so the quick exit behaves the same everywhere.
 */
import { ALARM, VEILIG_THUIS } from './helplines.ts';
import type { Lang, Texts } from './i18n.ts';
import { escapeHtml as e } from './text.ts';
import { telHref } from './validate.ts';

/** The two call buttons: 112 first, then Veilig Thuis; each at least 44×44 px (global.css .belknop). */
export function callButtonsHtml(t: Texts, lang: Lang = 'nl'): string {
  const nl = lang === 'nl' ? '' : ' lang="nl"';
  return (
    `<a class="belknop belknop--112" href="${telHref(ALARM.nummer)}"><span class="belknop__wat">${e(t('help.112.kort'))}</span> <span class="belknop__nummer" dir="ltr">${ALARM.nummer}</span></a> ` +
    `<a class="belknop belknop--vt" href="${telHref(VEILIG_THUIS.nummer)}"><span class="belknop__wat"${nl}>${e(t('help.vt.kort'))}</span> <span class="belknop__nummer" dir="ltr">${VEILIG_THUIS.nummer}</span></a>`
  );
}

export interface HelpBarOptions {
  t: Texts;
  lang?: Lang;
  exitUrl: string;
  veiligHref: string;
  talenHref: string;
}

/** Quick exit first (the first Tab stop), then the call buttons, then browsing safely and other languages. */
export function helpBarHtml({ t, lang = 'nl', exitUrl, veiligHref, talenHref }: HelpBarOptions): string {
  return `<div class="hulpbalk" data-pagefind-ignore="all"><div class="hulpbalk__binnen">
<a class="snelweg" href="${e(exitUrl)}" rel="nofollow noreferrer" data-snelweg data-teller="${e(t('exit.teller'))}" data-verlopen="${e(t('exit.verlopen'))}" data-bezig="${e(t('exit.bezig'))}" aria-describedby="snelweg-uitleg">${e(t('exit.label'))}<span class="snelweg__teller" aria-hidden="true" data-snelweg-teller></span></a>
<span id="snelweg-uitleg" class="visually-hidden">${e(t('exit.uitleg'))}</span>
<nav class="hulpbalk__nummers" aria-label="${e(t('help.label'))}">${callButtonsHtml(t, lang)}</nav>
<p class="hulpbalk__extra"><a href="${e(veiligHref)}"${lang === 'nl' ? '' : ' hreflang="nl"'}>${e(t('footer.veilig'))}</a> <a href="${e(talenHref)}"${lang === 'nl' ? ' lang="en"' : ''}>${e(t('talen.link'))}</a></p>
</div></div>`;
}
