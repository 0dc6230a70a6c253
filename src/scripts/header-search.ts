// Header search: loads the search code only when someone starts typing, then shows the top results.
const form = document.querySelector<HTMLFormElement>('[data-zoekvak]');
const input = document.querySelector<HTMLInputElement>('[data-zoekvak-invoer]');
const box = document.querySelector<HTMLElement>('[data-zoekvak-resultaten]');
const DEBOUNCE_MS = 150;

if (form && input && box) {
  const base = new URL(form.action).pathname.replace(/zoeken\/$/, '');
  // Interface text comes from i18n/nl.json through the page.
  const text = JSON.parse(form.dataset.teksten ?? '{}') as Record<'resultaten' | 'resultaat' | 'geen' | 'meer', string>;
  let ticket = 0;
  let timer: number | undefined;
  const update = async (mine: number) => {
    const query = input.value.trim();
    if (!query) {
      box.hidden = true;
      box.innerHTML = '';
      return;
    }
    const { loadPagefind, toHits, renderHit } = await import('./search-core');
    const pagefind = await loadPagefind(base);
    const search = await pagefind.search(query);
    if (mine !== ticket) return;
    const hits = await toHits(query, search.results, 6);
    if (mine !== ticket) return;
    const n = search.results.length;
    const status = n === 0 ? text.geen : n === 1 ? text.resultaat : text.resultaten.replace('{n}', String(n));
    box.innerHTML = `<p class="zoekvak__status" role="status">${status}</p><ul>${hits.map((h) => renderHit(h, 'span')).join('')}</ul><p><a href="${form.action}">${text.meer}</a></p>`;
    box.hidden = false;
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
