/**
 * The A–Z of gemeenten that leads a resident to their region's help: a plain list that works without
 * JavaScript, and a search box that src/client/gemeente-filter.ts shows and uses when scripts run.
 */
import { groupByLetter } from './az.ts';
import type { Texts } from './i18n.ts';
import { escapeHtml as e } from './text.ts';

export interface GemeenteLink {
  naam: string;
  regio: string;
  href: string;
}

export function gemeenteListHtml(items: GemeenteLink[], t: Texts): string {
  const groups = groupByLetter(items, (g) => g.naam);
  return `<div class="gemeenten" data-gemeenten data-gevonden="${e(t('gemeenten.gevonden'))}" data-geen="${e(t('gemeenten.geen'))}">
<div class="gemeenten__zoek" data-gemeente-zoek hidden><label for="gemeente-zoek">${e(t('gemeenten.zoek'))}</label> <input id="gemeente-zoek" type="search" autocomplete="off" spellcheck="false" aria-describedby="gemeente-aantal"><p id="gemeente-aantal" role="status" aria-live="polite" data-gemeente-aantal></p></div>
<p class="gemeenten__letters">${groups.map((g) => `<a href="#letter-${e(g.letter)}">${e(g.letter)}</a>`).join(' ')}</p>
${groups
  .map(
    (g) =>
      `<section class="gemeenten__groep" aria-labelledby="letter-${e(g.letter)}" data-gemeente-groep><h3 id="letter-${e(g.letter)}">${e(g.letter)}</h3><ul>${g.items
        .map((i) => `<li data-naam="${e(i.naam)}"><a href="${e(i.href)}">${e(i.naam)}</a> <span class="meta">${e(i.regio)}</span></li>`)
        .join('')}</ul></section>`,
  )
  .join('\n')}
<p class="gemeenten__niet" data-gemeente-geen>${e(t('gemeenten.niet'))}</p>
</div>`;
}
