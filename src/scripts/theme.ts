/**
 * Optional enhancement: the switch for the colour scheme, in the site header. It cycles
 * system → light → dark and remembers the choice in this browser only (localStorage,
 * never sent anywhere). It sets data-theme on <html>; the stylesheet's colours are
 * light-dark() pairs that follow the resulting color-scheme. Without JavaScript the switch
 * is hidden and the system setting rules.
 */
type Choice = 'system' | 'light' | 'dark';
const CHOICES: Choice[] = ['system', 'light', 'dark'];
const root = document.documentElement;
/**
 * localStorage belongs to the whole origin: on a shared origin (a mirror under /mirror/kz/)
 * a generic key such as `theme` would read and overwrite another site's value. The key holds
 * the edition's own folder (from data-root), so each edition on an origin keeps its own
 * choice. An older `theme` value is deliberately not read: it may be another site's.
 */
const KEY = `edition-theme:${new URL(document.body.dataset.root ?? '/', location.href).pathname}`;

function stored(): Choice {
  let value: string | null = null;
  try {
    value = localStorage.getItem(KEY);
  } catch {
    // Storage refused (private mode): the system's colours.
  }
  return CHOICES.includes(value as Choice) ? (value as Choice) : 'system';
}

function apply(choice: Choice): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

apply(stored());

// The labels of the page's language (system, light, dark), from its UI strings at build
// time (see buildAsset, which refuses any other number of labels).
declare const __THEME_LABELS__: string[];
// The switch is in the page (SiteHeader.astro), showing the system's label: it shows the
// choice in force, and works.
const button = document.querySelector<HTMLButtonElement>('.theme-switch');
if (button) {
  const show = (choice: Choice) => (button.textContent = __THEME_LABELS__[CHOICES.indexOf(choice)]!);
  show(stored());
  button.addEventListener('click', () => {
    const next = CHOICES[(CHOICES.indexOf(stored()) + 1) % CHOICES.length]!;
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
    apply(next);
    show(next);
  });
}

export {};
