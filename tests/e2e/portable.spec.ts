import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { expectLayersFromAddress, guard } from './helpers';
import { PORTS } from './ports';

/**
 * The same crawl — every page reachable from the landing page, following every internal
 * link — at a domain's root, under a sub-path, and from the file system. Requests to
 * any other host are blocked and counted; a failed request, an HTTP error, a console
 * error or a CSP violation fails the crawl.
 */
async function crawl(page: Page, start: string, inside: (url: URL) => boolean): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    if (response) expect(response.status(), url).toBeLessThan(400);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const u = new URL(link);
      u.hash = '';
      u.search = '';
      if (inside(u) && /(\/|\.html)$/.test(u.pathname) && !seen.has(u.href)) queue.push(u.href);
    }
  }
  return [...seen];
}


/** Unpacks the offline archive the site offers (dist/download/…zip) into a fresh folder. */
function unpackArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync('dist/download/skulder-ved-skulder.zip')))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return join(dir, 'skulder-ved-skulder');
}

// At the root of a domain every page is opened, with the same guard, by a11y.spec.ts.
for (const [name, start] of [
  ['a sub-path', `http://127.0.0.1:${PORTS.subPath}/mirror/kz/`],
  ['the file system (the unpacked offline archive)', 'archive'],
] as const) {
  test(`the whole site works from ${name}`, async ({ page }) => {
    if (start === 'archive') {
      const dir = unpackArchive();
      expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toContain('index.html');
      await crawlFrom(page, pathToFileURL(join(dir, 'index.html')).href);
      // A layers address opens with them from the disk too.
      return expectLayersFromAddress(page, pathToFileURL(join(dir, 'skulder-ved-skulder', 'index.html')).href);
    }
    return crawlFrom(page, start);
  });
}

/** Crawls from `start`, staying under its folder, and fails on anything unclean. */
async function crawlFrom(page: Page, start: string) {
  const origin = new URL(start).origin;
  const prefix = start.replace(/index\.html$/, '');
  const g = await guard(page, origin === 'null' ? 'file://' : origin);
  const pages = await crawl(page, start, (u) => u.href.startsWith(prefix));
  // Both languages' landing, article and section pages: 14.
  expect(pages.length).toBeGreaterThanOrEqual(14);
  g.expectClean();
}
