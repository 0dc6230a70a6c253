// Quick exit ("Snel weg"), after GOV.UK's "Exit this page" and past it: a click, or Shift pressed three times
// within 5 seconds (a Shift used for a capital letter does not count), hides the page at once and replaces
// this history entry with a neutral site, so Back does not return here. Each press shows on the button and is
// announced by a live region that stays outside what is hidden. Coming back (back/forward cache) resets it.
export {};

const link = document.querySelector<HTMLAnchorElement>('[data-snelweg]');
const counter = document.querySelector<HTMLElement>('[data-snelweg-teller]');
const SHIFT_WINDOW_MS = 5000;

if (link) {
  // The live region is a direct child of <body>, so it is still read out while the rest is hidden.
  const announcer = document.createElement('div');
  announcer.className = 'visually-hidden snelweg-status';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'assertive');
  document.body.append(announcer);
  const say = (text: string) => (announcer.textContent = text);

  let presses = 0;
  let timer: number | undefined;
  let shiftUsedAsModifier = false;
  const show = () => {
    if (counter) counter.textContent = presses ? ` ${'●'.repeat(presses)}${'○'.repeat(3 - presses)}` : '';
    link.dataset.presses = String(presses);
  };
  const reset = (announce: boolean) => {
    if (announce && presses > 0) say(link.dataset.verlopen ?? '');
    presses = 0;
    window.clearTimeout(timer);
    show();
  };
  const exit = (event?: Event) => {
    event?.preventDefault();
    say(link.dataset.bezig ?? '');
    document.documentElement.classList.add('snelweg-actief');
    document.title = '.';
    window.location.replace(link.href);
  };
  link.addEventListener('click', exit);

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Shift') return;
    // Any other key breaks the sequence, and a Shift held with it (Shift+A) will not count.
    if (event.shiftKey) shiftUsedAsModifier = true;
    reset(false);
  });
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    if (shiftUsedAsModifier) {
      shiftUsedAsModifier = false;
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      exit();
      return;
    }
    show();
    say((link.dataset.teller ?? '').replace('{n}', String(presses)));
    timer = window.setTimeout(() => reset(true), SHIFT_WINDOW_MS);
  });

  // Back button: the browser may restore this page from its cache; show it clean, not hidden.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      document.documentElement.classList.remove('snelweg-actief');
      say('');
      reset(false);
    }
  });
}
