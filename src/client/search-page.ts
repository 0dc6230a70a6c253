// The /zoeken/ page (and the national page): query plus filters (soort, doelgroep, gemeente, regio) with counts,
// results update as you type. Residents' words and corrected typos come from the same name index as the header
// box, so its best pages come first; full text comes from the site's own index (search-core).
import { loadIndex, renderHit, type Found, type Hit } from './search-core';
import { escapeHtml } from '../shared/text.ts';
import { findNames, suggestion, type NameEntry } from '../shared/name-index';
import { countText, didYouMeanHtml, noResultsHtml, type HelpTexts } from './search-help';

/** The menus in this order; a menu with one value only is left out. */
const FILTERS = ['soort', 'doelgroep', 'gemeente', 'regio'];

const root = document.querySelector<HTMLElement>('[data-zoekpagina]');
if (root) {
  const base = root.dataset.base ?? '/';
  // The national page searches dist/zoek/ and has no name index of its own.
  const indexBase = root.dataset.index ?? base;
  const namesUrl = root.dataset.namen;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const list = root.querySelector<HTMLElement>('[data-resultaten]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  root.querySelector('[data-js]')?.removeAttribute('hidden');
  root.querySelector('[data-nojs]')?.setAttribute('hidden', '');
  // Interface text comes from i18n/nl.json through the page.
  const text = JSON.parse(root.dataset.teksten ?? '{}') as Record<string, string> & HelpTexts;
  const advice = root.querySelector<HTMLElement>('[data-bedoelde]');
  const none = root.querySelector<HTMLElement>('[data-geen]');
  let names: Promise<NameEntry[]> | undefined;

  const more = root.querySelector<HTMLButtonElement>('[data-meer]')!;
  const PAGE_SIZE = 12;
  let ticket = 0;

  const selectedFilters = () => {
    const filters: Record<string, string[]> = {};
    for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select')) {
      if (select.value) filters[select.name] = [select.value];
    }
    return filters;
  };

  /** The counts of the latest query in the menus: "Begrip (12)"; a choice stays as it is. */
  const showCounts = (found: Found | undefined, f: [string, string][]) => {
    for (const option of filterBox.querySelectorAll<HTMLOptionElement>('option[data-id]')) {
      const n = found ? (found.counts.get(Number(option.dataset.id)) ?? 0) : undefined;
      option.textContent = n === undefined ? f[Number(option.dataset.id)]![1] : `${f[Number(option.dataset.id)]![1]} (${n})`;
    }
  };

  let timer: number | undefined;
  const run = () => {
    const mine = ++ticket;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(mine), 120);
  };
  const search = async (mine: number) => {
    const index = await loadIndex(indexBase);
    const query = input.value.trim();
    const filters = selectedFilters();
    more.hidden = true;
    if (advice) advice.innerHTML = '';
    if (none) none.innerHTML = '';
    if (!query && !Object.keys(filters).length) {
      if (mine !== ticket) return;
      list.innerHTML = '';
      status.textContent = '';
      showCounts(undefined, index.docs.f);
      return;
    }
    // No "Zoeken…" in the live region: it speaks once, when the count for this query is known.
    // Names (titles, abbreviations, residents' words, typo corrections) go first, unless filters narrow the list.
    if (namesUrl)
      names ??= fetch(namesUrl).then(
        (r) => (r.ok ? (r.json() as Promise<NameEntry[]>) : []),
        () => [],
      );
    const byName = names && query && !Object.keys(filters).length ? findNames(await names, query, 6) : [];
    const corrected = suggestion(byName);
    const lead = byName.filter((h, i) => h.tier <= 4 || (i === 0 && h.entry.k === 'Hulp')).slice(0, 3);
    let found = await index.search(query, filters);
    // Nothing for what was typed, but a name is close: search for that name instead.
    if (!found.ranked.length && corrected) found = await index.search(corrected.name, filters);
    if (mine !== ticket) return;
    const first: Hit[] = lead.map((h) => ({ url: h.entry.u, title: h.entry.t, kind: h.entry.k, excerpt: '' }));
    const leading = new Set(first.map((h) => h.url));
    // Full-text results already shown as a name hit are left out; each shown result loads one small fragment.
    const rest = { ...found, ranked: found.ranked.filter((r) => !leading.has(base + index.docs.d[r.doc]![0])) };
    let used = 0;
    const take = async (need: number) => {
      const hits = await index.hits(rest, used, need);
      used += hits.length;
      return hits;
    };
    const hits = await take(PAGE_SIZE - first.length);
    if (mine !== ticket) return;
    const page = [...first, ...hits];
    showCounts(found, index.docs.f);
    status.textContent = countText(first.length + rest.ranked.length, text) + (corrected ? `. ${text.bedoelde.replace('{x}', corrected.name)}` : '');
    if (corrected && advice) advice.innerHTML = didYouMeanHtml(corrected.name, corrected.entry.u, text);
    if (!page.length && none) none.innerHTML = noResultsHtml(query, base, text);
    list.innerHTML = page.map((h) => renderHit(h, 'h2', text)).join('');
    more.hidden = used >= rest.ranked.length;
    more.onclick = async () => {
      const next = await take(PAGE_SIZE);
      if (mine !== ticket) return;
      const firstNew = list.children.length;
      list.insertAdjacentHTML('beforeend', next.map((h) => renderHit(h, 'h2', text)).join(''));
      more.hidden = used >= rest.ranked.length;
      list.children[firstNew]?.querySelector('a')?.focus();
    };
  };

  const buildFilters = async () => {
    const { docs } = await loadIndex(indexBase);
    filterBox.innerHTML = FILTERS.map((name) => ({ name, values: docs.f.flatMap(([n, v], id) => (n === name ? [{ v, id }] : [])) }))
      .filter(({ values }) => values.length > 1)
      .map(
        ({ name, values }) =>
          `<div class="veld"><label for="filter-${escapeHtml(name)}">${escapeHtml(text[name] ?? name)}</label><select id="filter-${escapeHtml(name)}" name="${escapeHtml(name)}"><option value="">${escapeHtml(text['alle'] ?? '')}</option>${values
            .sort((a, b) => a.v.localeCompare(b.v, 'nl'))
            .map(({ v, id }) => `<option value="${escapeHtml(v)}" data-id="${id}">${escapeHtml(v)}</option>`)
            .join('')}</select></div>`,
      )
      .join('');
    filterBox.addEventListener('change', run);
  };

  input.addEventListener('input', run);
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  void buildFilters().then(run);
  // Private: leaving the page, or coming back to it from the back/forward cache, leaves no query behind.
  const clear = () => {
    ticket++;
    window.clearTimeout(timer);
    input.value = '';
    for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select')) select.value = '';
    list.innerHTML = '';
    status.textContent = '';
    if (advice) advice.innerHTML = '';
    if (none) none.innerHTML = '';
    more.hidden = true;
  };
  window.addEventListener('pagehide', clear);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted || input.value) clear();
  });
}
