import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { contrast } from './contrast';
import { ARTICLES } from './helpers';
import { readFileSync } from 'node:fs';


test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  test('body and note text keep at least 4.5:1 contrast', async ({ page }) => {
    for (const path of Object.values(ARTICLES)) {
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(253, 252, 248)');
      expect(await contrast(page, '#article-body p[id]')).toBeGreaterThanOrEqual(4.5);
      expect(await contrast(page, '.note .note-p')).toBeGreaterThanOrEqual(4.5);
      expect(await contrast(page, '.note .note-type')).toBeGreaterThanOrEqual(4.5);
      expect(await contrast(page, '.sidebar-body p')).toBeGreaterThanOrEqual(4.5);
    }
  });
});

// That no page scrolls sideways at 320 px or at 200 % zoom (640 CSS px) is checked on every
// page in a11y.spec.ts, in the same navigation as its axe run.
test('at 200 % zoom of a 1280 px window, the article folds its notes into the text and keeps its measure', async ({ browser }) => {
  // Zoom doubles the CSS pixel: the window is 640 CSS px wide, drawn at twice the density.
  const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(ARTICLES.da);
  // Notes fold into the text at this width, and a paragraph's line stays readable (≤ 75 characters).
  expect(await page.locator('#article-body .note:visible').count()).toBe(0);
  const chars = await page.$eval('#article-body p[id]', (p) => {
    const em = parseFloat(getComputedStyle(p).fontSize);
    return p.getBoundingClientRect().width / (em * 0.5);
  });
  expect(chars).toBeLessThanOrEqual(75 * 1.25);
  await context.close();
});

test('the reader’s font size is respected (rem-based text)', async ({ page }) => {
  await page.goto(ARTICLES.da);
  const base = await page.$eval('#article-body p[id]', (p) => parseFloat(getComputedStyle(p).fontSize));
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '24px'));
  const bigger = await page.$eval('#article-body p[id]', (p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bigger / base).toBeCloseTo(1.5, 1);
});

/**
 * The text of a PDF of the page as printed, whitespace collapsed, soft hyphens removed, and
 * a line break after a hyphen joined ("…36000-for- at-gaa…" → "…36000-for-at-gaa…"): where
 * a line breaks depends on the machine's fonts, and no test may.
 */
async function printedText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return unwrapped(text as string);
}

/** `text` normalised as `printedText` normalises the PDF's, so the two compare. */
function unwrapped(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\u00ad/g, '').replace(/-\s/g, '-');
}

// The print edition in the original and in both Cyrillic editions (the English one is the same
// code and CSS in Latin letters, as the Danish).
for (const [lang, path] of Object.entries(ARTICLES).filter(([l]) => l !== 'en')) {
  test(`${lang}: the print edition is light, with every note numbered at the end, sidebars and short link targets`, async ({ page }) => {
    await page.goto(path);
    // Nothing print-only is made at load (issue 17): the list of notes waits for the print.
    await expect(page.locator('.endnotes')).toHaveCount(0);
    // What a browser does when the reader prints: the event, then the print media.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
    // The notes in the text give way to one numbered list after the article: none lost.
    const inText = await page.$$eval('#article-body .note', (ns) => ns.filter((n) => (n as HTMLElement).offsetHeight > 0).length);
    expect(inText).toBe(0);
    const notes = await page.$$eval('#article-body .note', (ns) =>
      ns.map((n) => ({ num: n.querySelector('.note-num')?.textContent ?? '', text: n.querySelector('.note-p')?.textContent ?? '' })),
    );
    const listed = await page.$$eval('.endnotes li', (ls) => ls.filter((l) => (l as HTMLElement).offsetHeight > 0).map((l) => (l.querySelector('.note-num')?.textContent ?? '')));
    expect(listed).toEqual(notes.map((n) => n.num));
    // …laid out after the article's text (the print layout, not the PDF's text order, says where).
    const [bodyBottom, listTop] = await page.evaluate(() => [
      document.getElementById('article-body')!.getBoundingClientRect().bottom,
      document.querySelector('.endnotes')!.getBoundingClientRect().top,
    ]);
    expect(listTop).toBeGreaterThanOrEqual(bodyBottom);
    // Every note's number and text is in the PDF (compared on its first words, which
    // hyphenation cannot split).
    const flat = await printedText(page);
    for (const n of notes) {
      const words = unwrapped(n.text).trim().split(' ').slice(0, 3).join(' ');
      expect(flat, words).toMatch(new RegExp(`${n.num} [^ ]+ ${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    // The sidebar on Kazakh law, by the first words of its title in this language.
    const sidebarTitle = await page.locator('#sidebar-legal-kazakhstan .sidebar-title').innerText();
    expect(flat).toContain(unwrapped(sidebarTitle).split(' ').slice(0, 2).join(' '));
    // Link targets, short and readable: no scheme, no "www.".
    expect(flat).toContain('(bt.dk/krimi/rusland-rekrutterer-i-nabolandet-36000-for-at-gaa-i-krig)');
    // The print line: the page's own address, as this language's template writes it.
    const printLine = (JSON.parse(readFileSync(`src/lib/i18n/strings/${lang}.json`, 'utf8')) as Record<string, string>)['footer.printLine']!;
    const [before, after] = printLine.split('{date}')[0]!.split('{url}');
    expect(flat).toContain(`${before}https://`);
    expect(flat).toMatch(new RegExp(`https://\\S+${after!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
}

// The money page's later parts are drawn on screen only as the reader nears them; print has them all.
test('ru: the money page prints whole, from the first entry to the last source', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/ru/dengi/');
  const lastSource = await page.locator('#money-sources li').last().evaluate((li) => li.textContent ?? '');
  const outlet = await page.locator('#outlets tbody th').last().evaluate((th) => th.textContent ?? '');
  await page.emulateMedia({ media: 'print' });
  const flat = await printedText(page);
  expect(flat).toContain(unwrapped(outlet).trim());
  expect(flat).toContain(unwrapped(lastSource).trim().split(' ').slice(0, 3).join(' '));
});

test.describe('print without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every note prints after its marker, with the full link targets', async ({ page }) => {
    await page.goto(ARTICLES.da);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.$$eval('#article-body .note', (ns) => ns.filter((n) => (n as HTMLElement).offsetHeight === 0).map((n) => n.id));
    expect(hidden).toEqual([]);
    const notes = await page.$$eval('#article-body .note .note-p', (ps) => ps.map((p) => p.textContent ?? ''));
    const flat = await printedText(page);
    for (const n of notes) expect(flat, n.slice(0, 40)).toContain(unwrapped(n).trim().split(' ').slice(0, 3).join(' '));
    expect(flat).toContain('(https://www.bt.dk/krimi/rusland-rekrutterer-i-nabolandet-36000-for-at-gaa-i-krig)');
  });
});

test.describe('the colour-scheme switch', () => {
  test.use({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  test('cycles system → light → dark, is remembered across pages, and keeps AA contrast', async ({ page }) => {
    await page.goto(ARTICLES.da);
    const button = page.locator('.site-head .theme-switch');
    // The label shown is the choice in force (the stylesheet shows one of the three).
    await expect(button).toHaveText('Farver: som systemet', { useInnerText: true });
    await expect(button).toHaveAccessibleName('Farver: som systemet');
    await button.click();
    await expect(button).toHaveText('Farver: lyse', { useInnerText: true });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await button.click();
    await expect(button).toHaveText('Farver: mørke', { useInnerText: true });
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(dark).toBe('rgb(23, 22, 20)');
    expect(await contrast(page, '#article-body p[id]')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast(page, '.note .note-p')).toBeGreaterThanOrEqual(4.5);
    await page.goto(ARTICLES.en);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.site-head .theme-switch')).toHaveText('Colours: dark', { useInnerText: true });
    await expect(page.locator('.site-head .theme-switch')).toHaveAccessibleName('Colours: dark');
    // Print stays light whatever was chosen.
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.site-head .theme-switch').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(253, 252, 248)');
  });
});

test.describe('the colour-scheme switch without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('is hidden, and the system setting rules', async ({ page }) => {
    await page.goto(ARTICLES.da);
    await expect(page.locator('.theme-switch')).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(23, 22, 20)');
  });
});
