// Header search, an ARIA combobox: on the first keystroke it fetches the region's small name index (titles,
// abbreviations, synonyms, residents' words) and answers from it at once. Only when no name matches well does
// it ask the full-text index (search-core: a few small files of zoek/). Enter shows all results here, in the panel, so the query never has to
// travel in a URL, the history or storage; Back leaves the box empty.
import type { NameEntry, NameHit } from '../shared/name-index';
import { escapeHtml } from '../shared/text.ts';
import type { HelpTexts } from './search-help';

// The matcher and the result texts load with the name index on first use, not with every page (JS budget).
let modules: Promise<[typeof import('../shared/name-index'), typeof import('./search-help')]> | undefined;
const lazy = () => (modules ??= Promise.all([import('../shared/name-index'), import('./search-help')]));

const form = document.querySelector<HTMLFormElement>('[data-zoekvak]');
const input = document.querySelector<HTMLInputElement>('[data-zoekvak-invoer]');
const box = document.querySelector<HTMLElement>('[data-zoekvak-resultaten]');
const list = document.querySelector<HTMLElement>('[data-zoekvak-lijst]');
const head = document.querySelector<HTMLElement>('[data-zoekvak-kop]');
const foot = document.querySelector<HTMLElement>('[data-zoekvak-voet]');
const live = document.querySelector<HTMLElement>('[data-zoekvak-live]');
const DEBOUNCE_MS = 120;

interface Shown {
  url: string;
  title: string;
  kind: string;
  excerpt?: string;
}

if (form && input && box && list && head && foot && live) {
  const base = new URL(form.action).pathname.replace(/zoeken\/$/, '');
  // Interface text comes from i18n/nl.json through the page.
  const text = JSON.parse(form.dataset.teksten ?? '{}') as Record<'resultaten' | 'resultaat' | 'geen' | 'meer', string> & HelpTexts;
  let names: Promise<NameEntry[]> | undefined;
  let ticket = 0;
  let timer: number | undefined;
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  const setActive = (index: number) => {
    const all = options();
    active = all.length ? (index + all.length) % all.length : -1;
    all.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
      // CSSOM, not a style attribute: allowed by the Content-Security-Policy, and visible without new CSS.
      option.style.outline = i === active ? '3px solid currentColor' : '';
      option.style.outlineOffset = i === active ? '2px' : '';
    });
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active]!.id);
      all[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const open = (isOpen: boolean) => {
    box.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  /** Empties everything: after Escape on an empty panel, and whenever the page is left or comes back from the cache. */
  const reset = () => {
    ticket++;
    window.clearTimeout(timer);
    input.value = '';
    list.innerHTML = '';
    head.innerHTML = '';
    foot.innerHTML = '';
    live.textContent = '';
    open(false);
  };

  const show = async (query: string, items: Shown[], total: number, corrected?: NameHit) => {
    const [, { countText, didYouMeanHtml, noResultsHtml }] = await lazy();
    const status = countText(total, text);
    head.innerHTML = `<p class="zoekvak__status">${escapeHtml(status)}</p>${corrected ? didYouMeanHtml(corrected.name, corrected.entry.u, text) : ''}`;
    list.innerHTML = items
      .map(
        (h, i) =>
          `<li class="hit" role="none"><a role="option" id="zoekvak-optie-${i}" tabindex="-1" aria-selected="false" href="${escapeHtml(h.url)}"><span class="hit__soort">${escapeHtml(h.kind)}</span> <span class="hit__titel">${escapeHtml(h.title)}</span>${h.excerpt ? `<span class="hit__uittreksel">${h.excerpt}</span>` : ''}</a></li>`,
      )
      .join('');
    list.hidden = items.length === 0;
    foot.innerHTML = `${items.length ? '' : noResultsHtml(query, base, text)}<p><a href="${escapeHtml(form.action)}">${escapeHtml(text.meer)}</a></p>`;
    setActive(-1);
    open(true);
    // One polite announcement per settled query: only the final answer is written to the live region.
    live.textContent = corrected ? `${status}. ${text.bedoelde.replace('{x}', corrected.name)}` : status;
  };

  const fullText = async (query: string, limit: number) => {
    const { loadIndex } = await import('./search-core');
    const index = await loadIndex(base);
    const found = await index.search(query);
    // Excerpts come escaped, with only <mark> added.
    return { total: found.ranked.length, hits: await index.hits(found, 0, limit) };
  };

  /** Typing: names first. Enter (full): names and full text together, ten at most, the rest on /zoeken/. */
  const update = async (mine: number, full = false) => {
    const query = input.value.trim();
    if (!query) {
      list.innerHTML = '';
      live.textContent = '';
      open(false);
      return;
    }
    names ??= fetch(`${base}zoekindex.json`).then((r) => r.json() as Promise<NameEntry[]>);
    const [[{ findNames, suggestion }], index] = await Promise.all([lazy(), names]);
    const found = findNames(index, query, full ? 10 : 6);
    if (mine !== ticket) return;
    const corrected = suggestion(found);
    const fromNames: Shown[] = found.map((h) => ({ url: h.entry.u, title: h.entry.t, kind: h.entry.k }));
    // A good name match answers at once; a partial one (tier 5) or none also asks the full text.
    if (!full && found.length && found[0]!.tier < 5) {
      await show(query, fromNames, found.length, corrected);
      return;
    }
    const ft = await fullText(corrected && !found.some((h) => h.tier < 4) ? corrected.name : query, full ? 10 : 6);
    if (mine !== ticket) return;
    const seen = new Set(fromNames.map((h) => h.url));
    const extra = ft.hits.filter((h) => !seen.has(h.url.split('#')[0]!));
    const items = [...fromNames, ...extra].slice(0, full ? 10 : 6);
    await show(query, items, Math.max(items.length, fromNames.length + ft.total - (ft.hits.length - extra.length)), corrected);
  };

  const schedule = () => {
    const mine = ++ticket;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(mine), DEBOUNCE_MS);
  };

  input.addEventListener('input', schedule);
  form.addEventListener('submit', (event) => {
    // With JavaScript, Enter shows every result here; without it, the form goes to /zoeken/.
    event.preventDefault();
    const chosen = options()[active];
    if (chosen) {
      window.location.assign(chosen.href);
      return;
    }
    const mine = ++ticket;
    window.clearTimeout(timer);
    void update(mine, true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (box.hidden && list.children.length) open(true);
      setActive(active < 0 && event.key === 'ArrowUp' ? -1 : active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Escape') {
      // Escape closes the list and keeps the query and the focus; a second Escape empties the box.
      event.preventDefault();
      if (!box.hidden) open(false);
      else reset();
    } else if (event.key === 'Enter' && active >= 0) {
      const chosen = options()[active];
      if (chosen) {
        event.preventDefault();
        window.location.assign(chosen.href);
      }
    }
  });
  // Tabbing or clicking away closes the list; the query stays until the page is left.
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !form.contains(next)) open(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length) open(true);
  });
  // Private: nothing of the query survives leaving the page, also not in the back/forward cache.
  window.addEventListener('pagehide', reset);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted || input.value) reset();
  });
}
