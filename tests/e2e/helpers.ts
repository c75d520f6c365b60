import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { checkedPages, pathOfFile } from '../site/dist';

/**
 * axe as every browser test runs it. In the page's own frame (legacy mode): the edition has no
 * frames, and the default mode opens a blank page to finish every run, 2–3 s of a 4 s check.
 * Only violations come back in full: the passes on a long page are thousands of nodes the
 * tests never read. Rules and tags are chosen after this (`options` replaces them).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
}

/**
 * Draws the parts a page leaves undrawn until the reader nears them (content-visibility:
 * auto: the article's later passages on a phone, the money page's later sections), for checks
 * that read the page as drawn: axe hit-tests targets, and an undrawn one is "obscured".
 * A DevTools style sheet, which the page's Content Security Policy does not govern.
 */
export async function drawEverything(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { styleSheetId } = await cdp.send('CSS.createStyleSheet', { frameId: frameTree.frame.id });
  await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: '* { content-visibility: visible !important; }' });
  await cdp.detach();
}

/**
 * Every page as a URL path (`index.html` → `/`): each URL of the build's sitemap, and
 * `/404.html` (see `checkedPages` in tests/site/dist.ts).
 */
export function sitePaths(): string[] {
  return checkedPages().map(pathOfFile);
}

/** The ids of the claims in the ledger (content/claims.yaml), in file order. */
export function claimIds(): string[] {
  return Object.keys(parse(readFileSync(new URL('../../content/claims.yaml', import.meta.url), 'utf8')) as Record<string, unknown>);
}

/** The two article pages. */
export const ARTICLES = { da: '/skulder-ved-skulder/', en: '/en/skulder-ved-skulder/', ru: '/ru/skulder-ved-skulder/', kk: '/kk/skulder-ved-skulder/' } as const;

/**
 * Watches a page for requests that leave the site's own origin (they are blocked and
 * counted), failed requests, non-2xx responses, console errors and CSP violations.
 * Call `expectClean()` at the end of the test.
 */
export async function guard(page: Page, origin: string) {
  const offsite: string[] = [];
  const problems: string[] = [];
  const local = (url: string) => (origin === 'file://' ? url.startsWith('file://') : new URL(url).origin === origin);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!local(url)) {
      offsite.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('requestfailed', (r) => {
    // ERR_ABORTED: the browser dropped a request (say, the favicon) because the test moved on
    // to the next page; that is the crawl's doing, not a fault of the site.
    if (local(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    // The test harness's own warning where it blocks the offline worker (playwright.config.ts).
    if (m.text() === 'Service Worker registration blocked by Playwright') return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    expectClean() {
      expect(offsite, 'requests to other hosts').toEqual([]);
      expect(problems, 'failed requests, errors, CSP violations').toEqual([]);
    },
  };
}

/** sha256 of the source article as received (../shared/source/README.md). */
export const SOURCE_SHA256 = '2652fc8b56ce42c0ab45e7619fbf0d000eb00926dae410ca8ca279e34dd6ecda';

/**
 * The source article's bytes: the copy in tests/fixtures/source/, which must have the
 * published checksum and, where ../shared/ is present, equal the shared file.
 */
export function sourceBytes(): Buffer {
  const copy = readFileSync(new URL('../fixtures/source/article-da.txt', import.meta.url));
  if (createHash('sha256').update(copy).digest('hex') !== SOURCE_SHA256) {
    throw new Error('tests/fixtures/source/article-da.txt does not have the sha256 of the source as received');
  }
  const shared = new URL('../../../shared/source/article-da.txt', import.meta.url);
  if (existsSync(shared) && !readFileSync(shared).equals(copy)) {
    throw new Error('tests/fixtures/source/article-da.txt differs from ../shared/source/article-da.txt');
  }
  return copy;
}

/**
 * The source article with its page chrome removed, as ../shared/source/README.md
 * describes it: the `date 2023-08` prefix goes, the photo caption appears once (the
 * `Vis mere` button label and the second copy go). Returns its paragraphs.
 */
export function sourceParagraphs(): string[] {
  return sourceBytes()
    .toString('utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => (i === 0 ? p.replace(/^date \d{4}-\d{2} /, '') : p))
    .map((p) => (p.includes(' Vis mere ') ? p.split(' Vis mere ')[0]! : p));
}

/**
 * Splits a paragraph into sentences: after . ! or ? followed by white space (so
 * "495.000" and "B.T." inside words stay whole). A paragraph's unterminated last
 * sentence counts too.
 */
export function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * The reading text of each paragraph of an article page, with note markers, note
 * bodies and our own labels set aside.
 */
/** Our own additions inside the article's text: notes and their markers, labels, passage links, the claims' verdict links. */
export const OUR_ADDITIONS = '.note, .note-ref, .para-label, .passage-link, .claim-ref';

export async function articleParagraphs(page: Page, reading: 'published' | 'corrected' = 'published'): Promise<{ key: string; text: string }[]> {
  // Our additions are left out, and the reading not chosen (a spelling correction stands in both).
  const ours = `${OUR_ADDITIONS}, ${reading === 'published' ? '.fix-c' : '.fix-p'}`;
  return page.$$eval(
    '#article-body p[id]',
    (ps, ours) =>
      ps.map((p) => {
        const clone = p.cloneNode(true) as HTMLElement;
        clone.querySelectorAll(ours).forEach((n) => n.remove());
        // A correction shows the printed words struck out, then the right ones: read the right ones.
        clone.querySelectorAll('.fix-c del').forEach((n) => n.remove());
        return { key: p.id, text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim() };
      }),
    ours,
  );
}

/**
 * Opens the article at `url` with a chosen set of layers in its address (context only, the
 * corrected reading) and checks that the page shows them: the controls set, the corrections
 * and sidebars hidden, the context notes and the corrected words shown.
 */
export async function expectLayersFromAddress(page: Page, url: string): Promise<void> {
  const response = await page.goto(`${url}?show=context&reading=corrected`);
  if (response) expect(response.ok(), url).toBe(true);
  await expect(page.locator('input[name="show"][value="corrections"]')).not.toBeChecked();
  await expect(page.locator('input[name="show"][value="context"]')).toBeChecked();
  await expect(page.locator('#article-body .note-ref.t-correction').first()).toBeHidden();
  await expect(page.locator('#article-body .note-ref.t-context').first()).toBeVisible();
  await expect(page.locator('#article-body aside.sidebar').first()).toBeHidden();
  await expect(page.locator('.fix-c').first()).toBeVisible();
}
