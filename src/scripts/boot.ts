/**
 * The start-up script: the one inline script, first in <body> of every page but the 404
 * (Base.astro writes it, minified, with its hash in the page's CSP). It does what cannot
 * wait, and then loads the rest:
 *
 * - the colour scheme (theme.ts): the reader's choice applied before the first paint, and
 *   the switch;
 * - after the first contentful paint, the files in `data-load` (under the site's root: the
 *   page's enhancement script, share.js or article.js, if it has one, and its print
 *   stylesheet), and the offline copy (offline.ts, from `load` on). A file requested before
 *   the first paint shares the first round trips with the page, and a script runs before
 *   the reader sees anything: on Lighthouse's simulated phone that cost the article
 *   ≈ 150 ms of first paint and most of its blocking time (#17). Never before the document
 *   is parsed, as with `defer`. An address with a query (`?show=…`, `?reading=…`: the
 *   layers the script sets from it) loads them as soon as the document is parsed, so that
 *   a shared link opens as it was shared; so does a browser that cannot report its first
 *   paint.
 *
 * Without JavaScript nothing here runs and every page reads the same.
 */
import './theme';
import { keepOffline } from './offline';
import { root } from './root';

const files = document.currentScript!.dataset.load!.split(' ');
const add = (file: string) => {
  // A print stylesheet's rules are all inside @media print: no `media` needed here.
  const css = file.endsWith('.css');
  document.head.append(Object.assign(document.createElement(css ? 'link' : 'script'), css ? { rel: 'stylesheet', href: root + file } : { src: root + file }));
};
/**
 * Adds the files and registers the offline copy. After the first paint each file in a task of
 * its own (with the page's first script, adding an element took 10–40 ms of the main thread
 * on the bench machine: one long task if done at once); at DOMContentLoaded at once, so that
 * `load` waits for them, as for a deferred script.
 */
const start = (later: boolean) => {
  for (const file of files) later ? setTimeout(add, 0, file) : add(file);
  keepOffline();
};

addEventListener('DOMContentLoaded', () => {
  if (location.search || !PerformanceObserver.supportedEntryTypes.includes('paint')) start(false);
  else
    // The first contentful paint: a first paint of the background alone can come earlier.
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      start(true);
    }).observe({ type: 'paint', buffered: true });
});
