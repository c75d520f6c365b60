/**
 * The colour-scheme switch: system → light → dark, remembered in this browser only
 * (localStorage, never sent anywhere). It sets data-theme on <html>; the stylesheet's colours
 * are light-dark() pairs that follow the resulting color-scheme, and it shows the switch's
 * label for the choice in force (SiteHeader.astro writes all three). Part of the inline
 * start-up script (boot.ts): the stored choice is applied before the first paint, and the
 * switch works from the first click. Without JavaScript the switch is hidden and the
 * system setting rules.
 */
import { root } from './root';

const html = document.documentElement;
/**
 * localStorage belongs to the whole origin: on a shared origin (a mirror under /mirror/kz/)
 * a generic key such as `theme` would read and overwrite another site's value. The key holds
 * the edition's own folder (from data-root), so each edition on an origin keeps its own
 * choice. An older `theme` value is deliberately not read: it may be another site's.
 */
const KEY = `edition-theme:${new URL(root, location.href).pathname}`;
/** In the switch's order; '' is the system's scheme (no data-theme). */
const CHOICES = ['', 'light', 'dark'];

const apply = (choice: string) => {
  if (choice) html.dataset.theme = choice;
  else delete html.dataset.theme;
};

try {
  const stored = localStorage.getItem(KEY);
  // Anything else stored (another version's value) is the system's scheme.
  if (CHOICES.indexOf(stored!) > 0) apply(stored!);
} catch {
  // Storage refused (private mode): the system's colours.
}

document.addEventListener('click', (event) => {
  if (!(event.target as Element).closest('.theme-switch')) return;
  const next = CHOICES[(CHOICES.indexOf(html.dataset.theme ?? '') + 1) % CHOICES.length]!;
  try {
    if (next) localStorage.setItem(KEY, next);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
  apply(next);
});

