import { expect, test } from './fixtures';
import { ARTICLES, claimIds } from './helpers';
import { LOCALES } from '../../src/lib/core/locales';

test.describe('languages and navigation', () => {
  // Every built page's <html lang> and alternates are checked in tests/site/ (sitemap, share);
  // here the browser reads them on each language's landing page.
  test('every landing page declares its language and its alternates', async ({ page }) => {
    for (const lang of LOCALES) {
      const path = lang === 'da' ? '/' : `/${lang}/`;
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const hreflangs = await page.$$eval('link[rel=alternate][hreflang]', (ls) => ls.map((l) => l.getAttribute('hreflang')));
      expect(hreflangs.sort()).toEqual([...LOCALES, 'x-default'].sort());
      await expect(page.locator('link[rel=canonical]')).toHaveCount(1);
    }
  });

  test('the language switch lands on the same paragraph (from a shared link)', async ({ page }) => {
    await page.goto(`${ARTICLES.da}#slogan`);
    await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/skulder-ved-skulder\/(index\.html)?#slogan$/);
    await expect(page.locator('#slogan')).toBeInViewport();
  });

  test('the language switch lands on the paragraph being read (after scrolling)', async ({ page }) => {
    await page.goto(ARTICLES.en);
    await page.locator('#illegal').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Dansk' }).click();
    await expect(page).toHaveURL(/\/skulder-ved-skulder\/(index\.html)?#illegal$/);
    await expect(page.locator('#illegal')).toBeInViewport();
  });

  test('a shared link to a note leads to its paragraph in the other language', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${ARTICLES.en}#note-claim-bbc`);
    await expect(page.locator('#note-claim-bbc')).toBeVisible();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Dansk' }).click();
    await expect(page).toHaveURL(/#bbc-posters$/);
  });

  test('without JavaScript the switch still opens the other edition', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLES.da);
    await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/skulder-ved-skulder\/(index\.html)?$/);
    await context.close();
  });

  test('the landing page leads to both editions; unknown addresses get the bilingual 404', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /Rusland hverver/ }).click();
    await expect(page).toHaveURL(/\/skulder-ved-skulder\/(index\.html)?$/);
    await page.goto('/en/');
    await page.getByRole('link', { name: /Russia recruits/ }).click();
    await expect(page).toHaveURL(/\/en\/skulder-ved-skulder\/(index\.html)?$/);
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Siden findes ikke');
    await expect(page.locator('section[lang=en] h2')).toHaveText('Page not found');
    // A way back in, in each language: every page of the edition, with what it holds.
    await expect(page.locator('.not-found section').first().getByRole('link')).toHaveCount(7);
    await page.locator('section[lang=en]').getByRole('link', { name: 'The money', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/money\/$/);
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto(ARTICLES.da);
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});

test.describe('finding things without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page lists every note, sidebar, figure and claim, each linked', async ({ page }) => {
    await page.goto(ARTICLES.da);
    const notes = await page.locator('.article-body .note').evaluateAll((ns) => ns.map((n) => n.id));
    expect(notes.length).toBeGreaterThan(20);
    await page.goto('/soeg/');
    const browse = page.locator('.browse');
    const listed = await browse.locator('.browse-notes li a').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('#')[1]));
    expect(listed).toEqual(notes);
    await expect(browse.locator('.glance li')).toHaveCount(claimIds().length);
    await browse.locator('.browse-notes a').first().click();
    await expect(page).toHaveURL(/\/skulder-ved-skulder\/(index\.html)?#note-typo-internet$/);
    await expect(page.locator('#note-typo-internet')).toBeVisible();
  });
  test('the landing page shows every claim’s verdict, linked to the ledger', async ({ page }) => {
    await page.goto('/en/');
    const linked = await page.locator('.glance a.verdict').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('#claim-')[1]));
    expect([...linked].sort()).toEqual([...claimIds()].sort());
    await page.locator('.glance a.verdict').first().click();
    await expect(page).toHaveURL(/\/en\/claims\/(index\.html)?#claim-/);
  });
});
