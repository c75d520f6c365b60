import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLES, guard, sitePaths } from './helpers';

/** Every URL of the build's sitemap, and the 404 page. */
const paths = sitePaths();

for (const [width, colorScheme] of [[1280, 'light'], [375, 'light'], [1280, 'dark'], [375, 'dark']] as const) {
  test.describe(`axe at ${width} px, ${colorScheme}`, () => {
    test.use({ viewport: { width, height: 900 }, colorScheme });
    for (const path of paths) {
      test(`${path}: 0 violations, no off-site requests, no errors`, async ({ page, baseURL }) => {
        const g = await guard(page, new URL(baseURL!).origin);
        const response = await page.goto(path);
        // Asked for by name, /404.html is an ordinary page: 200.
        expect(response?.status(), path).toBe(200);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
        g.expectClean();
      });
    }
  });
}

test.describe('axe with a note open on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('0 violations', async ({ page }) => {
    await page.goto(`${ARTICLES.da}#note-claim-office`);
    await expect(page.locator('#note-claim-office')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});
