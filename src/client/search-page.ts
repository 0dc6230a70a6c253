// The /zoeken/ page: query plus filters (soort, doelgroep, gemeente), results update as you type. Residents'
// words and corrected typos come from the same name index as the header box, so its best pages come first.
import { loadPagefind, looseSearch, renderHit, toHits, type Hit } from './search-core';
import { escapeHtml } from '../shared/text.ts';
import { findNames, suggestion, type NameEntry } from '../shared/name-index';
import { countText, didYouMeanHtml, noResultsHtml, type HelpTexts } from './search-help';

const root = document.querySelector<HTMLElement>('[data-zoekpagina]');
if (root) {
  const base = root.dataset.base ?? '/';
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const list = root.querySelector<HTMLElement>('[data-resultaten]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  root.querySelector('[data-js]')?.removeAttribute('hidden');
  root.querySelector('[data-nojs]')?.setAttribute('hidden', '');
  // Interface text comes from i18n/nl.json through the page.
  const text = JSON.parse(root.dataset.teksten ?? '{}') as Record<string, string> & HelpTexts;
  const advice = root.querySelector<HTMLElement>('[data-bedoelde]')!;
  const none = root.querySelector<HTMLElement>('[data-geen]')!;
  let names: Promise<NameEntry[]> | undefined;

  const more = root.querySelector<HTMLButtonElement>('[data-meer]')!;
  const PAGE_SIZE = 12;
  const merge = root.dataset.merge ? (JSON.parse(root.dataset.merge) as { path: string; baseUrl: string; regio: string }[]) : [];
  let ticket = 0;

  const selectedFilters = () => {
    const filters: Record<string, string[]> = {};
    for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select')) {
      if (select.value) filters[select.name] = [select.value];
    }
    return filters;
  };

  let timer: number | undefined;
  const run = () => {
    const mine = ++ticket;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(mine), 120);
  };
  const search = async (mine: number) => {
    const pagefind = await loadPagefind(base);
    const query = input.value.trim();
    const filters = selectedFilters();
    more.hidden = true;
    advice.innerHTML = '';
    none.innerHTML = '';
    if (!query && !Object.keys(filters).length) {
      list.innerHTML = '';
      status.textContent = '';
      return;
    }
    // No "Zoeken…" in the live region: it speaks once, when the count for this query is known.
    // Names (titles, abbreviations, residents' words, typo corrections) go first, unless filters narrow the list.
    names ??= fetch(`${base}zoekindex.json`).then((r) => (r.ok ? (r.json() as Promise<NameEntry[]>) : []), () => []);
    const byName = query && !Object.keys(filters).length ? findNames(await names, query, 6) : [];
    const corrected = suggestion(byName);
    const lead = byName.filter((h, i) => h.tier <= 4 || (i === 0 && h.entry.k === 'Hulp')).slice(0, 3);
    let found = await looseSearch(pagefind, query, filters);
    // Nothing for what was typed, but a name is close: search for that name instead.
    if (!found.results.length && corrected) found = await looseSearch(pagefind, corrected.name, filters);
    if (mine !== ticket) return;
    const first: Hit[] = lead.map((h) => ({ url: h.entry.u, title: h.entry.t, kind: h.entry.k, excerpt: '', names: h.entry.n }));
    const seen = new Set(first.map((h) => h.url));
    // Each shown result downloads a small fragment: show a page at a time to keep the first query light.
    // Pagefind results already shown as a name hit are skipped, and the page is filled up to its size.
    const leading = new Set(seen);
    let used = 0;
    let twice = 0;
    const take = async (need: number) => {
      const out: Hit[] = [];
      while (out.length < need && used < found.results.length) {
        const want = need - out.length;
        const batch = await toHits(found.query, found.results.slice(used), want);
        used += want;
        for (const h of batch) {
          if (leading.has(h.url)) twice++;
          if (!seen.has(h.url)) out.push(h);
          seen.add(h.url);
        }
      }
      return out;
    };
    const hits = await take(PAGE_SIZE - first.length);
    if (mine !== ticket) return;
    const page = [...first, ...hits];
    const n = found.results.length + first.length - twice;
    status.textContent = countText(n, text) + (corrected ? `. ${text.bedoelde.replace('{x}', corrected.name)}` : '');
    if (corrected) advice.innerHTML = didYouMeanHtml(corrected.name, corrected.entry.u, text);
    if (!page.length) none.innerHTML = noResultsHtml(query, base, text);
    list.innerHTML = page.map((h) => renderHit(h, 'h2')).join('');
    more.hidden = used >= found.results.length;
    more.onclick = async () => {
      const next = await take(PAGE_SIZE);
      if (mine !== ticket) return;
      const firstNew = list.children.length;
      list.insertAdjacentHTML('beforeend', next.map((h) => renderHit(h, 'h2')).join(''));
      more.hidden = used >= found.results.length;
      list.children[firstNew]?.querySelector('a')?.focus();
    };
  };

  const buildFilters = async () => {
    const pagefind = await loadPagefind(base);
    for (const m of merge) await pagefind.mergeIndex(m.path, { baseUrl: m.baseUrl, mergeFilter: { regio: m.regio } });
    const available = await pagefind.filters();
    filterBox.innerHTML = Object.entries(available)
      .filter(([, values]) => Object.keys(values).length > 1)
      .map(
        ([name, values]) =>
          `<div class="veld"><label for="filter-${escapeHtml(name)}">${escapeHtml(text[name] ?? name)}</label><select id="filter-${escapeHtml(name)}" name="${escapeHtml(name)}"><option value="">${escapeHtml(text['alle'] ?? '')}</option>${Object.keys(values)
            .sort((a, b) => a.localeCompare(b, 'nl'))
            .map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`)
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
    advice.innerHTML = '';
    none.innerHTML = '';
    more.hidden = true;
  };
  window.addEventListener('pagehide', clear);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted || input.value) clear();
  });
}
