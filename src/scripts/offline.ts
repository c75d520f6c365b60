/**
 * Optional enhancement: after one visit over HTTP(S), a service worker keeps the whole
 * edition for reading offline. Not from file:// (browsers do not allow it there, and the
 * files are already on the reader's disk).
 */
const root = document.body.dataset.root ?? '/';
// After `load`: the worker then fetches the whole edition, which must not compete with the
// page's own loading.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  // No offline copy if it fails; the site works as before.
  addEventListener('load', () => navigator.serviceWorker.register(`${root}sw.js`).catch(() => {}));
}

export {};
