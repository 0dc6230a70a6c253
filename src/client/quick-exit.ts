// Quick exit ("Snel weg"), after GOV.UK's "Exit this page": a click or Shift pressed three times hides the
// page at once and replaces this history entry with a neutral site. Coming back resets the page.
const link = document.querySelector<HTMLAnchorElement>('[data-snelweg]');
const announcer = document.querySelector<HTMLElement>('[data-snelweg-status]');
const SHIFT_WINDOW_MS = 5000;

if (link && announcer) {
  const exit = (event?: Event) => {
    event?.preventDefault();
    document.documentElement.classList.add('snelweg-actief');
    announcer.textContent = link.dataset.bezig ?? '';
    document.title = '.';
    window.location.replace(link.href);
  };
  link.addEventListener('click', exit);

  let presses = 0;
  let timer: number | undefined;
  const reset = (announce: boolean) => {
    if (announce && presses > 0) announcer.textContent = link.dataset.verlopen ?? '';
    presses = 0;
    window.clearTimeout(timer);
  };
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') {
      reset(false);
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      presses = 0;
      exit();
      return;
    }
    announcer.textContent = (link.dataset.teller ?? '').replace('{n}', String(presses));
    timer = window.setTimeout(() => reset(true), SHIFT_WINDOW_MS);
  });

  // Back button: the browser may restore this page from its cache; show it clean, not hidden.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      document.documentElement.classList.remove('snelweg-actief');
      announcer.textContent = '';
      reset(false);
    }
  });
}
