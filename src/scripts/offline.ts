/**
 * Optional enhancement: after one visit over HTTP(S), a service worker keeps the whole
 * edition for reading offline. Not from file:// (browsers do not allow it there, and the
 * files are already on the reader's disk). Part of the start-up script (boot.ts), which
 * calls it after the first paint.
 */
import { root } from './root';

export function keepOffline(): void {
  if (!location.protocol.startsWith('http')) return;
  // No offline copy where there are no service workers, or if it fails; the site works as before.
  const register = () => navigator.serviceWorker?.register(`${root}sw.js`).catch(() => {});
  // After `load` too: the worker then fetches the whole edition (≈ 90 files), which must not
  // compete with the page's own loading, nor with its first paint (on the bench machine a
  // worker installing during it held the first paint back by about a second). In a task of
  // its own: registering takes 5–15 ms of the main thread here, which beside the page's
  // script would make one long task.
  if (document.readyState == 'complete') setTimeout(register);
  else addEventListener('load', register);
}
