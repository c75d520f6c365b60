import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/core/locales';
import { localePrefix } from '../../src/lib/i18n/paths';
import { ARTICLES, axe, drawEverything, guard, sitePaths } from './helpers';

/** WCAG 2.2 A and AA, and axe's best practices. */
const ALL = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on the colours: all a colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Check = readonly [width: number, scheme: 'light' | 'dark', rules: 'all' | 'colour' | 'text'];

/**
 * The pages of the default language (and the bilingual 404) get the full matrix: every
 * rule at 1280 and at 375 px in light (the widths change what is shown and how), and the
 * colour rules in dark at 1280 px, where every text of the page shows (notes in the margin,
 * sidebars open): the dark colours are the same custom properties at every width.
 */
const FULL: readonly Check[] = [
  [1280, 'light', 'all'],
  [1280, 'dark', 'colour'],
  [375, 'light', 'all'],
];
/**
 * Every other language's pages are the same templates with the same CSS, so the colours
 * and the layout rules already hold; what a translation can change is its text (names of
 * links and buttons, lang attributes, ids from headings, landmark labels). Those pages get
 * every rule but the colour rules (the same colours as the Danish pages, and the costliest
 * rules to run) once, at a phone's width, where the most text wraps: one short axe run
 * instead of four, so the suite grows by a few seconds of browser time per page per added
 * language (README, "Tests").
 */
const TEXT: readonly Check[] = [[375, 'light', 'text']];

/** The language of a site path: the one whose prefix it starts with, else the default. */
function langOf(path: string): string {
  return LOCALES.find((l) => l !== DEFAULT_LOCALE && path.startsWith(`${localePrefix(l)}/`)) ?? DEFAULT_LOCALE;
}

async function expectNoViolations(page: Page, path: string, checks: readonly Check[]) {
  // The page as the reader finds each part of it: drawn (see drawEverything).
  await drawEverything(page);
  for (const [width, colorScheme, rules] of checks) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    const builder = rules === 'colour' ? axe(page).withRules(COLOUR_RULES) : rules === 'text' ? axe(page).withTags(ALL).disableRules(COLOUR_RULES) : axe(page).withTags(ALL);
    const { violations } = await builder.analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `${path} at ${width} px, ${colorScheme}`).toEqual([]);
  }
}

/** Every URL of the build's sitemap, and the 404 page: one navigation each. */
for (const path of sitePaths()) {
  const full = langOf(path) === DEFAULT_LOCALE;
  const what = full ? 'axe at 1280 and 375 px, light and dark' : 'axe at 375 px (a translation: every rule but the colours)';
  test(`${path}: ${what}: 0 violations, no off-site requests, no errors`, async ({ page, baseURL }) => {
    // Four axe runs take 15–30 s on a 2-core machine, up to 75 s with a second test run beside
    // it: keep at least 3x clear of the limit.
    test.setTimeout(240_000);
    const g = await guard(page, new URL(baseURL!).origin);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    // Asked for by name, /404.html is an ordinary page: 200.
    expect(response?.status(), path).toBe(200);
    await expectNoViolations(page, path, full ? FULL : TEXT);
    // In the same navigation: nothing scrolls sideways on the narrowest phone (320 px) or at
    // 200 % zoom of a 1280 px window (640 CSS px).
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 700 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
    }
    g.expectClean();
  });
}

test.describe('axe with a note open on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('0 violations', async ({ page }) => {
    await page.goto(`${ARTICLES.da}#note-claim-office`);
    await expect(page.locator('#note-claim-office')).toBeVisible();
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});
