import { expect, test } from './fixtures';
import { ARTICLES } from './helpers';

for (const [lang, path] of Object.entries(ARTICLES)) {
  test.describe(`${lang}: wide screen (1280 px)`, () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('the text runs unbroken; margin items start level with their line or right below the one above, in order, never overlapping', async ({ page }, info) => {
      await page.goto(path);
      const m = await page.evaluate(() => {
        const paragraphs = [...document.querySelectorAll<HTMLElement>('#article-body p[id]')];
        const boxes = paragraphs.map((p) => p.getBoundingClientRect());
        // The paragraph spacing, as the page's first (unannotated) paragraph shows it.
        const spacing = boxes[1]!.top - boxes[0]!.bottom;
        const gaps = boxes.slice(1).map((b, i) => ({ key: paragraphs[i + 1]!.id, gap: b.top - boxes[i]!.bottom }));
        const textRight = boxes[0]!.right;
        // Margin items in document order: notes (their marker is the element before them) and
        // sidebars (their reference line is their paragraph's first line).
        const items = [...document.querySelectorAll<HTMLElement>('#article-body .note, #article-body aside.sidebar')].map((el) => {
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          // A note's marker (raised: its line starts no lower than its bottom); a sidebar's paragraph's top.
          const note = el.matches('.note');
          const anchor = (note ? el.previousElementSibling! : el.parentElement!.querySelector('p[id]')!).getBoundingClientRect();
          return {
            id: el.id,
            top: r.top + scrollY,
            bottom: r.bottom + scrollY,
            left: r.left,
            right: r.right,
            marginTop: parseFloat(style.marginTop),
            marginBottom: parseFloat(style.marginBottom),
            anchorTop: anchor.top + scrollY,
            anchorBottom: (note ? anchor.bottom : anchor.top) + scrollY,
            // A sidebar stands open in the margin: its body shows.
            open: note || el.querySelector('.sidebar-body')!.getBoundingClientRect().height > 40,
          };
        });
        return { spacing, gaps, textRight, items, scrollWidth: document.documentElement.scrollWidth };
      });
      expect(m.spacing).toBeGreaterThan(8);
      // 1. An unbroken text column: every gap is the paragraph spacing.
      const largest = Math.max(...m.gaps.map((g) => g.gap));
      info.annotations.push({ type: 'layout', description: `paragraph spacing ${m.spacing.toFixed(1)} px; largest gap ${largest.toFixed(1)} px` });
      for (const g of m.gaps) expect(Math.abs(g.gap - m.spacing), `gap before ${g.key}: ${g.gap} px, spacing ${m.spacing} px`).toBeLessThanOrEqual(2);
      // 2. The margin: beside the text, in order, never overlapping, each as high as it can be.
      expect(m.items.length).toBeGreaterThanOrEqual(20);
      expect(m.items.filter((it) => it.id.startsWith('sidebar-')).length).toBeGreaterThanOrEqual(4);
      let drift = 0;
      for (const [i, it] of m.items.entries()) {
        expect(it.left, `${it.id} is right of the text`).toBeGreaterThanOrEqual(m.textRight);
        expect(it.right, `${it.id} fits the window`).toBeLessThanOrEqual(1280);
        expect(it.open, `${it.id} shown open`).toBe(true);
        expect(it.top, `${it.id} starts at or below its marker`).toBeGreaterThanOrEqual(it.anchorTop - 2);
        const above = m.items[i - 1];
        if (above) expect(it.top, `${it.id} starts below ${above.id}`).toBeGreaterThanOrEqual(above.bottom + above.marginBottom - 1);
        // Level with its line, or right below the item above when that one reaches further down.
        const highest = Math.max(it.anchorBottom, above ? above.bottom + above.marginBottom : -Infinity) + it.marginTop;
        expect(it.top, `${it.id} starts as high as it can`).toBeLessThanOrEqual(highest + 1);
        drift = Math.max(drift, it.top - it.anchorTop);
      }
      info.annotations.push({ type: 'layout', description: `largest distance from a margin item to its marker: ${Math.round(drift)} px` });
      expect(m.scrollWidth).toBeLessThanOrEqual(1280);
    });
  });

  // The phone layout is the same CSS for every language; its behaviour is checked on the original.
  if (lang !== 'da') continue;
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
