import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ARTICLES, expectLayersFromAddress, sitePaths } from './helpers';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/core/locales';
import { distCopy, serveNginx } from './offline-nginx';
import { PORTS } from './ports';

// nginx serves the edition at the root and under a sub-path (playwright.config.ts).
for (const [where, base] of [
  ['at the root', ''],
  ['under a sub-path', `http://127.0.0.1:${PORTS.subPath}/mirror/kz`],
] as const) {
  test(`after one visit over HTTP the whole edition reads offline, served ${where}`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    // Every page at the root; under a sub-path (the same precache list, scoped) three of them.
    const all = sitePaths().filter((p) => p !== '/404.html');
    expect(all.length).toBeGreaterThanOrEqual(14);
    const pages = base ? ['/', ARTICLES.en, '/penge/'] : all;
    for (const path of pages) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.ok(), `${path} offline`).toBe(true);
      await expect(page.locator('h1'), path).toBeVisible();
    }
    // And the linked form of a page, as readers follow it.
    await page.goto(`${base}/en/money/index.html#one-off`);
    await expect(page.locator('#one-off')).toBeVisible();
    // A shared address with the reader's layers opens with them (the copy is found without its query).
    await expectLayersFromAddress(page, `${base}${ARTICLES.da}`);
    await context.close();
  });
}

test('the service worker is versioned by the build and drops only older versions of its own scope', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(/const CACHE = PREFIX \+ '([0-9a-f]{16})'/.exec(sw)?.[1]).toBeTruthy();
  expect(sw).toContain("const PREFIX = 'edition:' + SCOPE + ':'");
  expect(sw).toContain("cache: 'reload'");
});

test('from file:// no service worker is registered and nothing fails', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`file://${process.cwd()}/dist/index.html`);
  expect(await page.evaluate(() => ('serviceWorker' in navigator ? navigator.serviceWorker.controller : null))).toBeNull();
  expect(errors).toEqual([]);
});

test('an updated build replaces the cache: the new text shows, online and then offline', async ({ browser }) => {
  const { cpSync, mkdtempSync, writeFileSync: write } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, extname } = await import('node:path');
  const { createServer } = await import('node:http');
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  cpSync('dist', dir, { recursive: true });
  const server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'Content-Type': extname(path) === '.js' ? 'text/javascript' : extname(path) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const home = `http://127.0.0.1:${port}/en/`;
  await page.goto(home);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // "Rebuild": new text on the page and a new worker version.
  const html = readFileSync(join(dir, 'en/index.html'), 'utf8').replace('Ways in', 'Ways in (updated)');
  write(join(dir, 'en/index.html'), html);
  write(join(dir, 'sw.js'), newVersion(readFileSync(join(dir, 'sw.js'), 'utf8')));
  await page.reload();
  await expect(page.locator('h2', { hasText: 'Ways in (updated)' })).toBeVisible();
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
    await new Promise<void>((resolve) => {
      const done = () => caches.keys().then((k) => (k.length === 1 && k[0]!.endsWith('0000000000000002') ? resolve() : setTimeout(done, 100)));
      done();
    });
  });
  await context.setOffline(true);
  await page.goto(home);
  await expect(page.locator('h2', { hasText: 'Ways in (updated)' })).toBeVisible();
  await context.close();
  server.close();
});

/** A "rebuild": the worker of this build with another version (its cache gets another name). */
function newVersion(sw: string): string {
  const version = /Version ([0-9a-f]{16})\./.exec(sw)![1]!;
  return sw.replaceAll(version, '0000000000000002');
}

/** Opens `url` and waits until its worker is active and controls the page. */
async function installed(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The edition's own worker (its scope: the edition's root), registered after the page's
  // first paint: \`serviceWorker.ready\` could answer first with another edition's worker
  // whose wider scope holds this page.
  await page.evaluate(async () => {
    const scope = new URL(document.body.dataset.root!, location.href).href;
    const own = async () => (await navigator.serviceWorker.getRegistrations()).find((r) => r.scope === scope);
    while ((await own())?.active?.state !== 'activated') await new Promise((r) => setTimeout(r, 50));
  });
  await page.reload();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

// Edition A under /mirror/kz/ or at the root (its worker's scope then holds B's), B under /mirror/kz2/.
for (const [where, offset, base, first] of [
  ['two sub-paths', 2, '/mirror/kz/', (dir: string) => `location /mirror/kz/ { alias ${dir}/; }\n location / { return 404; }`],
  ['the root and a sub-path', 8, '/', (dir: string) => `location / { root ${dir}; }`],
] as const) {
  test(`two editions on one origin keep their own offline copies: ${where}`, async ({ browser }) => {
    const a = distCopy();
    const b = distCopy();
    writeFileSync(join(b, 'sw.js'), newVersion(readFileSync(join(b, 'sw.js'), 'utf8')));
    writeFileSync(join(b, 'penge/index.html'), readFileSync(join(b, 'penge/index.html'), 'utf8').replace('</h1>', ' (B)</h1>'));
    const server = await serveNginx(offset, `server {\n listen {port};\n ${first(a)}\n location /mirror/kz2/ { alias ${b}/; }\n}`);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await installed(page, `${server.origin}${base}`);
      // Visiting B installs and activates its worker, which must leave A's cache alone.
      await installed(page, `${server.origin}/mirror/kz2/`);
      expect(await page.evaluate(() => caches.keys())).toHaveLength(2);
      await context.setOffline(true);
      for (const [at, title] of [
        [base, /efterregnet$/],
        ['/mirror/kz2/', /\(B\)$/],
      ] as const) {
        const response = await page.goto(`${server.origin}${at}penge/index.html`);
        expect(response?.ok(), at).toBe(true);
        await expect(page.locator('h1'), at).toHaveText(title);
      }
    } finally {
      await context.close();
      await server.stop();
    }
  });
}

for (const [where, offset, base, location] of [
  ['at the root', 3, '', (dir: string) => `root ${dir};`],
  ['under a sub-path', 7, '/mirror/kz', (dir: string) => `location /mirror/kz/ { alias ${dir}/; }`],
] as const) {
  test(`an update with a warm HTTP cache stores the new build, not the cached old files, served ${where}`, async ({ browser }) => {
    const dir = distCopy();
    // Caching headers that let the browser keep every file for an hour without asking.
    const server = await serveNginx(offset, `server {\n listen {port};\n expires 1h;\n ${location(dir)}\n}`);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await installed(page, `${server.origin}${base}/en/`);
      // Deploy a new build: new text and a new worker version.
      const html = readFileSync(join(dir, 'en/index.html'), 'utf8');
      expect(html).toContain('Ways in');
      writeFileSync(join(dir, 'en/index.html'), html.replace('Ways in', 'Ways in (updated)'));
      writeFileSync(join(dir, 'sw.js'), newVersion(readFileSync(join(dir, 'sw.js'), 'utf8')));
      const texts = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
        let keys: string[] = [];
        while (!(keys.length === 1 && keys[0]!.endsWith('0000000000000002'))) {
          await new Promise((r) => setTimeout(r, 100));
          keys = await caches.keys();
        }
        const cache = await caches.open(keys[0]!);
        return Promise.all(['en/index.html', 'en/'].map(async (f) => (await cache.match(new URL(f, reg!.scope).href))?.text()));
      });
      for (const text of texts) expect(text).toContain('Ways in (updated)');
      await context.setOffline(true);
      await page.goto(`${server.origin}${base}/en/index.html`);
      await expect(page.locator('h2', { hasText: 'Ways in (updated)' })).toBeVisible();
    } finally {
      await context.close();
      await server.stop();
    }
  });
}

// A host that redirects …/index.html to …/ (as Cloudflare Pages does); $request_uri is what
// the reader asked for, so nginx's own index lookup for …/ does not loop.
const REDIRECT = 'if ($request_uri ~ "^([^?]*/)index\\.html(\\?.*)?$") { return 308 $1$2; }';
for (const [where, offset, base, location] of [
  ['at the root', 4, '', (dir: string) => `root ${dir};`],
  ['under a sub-path', 5, '/mirror/kz', (dir: string) => `location /mirror/kz/ { alias ${dir}/; }`],
] as const) {
  test(`on a host that redirects …/index.html to …/, the edition reads offline, served ${where}`, async ({ browser }) => {
    // Fifteen pages in both forms: 30 s alone, over 1 min beside another test run.
    test.setTimeout(300_000);
    const server = await serveNginx(offset, `server {\n listen {port};\n ${REDIRECT}\n ${location(resolve('dist'))}\n}`);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const online = await page.goto(`${server.origin}${base}/penge/index.html`);
      expect(online?.url()).toBe(`${server.origin}${base}/penge/`);
      await installed(page, `${server.origin}${base}/`);
      // The server down and the HTTP cache empty: only the worker can answer.
      await server.stop();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      // The worker's …/ ↔ …/index.html mapping is the same for every page (the plain offline
      // crawl above reads every page of every language): at the root each language's home and
      // article and the Danish section pages; under the sub-path (the same worker code, its
      // scope prefixed) the home page, the Danish article and an English section page.
      const pages = sitePaths().filter((p) => p.endsWith('/'));
      const translated = (p: string) => LOCALES.some((l) => l !== DEFAULT_LOCALE && p.startsWith(`/${l}/`));
      const atRoot = pages.filter((p) => !translated(p) || Object.values(ARTICLES).includes(p as never) || LOCALES.some((l) => p === `/${l}/`));
      for (const path of base ? pages.filter((p) => p === '/' || p === ARTICLES.da || p === '/en/money/') : atRoot) {
        for (const form of [path, `${path}index.html`]) {
          const response = await page.goto(`${server.origin}${base}${form}`);
          expect(response?.ok(), `${form} offline`).toBe(true);
          await expect(page.locator('h1'), form).toBeVisible();
        }
      }
    } finally {
      await context.close();
      await server.stop();
    }
  });
}

test('offline, only navigations get a page: the exact one, else the 404 page; a 5xx falls back to the copy', async ({ browser }) => {
  const dir = distCopy();
  // The server answers 503 while the file "down" exists.
  const server = await serveNginx(6, `server {\n listen {port};\n root ${dir};\n error_page 404 /404.html;\n location / { if (-f ${dir}/down) { return 503; } }\n}`);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await installed(page, `${server.origin}/`);
    writeFileSync(join(dir, 'down'), '');
    const failing = await page.goto(`${server.origin}/penge/`);
    expect(failing?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Beløbene, efterregnet');
    rmSync(join(dir, 'down'));
    await context.setOffline(true);
    for (const path of ['/penge/typo', '/no-such-page/', '/en/money/chart.png']) {
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1').first(), path).toHaveText('Siden findes ikke');
    }
    await page.goto(`${server.origin}/en/money/`);
    const fetched = await page.evaluate(async () =>
      Promise.all(['chart.png', '../../share.js'].map((u) => fetch(u).then((r) => `${r.status} ${r.headers.get('content-type')}`, () => 'network error'))),
    );
    expect(fetched[0]).toBe('network error');
    expect(fetched[1]).toMatch(/^200 .*javascript/);
  } finally {
    await context.close();
    await server.stop();
  }
});
