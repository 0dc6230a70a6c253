// Filters the A–Z of gemeenten as the resident types. Without JavaScript the full list is there; the typed
// name stays in this page's memory only (never in the URL, history or storage).
import { normalize } from '../shared/text.ts';

const root = document.querySelector<HTMLElement>('[data-gemeenten]');
const box = root?.querySelector<HTMLElement>('[data-gemeente-zoek]');
const input = root?.querySelector<HTMLInputElement>('#gemeente-zoek');
const count = root?.querySelector<HTMLElement>('[data-gemeente-aantal]');
if (root && box && input && count) {
  box.hidden = false;
  const items = [...root.querySelectorAll<HTMLLIElement>('li[data-naam]')].map((li) => ({ li, naam: normalize(li.dataset.naam ?? '') }));
  const groups = [...root.querySelectorAll<HTMLElement>('[data-gemeente-groep]')];
  let timer: number | undefined;
  const apply = () => {
    const q = normalize(input.value);
    let shown = 0;
    for (const { li, naam } of items) {
      const match = !q || naam.includes(q);
      li.hidden = !match;
      if (match) shown++;
    }
    for (const g of groups) g.hidden = ![...g.querySelectorAll('li')].some((li) => !li.hidden);
    window.clearTimeout(timer);
    // Announced once the typing pauses, not on every key.
    timer = window.setTimeout(() => (count.textContent = q ? (count.dataset[shown ? 'gevonden' : 'geen'] ?? '').replace('{n}', String(shown)) : ''), 400);
  };
  count.dataset.gevonden = root.dataset.gevonden ?? '{n}';
  count.dataset.geen = root.dataset.geen ?? '0';
  input.addEventListener('input', apply);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      input.value = '';
      apply();
    }
  });
  window.addEventListener('pagehide', () => (input.value = ''));
}
