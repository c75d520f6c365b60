import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLES, guard, sitePaths } from './helpers';

/** Every URL of the build's sitemap, and the 404 page. */
const paths = sitePaths();

/** WCAG 2.2 A and AA, and axe's best practices. */
const ALL = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on the colours: all a colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * One navigation per page, four checks on it: every rule at 1280 and at 375 px in light (the
 * widths change what is shown and how), and the colour rules at both widths in dark (the DOM
 * is the same; only the colours change). Resizing and switching the scheme re-apply the
 * page's media queries and `light-dark()` colours without a reload.
 */
for (const path of paths) {
  test(`${path}: axe at 1280 and 375 px, light and dark: 0 violations, no off-site requests, no errors`, async ({ page, baseURL }) => {
    // Four axe runs take 15–30 s on a 2-core machine, up to 75 s with a second test run beside
    // it: keep at least 3x clear of the limit.
    test.setTimeout(240_000);
    const g = await guard(page, new URL(baseURL!).origin);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    // Asked for by name, /404.html is an ordinary page: 200.
    expect(response?.status(), path).toBe(200);
    for (const [width, colorScheme, rules] of [
      [1280, 'light', 'all'],
      [1280, 'dark', 'colour'],
      [375, 'dark', 'colour'],
      [375, 'light', 'all'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const axe = rules === 'all' ? new AxeBuilder({ page }).withTags(ALL) : new AxeBuilder({ page }).withRules(COLOUR_RULES);
      const { violations } = await axe.analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `${path} at ${width} px, ${colorScheme}`).toEqual([]);
    }
    g.expectClean();
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
