// The /zoeken/ page: query plus filters (soort, doelgroep, gemeente), results update as you type.
import { loadPagefind, renderHit, toHits } from './search-core';
import { escapeHtml } from '../shared/text.ts';

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
  const text = JSON.parse(root.dataset.teksten ?? '{}') as Record<string, string>;

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
    if (!query && !Object.keys(filters).length) {
      list.innerHTML = '';
      status.textContent = '';
      return;
    }
    status.textContent = text['laden'] ?? '';
    const found = await pagefind.search(query || null, { filters });
    if (mine !== ticket) return;
    // Each shown result downloads a small fragment: show a page at a time to keep the first query light.
    const hits = await toHits(query, found.results, PAGE_SIZE);
    if (mine !== ticket) return;
    const n = found.results.length;
    status.textContent = n === 0 ? text['geen']! : n === 1 ? text['resultaat']! : text['resultaten']!.replace('{n}', String(n));
    list.innerHTML = hits.map((h) => renderHit(h, 'h2')).join('');
    let shown = hits.length;
    more.hidden = shown >= n;
    more.onclick = async () => {
      const next = await toHits(query, found.results.slice(shown), PAGE_SIZE);
      if (mine !== ticket) return;
      const first = list.children.length;
      list.insertAdjacentHTML('beforeend', next.map((h) => renderHit(h, 'h2')).join(''));
      shown += next.length;
      more.hidden = shown >= n;
      list.children[first]?.querySelector('a')?.focus();
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
}
