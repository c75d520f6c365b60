/** Files a reader does not need offline: the archive itself and the social cards. */
export const SKIP = [/^download$/, /^og$/, /^sw\.js$/, /^_headers$/];

/**
 * The service worker's source. It precaches every file of this build under a cache named
 * by the build's content hash; on activation it drops every other version. Requests go
 * to the network first (so an updated site is never served stale) and fall back to the
 * cache when offline. Paths are relative to the worker, so it works under any sub-path.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Generated at build time (src/lib/portable/service-worker.ts). Version ${version}.
const CACHE = 'edition-${version}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new URL(f, self.registration.scope).href))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('edition-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || cache.match(new URL('index.html', request.url).href)).then((hit) => hit || Response.error()))),
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
