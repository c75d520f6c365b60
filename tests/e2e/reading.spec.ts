import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { contrast } from './contrast';
import { ARTICLES, sitePaths } from './helpers';

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

test('no page scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of sitePaths()) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test('the reader’s font size is respected (rem-based text)', async ({ page }) => {
  await page.goto(ARTICLES.da);
  const base = await page.$eval('#article-body p[id]', (p) => parseFloat(getComputedStyle(p).fontSize));
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '24px'));
  const bigger = await page.$eval('#article-body p[id]', (p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bigger / base).toBeCloseTo(1.5, 1);
});

for (const [lang, path] of Object.entries(ARTICLES)) {
  test(`${lang}: the print edition is light and keeps every note, sidebar and link target`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
    const hidden = await page.$$eval('.note', (ns) => ns.filter((n) => (n as HTMLElement).offsetHeight === 0).map((n) => n.id));
    expect(hidden).toEqual([]);
    const notes = await page.$$eval('.note .note-p', (ps) => ps.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = (text as string).replace(/\s+/g, ' ').replace(/­/g, '');
    // Every note's text is in the PDF (compared on its first words, which hyphenation cannot split).
    for (const n of notes) expect(flat, n.slice(0, 40)).toContain(n.split(' ').slice(0, 3).join(' '));
    expect(flat).toContain(lang === 'da' ? 'Kasakhsk lov' : 'Kazakh law');
    expect(flat).toContain('(https://www.bt.dk/krimi/rusland-rekrutterer-i-nabolandet-36000-for-at-gaa-i-krig)');
    expect(flat).toMatch(lang === 'da' ? /Udskrevet fra https:\/\/\S+, udgaven af/ : /Printed from https:\/\/\S+, edition of/);
  });
}

test('screenshots of each article page in light, dark and print, at 375 and 1280 px', async ({ page }) => {
  mkdirSync('reports/screenshots', { recursive: true });
  for (const [lang, path] of Object.entries(ARTICLES))
    for (const width of [375, 1280])
      for (const mode of ['light', 'dark', 'print'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ media: mode === 'print' ? 'print' : 'screen', colorScheme: mode === 'dark' ? 'dark' : 'light' });
        await page.goto(path);
        const file = `reports/screenshots/${lang}-${width}-${mode}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await test.info().attach(`${lang}-${width}-${mode}`, { path: file, contentType: 'image/png' });
      }
});
