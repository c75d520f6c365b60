// Playwright's own `test`, not ./fixtures: these tests are about the path the fixture avoids.
import { expect, test } from '@playwright/test';
import { ARTICLES } from './helpers';

/**
 * The start-up script (src/scripts/boot.ts) as a reader's browser runs it: the stored colour
 * scheme before the first paint, the page's enhancement script after the first contentful
 * paint, or, for an address with a query, as soon as the document is parsed.
 */
test.describe('the start-up script', () => {
  test('requests the enhancement script and the print stylesheet after the first contentful paint, and the page is enhanced', async ({ page }) => {
    await page.goto(ARTICLES.da);
    const requested = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/(article\.js|print-article\.css)$/.test(e.name)).length);
    await expect.poll(requested).toBe(2);
    // Nothing but the page itself (and its icon) is requested before the first contentful paint.
    const before = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      return performance.getEntriesByType('resource').filter((e) => e.startTime < paint).map((e) => e.name.split('/').pop());
    });
    expect(before.filter((name) => name !== 'favicon.png')).toEqual([]);
    // Once it has run, a layer turned off goes into the address.
    await expect(async () => {
      await page.locator('input[name="show"][value="claims"]').setChecked(false);
      expect(new URL(page.url()).searchParams.get('show')).not.toBeNull();
      await page.locator('input[name="show"][value="claims"]').setChecked(true);
    }).toPass();
  });

  test('an address with a query: the script runs before `load`, so the layers it names are set at once', async ({ page }) => {
    await page.goto(`${ARTICLES.da}?show=claims`);
    // No waiting: `load`, which goto waited for, waited for the script.
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[name="show"]')].filter((i) => i.checked).map((i) => i.value))).toEqual(['claims']);
  });

  test('applies the stored colour scheme before the first paint', async ({ page }) => {
    await page.goto(ARTICLES.en);
    await page.evaluate(() => localStorage.setItem('edition-theme:/', 'dark'));
    // When data-theme is set, measured on the page's own clock (a mutation record's callback
    // runs right after the script that set it).
    await page.addInitScript(() => {
      new MutationObserver(() => {
        (window as unknown as { themeSetAt: number }).themeSetAt ??= performance.now();
      }).observe(document, { attributes: true, attributeFilter: ['data-theme'], subtree: true });
    });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const { setAt, paint } = await page.evaluate(() => ({
      setAt: (window as unknown as { themeSetAt: number }).themeSetAt,
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    }));
    expect(setAt).toBeLessThan(paint);
    await expect(page.locator('.theme-switch')).toHaveAccessibleName('Colours: dark');
  });
});
