/**
 * The shipped nginx configuration (deploy/nginx.conf), as the tests run it: the response
 * headers of dist/_headers on every response (the CSP header beside each page's own meta
 * policy), compression, the search index's types, the 404 page and folder redirects, at the
 * root and under a sub-path. The crawl, search and offline tests run against the same server.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { guard } from './helpers';
import { PORTS } from './ports';

/** The headers every response must carry, as the build wrote them into dist/_headers (its first rule, `/*`). */
function expectedHeaders(): Record<string, string> {
  const [first] = readFileSync('dist/_headers', 'utf8').split(/\n(?=\S)/);
  const lines = first!.split('\n').slice(1).filter((l) => l.trim());
  return Object.fromEntries(lines.map((l) => l.trim().split(/: (.*)/s).slice(0, 2).map((x, i) => (i === 0 ? x!.toLowerCase() : x!))));
}

for (const [where, base] of [
  ['at the root', `http://127.0.0.1:${PORTS.root}`],
  ['under a sub-path', `http://127.0.0.1:${PORTS.subPath}/mirror/kz`],
] as const) {
  test.describe(`nginx serving the edition ${where}`, () => {
    test('every response carries the _headers headers, error pages included', async ({ request }) => {
      const want = expectedHeaders();
      expect(Object.keys(want)).toEqual(['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy']);
      for (const [path, status] of [
        ['/', 200],
        ['/skulder-ved-skulder/', 200],
        ['/article.js', 200],
        ['/feed.xml', 200],
        ['/no-such-page/', 404],
      ] as const) {
        const response = await request.get(`${base}${path}`);
        expect(response.status(), path).toBe(status);
        for (const [name, value] of Object.entries(want)) expect(response.headers()[name], `${path}: ${name}`).toBe(value);
      }
      const missing = await request.get(`${base}/no-such-page/`);
      expect(await missing.text()).toContain('<title>');
      expect(missing.headers()['content-type']).toBe('text/html; charset=utf-8');
    });

    test('the header CSP is the same for every build: no hashes, nothing on scripts or styles', async ({ request }) => {
      const csp = (await request.get(`${base}/penge/`)).headers()['content-security-policy'];
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/sha(256|384|512)-|unsafe|default-src|script-src|style-src/);
    });

    test('pages, the service worker and Pagefind’s entry file are revalidated (no-cache); other files keep the headers and no Cache-Control', async ({ request }) => {
      const want = expectedHeaders();
      for (const path of ['/', '/penge/', '/en/money/index.html', '/sw.js', '/pagefind/pagefind-entry.json', '/no-such-page/']) {
        const response = await request.get(`${base}${path}`);
        expect(response.headers()['cache-control'], path).toBe('no-cache');
        // nginx drops inherited add_header lines where a block adds its own: all must be here.
        for (const [name, value] of Object.entries(want)) expect(response.headers()[name], `${path}: ${name}`).toBe(value);
      }
      for (const path of ['/article.js', '/favicon.png', '/download/skulder-ved-skulder.zip', '/pagefind/pagefind.js']) {
        expect((await request.get(`${base}${path}`)).headers()['cache-control'], path).toBeUndefined();
      }
    });

    test('types, compression and folder redirects', async ({ request }) => {
      const types: [string, RegExp][] = [
        ['/', /^text\/html; charset=utf-8$/],
        ['/article.js', /^(application|text)\/javascript/],
        ['/feed.xml', /xml/],
        ['/favicon.svg', /^image\/svg\+xml/],
        ['/favicon.png', /^image\/png$/],
        ['/pagefind/wasm.unknown.pagefind', /^application\/octet-stream$/],
        ['/download/skulder-ved-skulder.zip', /^application\/zip$/],
      ];
      for (const [path, type] of types) expect((await request.get(`${base}${path}`)).headers()['content-type'], path).toMatch(type);
      const gz = await request.get(`${base}/skulder-ved-skulder/`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gz.headers()['content-encoding']).toBe('gzip');
      const folder = await request.get(`${base}/penge`, { maxRedirects: 0 });
      expect(folder.status()).toBe(301);
      expect(folder.headers()['location']).toBe(`${new URL(base).pathname.replace(/\/$/, '')}/penge/`);
    });

    test('a page runs clean under both its meta CSP and the header CSP', async ({ page }) => {
      const g = await guard(page, new URL(base).origin);
      const response = await page.goto(`${base}/skulder-ved-skulder/`);
      expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("default-src 'none'");
      await expect(page.locator('h1')).toBeVisible();
      // No CSP violation, console error, failed or off-site request (the guard fails on any).
      g.expectClean();
    });
  });
}
