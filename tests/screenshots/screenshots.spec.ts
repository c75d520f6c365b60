/**
 * Screenshots for people to look at, not a test: each article page in light, dark and print,
 * at 375 and 1280 px, and the Danish page's two readings (as published, the default, and
 * corrected) at 390 and 1280 px, written to reports/screenshots/. Run with
 * `npm run screenshots` on an existing build; `npm test` does not run it (what a reader would
 * notice — contrast, layout, overflow, the light print page — is asserted by the browser
 * tests themselves).
 */
import { mkdirSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { ARTICLES } from '../e2e/helpers';

async function shoot(page: Page, name: string) {
  const file = `reports/screenshots/${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  await test.info().attach(name, { path: file, contentType: 'image/png' });
}

test('screenshots of each article page in light, dark and print, at 375 and 1280 px', async ({ page }) => {
  // Twelve full-page screenshots take 15–30 s on a busy 2-core machine: keep well clear of the limit.
  test.setTimeout(180_000);
  mkdirSync('reports/screenshots', { recursive: true });
  for (const [lang, path] of Object.entries(ARTICLES))
    for (const width of [375, 1280])
      for (const mode of ['light', 'dark', 'print'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ media: mode === 'print' ? 'print' : 'screen', colorScheme: mode === 'dark' ? 'dark' : 'light' });
        await page.goto(path);
        await shoot(page, `${lang}-${width}-${mode}`);
      }
});

test('screenshots of the two readings (as published, corrected) at 390 and 1280 px', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync('reports/screenshots', { recursive: true });
  for (const width of [390, 1280])
    for (const reading of ['published', 'corrected'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(reading === 'corrected' ? `${ARTICLES.da}?reading=corrected` : ARTICLES.da);
      await shoot(page, `da-${width}-reading-${reading}`);
    }
});
