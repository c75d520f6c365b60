import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitePaths } from './helpers';
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
    const pages = sitePaths().filter((p) => p !== '/404.html');
    expect(pages.length).toBeGreaterThanOrEqual(14);
    for (const path of pages) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.ok(), `${path} offline`).toBe(true);
      await expect(page.locator('h1'), path).toBeVisible();
    }
    // And the linked form of a page, as readers follow it.
    await page.goto(`${base}/en/money/index.html#one-off`);
    await expect(page.locator('#one-off')).toBeVisible();
    await context.close();
  });
}

test('the service worker is versioned by the build and drops older versions', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const version = /const CACHE = 'edition-([0-9a-f]{16})'/.exec(sw)?.[1];
  expect(version).toBeTruthy();
  expect(sw).toContain("k.startsWith('edition-') && k !== CACHE");
  expect(sw).toContain('fetch(request).catch(');
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
  write(join(dir, 'sw.js'), readFileSync(join(dir, 'sw.js'), 'utf8').replace(/edition-[0-9a-f]{16}/, 'edition-0000000000000002'));
  await page.reload();
  await expect(page.locator('h2', { hasText: 'Ways in (updated)' })).toBeVisible();
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
    await new Promise<void>((resolve) => {
      const done = () => caches.keys().then((k) => (k.includes('edition-0000000000000002') && k.length === 1 ? resolve() : setTimeout(done, 100)));
      done();
    });
  });
  await context.setOffline(true);
  await page.goto(home);
  await expect(page.locator('h2', { hasText: 'Ways in (updated)' })).toBeVisible();
  await context.close();
  server.close();
});
