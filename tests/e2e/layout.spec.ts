import { expect, test, type Page } from '@playwright/test';
import { ARTICLES } from './helpers';

type Box = { id: string; x: number; y: number; width: number; height: number };

async function noteBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.note', (notes) =>
    notes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.id, x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
    }),
  );
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [lang, path] of Object.entries(ARTICLES)) {
  test.describe(`${lang}: wide screen (1280 px)`, () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('notes sit in the margin beside their paragraph, and no two overlap', async ({ page }) => {
      await page.goto(path);
      const boxes = await noteBoxes(page);
      expect(boxes.length).toBeGreaterThanOrEqual(20);
      const textRight = await page.$eval('#article-body p[id]', (p) => p.getBoundingClientRect().right);
      for (const b of boxes) {
        expect(b.width, `${b.id} is shown`).toBeGreaterThan(100);
        expect(b.x, `${b.id} is right of the text`).toBeGreaterThanOrEqual(textRight);
        expect(b.x + b.width, `${b.id} fits the window`).toBeLessThanOrEqual(1280);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
      // Each note starts no higher than its marker's line and within its own paragraph's span.
      const placed = await page.$$eval('.note', (notes) =>
        notes.map((n) => {
          const ref = n.previousElementSibling!.getBoundingClientRect();
          const paragraphs = [...document.querySelectorAll('#article-body p[id]')];
          const next = paragraphs[paragraphs.indexOf(n.closest('p')!) + 1]?.getBoundingClientRect();
          const r = n.getBoundingClientRect();
          return { id: n.id, top: r.top, refTop: ref.top, nextTop: next?.top ?? Infinity };
        }),
      );
      for (const p of placed) {
        expect(p.top, `${p.id} starts at or below its marker`).toBeGreaterThanOrEqual(p.refTop - 24);
        expect(p.top, `${p.id} starts before the next paragraph`).toBeLessThan(p.nextTop);
      }
      // Nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    });
  });

  test.describe(`${lang}: phone (375 px), JavaScript off`, () => {
    test.use({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });

    test('notes are folded into the text and each opens from its marker', async ({ page }) => {
      await page.goto(path);
      const refs = page.locator('.note-ref');
      const count = await refs.count();
      expect(count).toBeGreaterThanOrEqual(20);
      await expect(page.locator('.note:visible')).toHaveCount(0);
      for (let i = 0; i < count; i++) {
        const ref = refs.nth(i);
        await ref.click();
        // It opens in place, alone: just below its marker, inside the text column (measured in
        // the page in one step; a note that is not shown has an empty box).
        const place = await ref.evaluate((r) => {
          const note = document.getElementById(r.getAttribute('href')!.slice(1))!;
          const [a, b] = [r.getBoundingClientRect(), note.getBoundingClientRect()];
          const open = [...document.querySelectorAll<HTMLElement>('.note')].filter((n) => n.checkVisibility()).map((n) => n.id);
          return { id: note.id, below: b.y >= a.y && b.y - (a.y + a.height) < 40, inside: b.x + b.width <= 375, shown: b.height > 0, open };
        });
        expect(place, `note ${i + 1}`).toEqual({ id: place.id, below: true, inside: true, shown: true, open: [place.id] });
      }
      // The back link closes the note and returns to the marker.
      const last = page.locator('.note:visible');
      await last.locator('.note-back').click();
      await expect(page.locator('.note:visible')).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });

    test('a note opens from the keyboard, and its marker names it for screen readers', async ({ page }) => {
      await page.goto(path);
      const ref = page.locator('.note-ref').first();
      await ref.focus();
      await page.keyboard.press('Enter');
      const id = (await ref.getAttribute('href'))!.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toBeVisible();
      await expect(ref).toHaveAttribute('aria-describedby', id);
      const name = await ref.evaluate((el) => el.textContent);
      expect(name).toMatch(/^Note 1$/);
    });
  });
}
