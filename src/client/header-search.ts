// Header search: on the first keystroke it fetches the region's small name index (titles, abbreviations,
// synonyms) and answers from it at once. Only when no name matches does it load Pagefind for full text.
import { searchNames, type NameEntry } from '../shared/name-index';
import { escapeHtml } from '../shared/text.ts';

const form = document.querySelector<HTMLFormElement>('[data-zoekvak]');
const input = document.querySelector<HTMLInputElement>('[data-zoekvak-invoer]');
const box = document.querySelector<HTMLElement>('[data-zoekvak-resultaten]');
const DEBOUNCE_MS = 120;

if (form && input && box) {
  const base = new URL(form.action).pathname.replace(/zoeken\/$/, '');
  // Interface text comes from i18n/nl.json through the page.
  const text = JSON.parse(form.dataset.teksten ?? '{}') as Record<'resultaten' | 'resultaat' | 'geen' | 'meer', string>;
  let names: Promise<NameEntry[]> | undefined;
  let ticket = 0;
  let timer: number | undefined;

  const show = (items: { url: string; title: string; kind: string; excerpt?: string }[], total: number) => {
    const status = total === 0 ? text.geen : total === 1 ? text.resultaat : text.resultaten.replace('{n}', String(total));
    box.innerHTML = `<p class="zoekvak__status" role="status">${status}</p><ul>${items
      .map((h) => `<li class="hit"><span class="hit__soort">${escapeHtml(h.kind)}</span><span class="hit__titel"><a href="${escapeHtml(h.url)}">${escapeHtml(h.title)}</a></span>${h.excerpt ? `<p class="hit__uittreksel">${h.excerpt}</p>` : ''}</li>`)
      .join('')}</ul><p><a href="${form.action}">${text.meer}</a></p>`;
    box.hidden = false;
  };

  const update = async (mine: number) => {
    const query = input.value.trim();
    if (!query) {
      box.hidden = true;
      box.innerHTML = '';
      return;
    }
    names ??= fetch(`${base}zoekindex.json`).then((r) => r.json() as Promise<NameEntry[]>);
    const found = searchNames(await names, query);
    if (mine !== ticket) return;
    if (found.length) {
      show(found.map((e) => ({ url: e.u, title: e.t, kind: e.k })), found.length);
      return;
    }
    const { loadPagefind, toHits } = await import('./search-core');
    const pagefind = await loadPagefind(base);
    const search = await pagefind.search(query);
    if (mine !== ticket) return;
    const hits = await toHits(query, search.results, 6);
    if (mine !== ticket) return;
    // Pagefind excerpts carry only <mark>; everything else is escaped.
    show(hits.map((h) => ({ ...h, excerpt: escapeHtml(h.excerpt).replace(/&lt;(\/?)mark&gt;/g, '<$1mark>') })), search.results.length);
  };
  const schedule = () => {
    const mine = ++ticket;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(mine), DEBOUNCE_MS);
  };
  input.addEventListener('input', schedule);
  form.addEventListener('submit', (event) => {
    // With JavaScript the results are already here; the first one is the likely answer.
    const first = box.querySelector<HTMLAnchorElement>('.hit a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      schedule();
    }
    if (event.key === 'ArrowDown') {
      box.querySelector<HTMLAnchorElement>('.hit a')?.focus();
      event.preventDefault();
    }
  });
}
