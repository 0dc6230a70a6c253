// Combines filters in place on the sociale kaart and Trainingen en methoden: or within a group, and between
// groups, with the count after each value updated and the result count announced. Without JavaScript the
// static filter pages (one value each) are the route. Choices stay in this page's memory only: never in
// the URL, history or storage.
import { facetCounts, matchesSelection, parseFacets, type Selection } from '../shared/filters.ts';

const form = document.querySelector<HTMLElement>('[data-filterform]');
const nav = document.querySelector<HTMLElement>('[data-filternav]');
const list = document.querySelector<HTMLElement>('[data-filterlijst]');
const status = document.querySelector<HTMLElement>('[data-filter-aantal]');
if (form && list && status) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const filters = [...new Set(boxes.map((b) => b.name))];
  const values = Object.fromEntries(filters.map((f) => [f, boxes.filter((b) => b.name === f).map((b) => b.value)]));
  const items = [...list.querySelectorAll<HTMLElement>('[data-filteritem]')].map((el) => ({
    el,
    facets: parseFacets(Object.fromEntries(filters.map((f) => [f, el.getAttribute(`data-f-${f}`) ?? undefined])), filters),
  }));
  const groups = [...list.querySelectorAll<HTMLElement>('[data-lijstgroep]')];
  const template = status.dataset.sjabloon ?? '{n}';
  let timer: number | undefined;

  const apply = (announce: boolean) => {
    const selection: Selection = Object.fromEntries(filters.map((f) => [f, new Set(boxes.filter((b) => b.name === f && b.checked).map((b) => b.value))]));
    let shown = 0;
    for (const { el, facets } of items) {
      const match = matchesSelection(facets, selection);
      el.hidden = !match;
      if (match) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-filteritem]:not([hidden])');
    const counts = facetCounts(
      items.map((i) => i.facets),
      selection,
      values,
    );
    for (const b of boxes) {
      const n = counts[b.name]?.[b.value] ?? 0;
      const label = b.closest('label');
      const out = label?.querySelector('[data-aantal]');
      if (out) out.textContent = String(n);
      label?.classList.toggle('is-leeg', n === 0 && !b.checked);
    }
    const text = shown ? template.replace('{n}', String(shown)) : `${template.replace('{n}', '0')}. ${status.dataset.geen ?? ''}`;
    window.clearTimeout(timer);
    // One announcement after a burst of clicks, not one per checkbox.
    if (announce) timer = window.setTimeout(() => (status.textContent = text), 300);
    else status.textContent = text;
  };

  form.hidden = false;
  if (nav) nav.hidden = true;
  form.addEventListener('change', () => apply(true));
  form.querySelector('[data-wis]')?.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    apply(true);
  });
  // Leave no choices behind when the page is left or comes back from the back/forward cache.
  window.addEventListener('pagehide', () => boxes.forEach((b) => (b.checked = false)));
  window.addEventListener('pageshow', () => apply(false));
  apply(false);
}
