/**
 * Optional enhancement: after one visit over HTTP(S), a service worker keeps the whole
 * edition for reading offline. Not from file:// (browsers do not allow it there, and the
 * files are already on the reader's disk).
 */
const root = document.body.dataset.root ?? '/';
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(`${root}sw.js`).catch(() => {
    // No offline copy then; the site works as before.
  });
}

export {};
