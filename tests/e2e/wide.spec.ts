import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The section pages use a wide screen's width (issue 15, item 4) while their running text
 * keeps a readable measure; phones keep the single column. One navigation per page: the
 * test resizes the window (1280 → 1100 → 390 px) instead of loading the page again.
 * Danish pages only: the English ones share the templates and the CSS.
 *
 * `columns` are three parts of each entry that stand side by side at 1280 px, in reading
 * order, and one below the other at 390 px; `prose` is the page's running text.
 */
const PAGES = [
  { path: '/paastande/', block: '.claims', entry: 'li.claim', columns: ['.claim-quote', '.claim-text', '.claim-meta'], prose: '.lead, .claim-text > p:not(.claim-verdict)' },
  { path: '/tidslinje/', block: '.timeline', entry: '.timeline > li', columns: ['time', '.timeline-text', '.cite'], prose: '.lead, .timeline-event' },
  { path: '/baggrund/', block: '.section-page', entry: '.context-entry', columns: ['.context-head', '.context-body', '.context-meta'], prose: '.lead, .context-body > p' },
  { path: '/penge/', block: 'main > .money', entry: '#rates', columns: ['.chart-figure', '.table-wrap'], prose: '.money p:not(.small)' },
] as const;

type Box = { left: number; right: number; top: number; bottom: number };

/** Each entry's column boxes (the first match of each selector inside the entry). */
function columnBoxes(page: Page, entry: string, columns: readonly string[]): Promise<{ id: string; boxes: Box[] }[]> {
  return page.$$eval(
    entry,
    (els, cols) =>
      els.map((e) => ({
        id: e.id,
        boxes: cols.map((c) => {
          const r = e.querySelector(c)!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      })),
    columns,
  );
}

/**
 * The measure of each running-text element in `ch` of its own font: its width divided by
 * the advance of "0" (a span of ten zeros in that element, ÷ 10, as CSS defines `ch`).
 * Relative to the font actually used, it holds whichever fonts the machine has and at any
 * font size, and it catches what this change could break: a text column that grew with
 * the wide page. It measures the column, not the letters a line holds, which depend on
 * the font (at 35rem, about 70 in Charter, about 80 in Liberation Serif, a Times-metric
 * fallback). The bounds are 60 × 0.9 and 80: the sans lead is ≈ 58 ch, its digits being
 * wider than its average letter.
 */
function measures(page: Page, prose: string): Promise<{ text: string; ch: number }[]> {
  return page.$$eval(prose, (els) =>
    els.map((e) => {
      const zeros = document.createElement('span');
      zeros.textContent = '0'.repeat(10);
      zeros.style.whiteSpace = 'nowrap';
      e.append(zeros);
      const zero = zeros.getBoundingClientRect().width / 10;
      zeros.remove();
      return { text: (e.textContent ?? '').slice(0, 40), ch: e.getBoundingClientRect().width / zero };
    }),
  );
}

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const { path, block, entry, columns, prose } of PAGES) {
  test(`${path}: at 1280 px the page uses the width while running text keeps its measure (54–80 ch); at 390 px one column`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);

    // The page's content block: wider than 1000 px (it was 952 px at most, half the screen for the text).
    const width = await page.locator(block).evaluate((e) => e.getBoundingClientRect().width);
    expect(width, `${block} width`).toBeGreaterThanOrEqual(1000);

    // Each entry's parts side by side, in reading order, their first lines level.
    const wide = await columnBoxes(page, entry, columns);
    expect(wide.length).toBeGreaterThan(0);
    for (const { id, boxes } of wide)
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        expect(b.left, `${id}: ${columns[i]} right of ${columns[i - 1]}`).toBeGreaterThanOrEqual(a.right);
        expect(Math.abs(b.top - a.top), `${id}: ${columns[i]} level with ${columns[i - 1]}`).toBeLessThan(24);
      }

    // Tables fit without scrolling sideways, and neither does the page.
    const cut = await page.$$eval('.table-wrap', (ws) => ws.filter((w) => w.scrollWidth > w.clientWidth).map((w) => w.getAttribute('aria-label')));
    expect(cut, 'tables that scroll sideways').toEqual([]);
    expect(await scrollsSideways(page), 'the page scrolls sideways').toBe(false);

    // Running text keeps its measure, here and at the breakpoint.
    for (const viewport of [1280, 1100]) {
      await page.setViewportSize({ width: viewport, height: 900 });
      const texts = await measures(page, prose);
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t.ch, `${viewport} px: measure of »${t.text}…«`).toBeGreaterThanOrEqual(60 * 0.9);
        expect(t.ch, `${viewport} px: measure of »${t.text}…«`).toBeLessThanOrEqual(80);
      }
      expect(await scrollsSideways(page), `${viewport} px: the page scrolls sideways`).toBe(false);
    }

    // A phone: as before, one column, each entry's parts one below the other.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const { id, boxes } of await columnBoxes(page, entry, columns)) {
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top, `390 px, ${id}: ${columns[i]} below ${columns[i - 1]}`).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
      for (const b of boxes) expect(b.right, `390 px, ${id} fits the screen`).toBeLessThanOrEqual(390);
    }
    expect(await scrollsSideways(page), '390 px: the page scrolls sideways').toBe(false);
  });
}
