/** Files a reader does not need offline: the archive itself and the social cards. */
export const SKIP = [/^download$/, /^og$/, /^sw\.js$/, /^_headers$/];

/**
 * The service worker's source. It precaches every file of this build under a cache named
 * by its scope and the build's content hash: Cache Storage belongs to the whole origin, so
 * two editions on one origin (/mirror/kz/, /mirror/kz2/) must never share or delete each
 * other's caches; activation drops only older versions of its own scope.
 *
 * Install fetches bypass the HTTP cache (`cache: 'reload'`), or a reader's warm HTTP cache
 * would fill the new version with the old build's files. A redirected response (a host that
 * sends /x/index.html to /x/) cannot answer a navigation, so it is stored as a plain copy.
 *
 * Requests go to the network first (an updated site is never served stale). The cache
 * answers when the network fails, and for a navigation also when the server answers 5xx:
 * the exact URL, or its other name (x/ ↔ x/index.html); a navigation with no copy gets the
 * cached 404 page with status 404. Other requests get only their exact copy, never a page.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Generated at build time (src/lib/portable/service-worker.ts). Version ${version}.
const SCOPE = self.registration.scope;
const PREFIX = 'edition:' + SCOPE + ':';
const CACHE = PREFIX + '${version}';
const FILES = ${JSON.stringify(files)};
async function store(cache, file) {
  const url = new URL(file, SCOPE).href;
  const response = await fetch(new Request(url, { cache: 'reload' }));
  if (!response.ok) throw new Error(url + ': ' + response.status);
  const copy = response.redirected ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers }) : response;
  await cache.put(url, copy);
}
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map((f) => store(cache, f)))).then(() => self.skipWaiting()));
});
// Caches of workers before scoped names ('edition-<hash>') are deleted only if they hold this scope's start page.
async function ours(key) {
  if (key.startsWith(PREFIX)) return key !== CACHE;
  if (!key.startsWith('edition-')) return false;
  return !!(await (await caches.open(key)).match(new URL('index.html', SCOPE).href));
}
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.map(async (k) => (await ours(k)) && caches.delete(k)))).then(() => self.clients.claim()));
});
async function cached(request, navigate) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.hash = '';
  url.search = '';
  const names = [url.href];
  if (url.pathname.endsWith('/')) names.push(url.href + 'index.html');
  else if (url.pathname.endsWith('/index.html')) names.push(url.href.slice(0, -'index.html'.length));
  for (const name of names) {
    const hit = await cache.match(name);
    if (hit) return hit;
  }
  if (!navigate) return undefined;
  const missing = await cache.match(new URL('404.html', SCOPE).href);
  return missing && new Response(missing.body, { status: 404, statusText: 'Not Found', headers: missing.headers });
}
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const navigate = request.mode === 'navigate';
  event.respondWith(
    fetch(request).then(
      async (response) => (navigate && response.status >= 500 && (await cached(request, false))) || response,
      async () => (await cached(request, navigate)) || Response.error(),
    ),
  );
});
`;
}

/**
 * The URLs the worker precaches for these files (paths in dist): directory URLs are what
 * readers follow on a server, so an `index.html` is cached under both names.
 */
export function precacheUrls(files: readonly string[]): string[] {
  return files.flatMap((f) => (f.endsWith('/index.html') ? [f, f.slice(0, -'index.html'.length)] : f === 'index.html' ? [f, './'] : [f]));
}
