// Header search: loads the search code only when someone starts typing, then shows the top results.
const form = document.querySelector<HTMLFormElement>('[data-zoekvak]');
const input = document.querySelector<HTMLInputElement>('[data-zoekvak-invoer]');
const box = document.querySelector<HTMLElement>('[data-zoekvak-resultaten]');

if (form && input && box) {
  const base = new URL(form.action).pathname.replace(/zoeken\/$/, '');
  let ticket = 0;
  const update = async () => {
    const query = input.value.trim();
    const mine = ++ticket;
    if (!query) {
      box.hidden = true;
      box.innerHTML = '';
      return;
    }
    const { loadPagefind, toHits, renderHit } = await import('./search-core');
    const pagefind = await loadPagefind(base);
    const search = await pagefind.debouncedSearch(query, {}, 150);
    if (!search || mine !== ticket) return;
    const hits = await toHits(search.results, 6);
    if (mine !== ticket) return;
    const status = hits.length ? (search.results.length === 1 ? '1 resultaat' : `${search.results.length} resultaten`) : 'Geen resultaten';
    box.innerHTML = `<p class="zoekvak__status" role="status">${status}</p><ul>${hits.map((h) => renderHit(h, 'span')).join('')}</ul><p><a href="${form.action}">Alle resultaten en filters</a></p>`;
    box.hidden = false;
  };
  input.addEventListener('input', () => void update());
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
      void update();
    }
    if (event.key === 'ArrowDown') {
      box.querySelector<HTMLAnchorElement>('.hit a')?.focus();
      event.preventDefault();
    }
  });
}
