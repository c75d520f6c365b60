import { expect, test } from './fixtures';
import { guard, axe } from './helpers';
import { PORTS } from './ports';

// nginx serves the edition at the root and under a sub-path (playwright.config.ts); search
// runs under both the page's meta CSP and the server's header CSP.
const SUB_PATH = `http://127.0.0.1:${PORTS.subPath}/mirror/kz`;
for (const [lang, path, query, glossary] of [
  ['da', '/soeg/', '13.800', '/penge/'],
  ['en', '/en/search/', '13,800', '/en/money/'],
  ['da', `${SUB_PATH}/soeg/`, '13.800', '/mirror/kz/penge/'],
] as const) {
  test(`${lang}: searching "${query}" at ${path} finds the glossary, in the page's language, under the CSP`, async ({ page, baseURL }) => {
    const g = await guard(page, new URL(path, baseURL).origin);
    await page.goto(path);
    await page.getByRole('searchbox').fill(query);
    await page.getByRole('button', { name: lang === 'da' ? 'Søg' : 'Search' }).click();
    const results = page.locator('#search-results > li');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.map((h) => h.replace(/index\.html$/, ''))).toContain(glossary);
    for (const h of hrefs) expect(h.replace(/^\/mirror\/kz/, '').startsWith('/en/')).toBe(lang === 'en');
    // Several results: the plural form, with the count.
    const count = await results.count();
    expect(count).toBeGreaterThan(1);
    await expect(page.locator('#search-status')).toHaveText(lang === 'da' ? `${count} resultater for »${query}«.` : `${count} results for “${query}”.`);
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    g.expectClean();
  });
}

// "Statista" is on one page only (the glossary's wages, cited to Statista): exactly one result.
for (const [lang, path, status, glossary] of [
  ['da', '/soeg/?q=Statista', '1 resultat for »Statista«.', '/penge/'],
  ['en', '/en/search/?q=Statista', '1 result for “Statista”.', '/en/money/'],
] as const) {
  test(`${lang}: one result is counted in the singular`, async ({ page, baseURL }) => {
    const g = await guard(page, new URL(baseURL!).origin);
    await page.goto(path);
    await expect(page.locator('#search-status')).toHaveText(status);
    const results = page.locator('#search-results > li a');
    await expect(results).toHaveCount(1);
    expect(new URL(await results.first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname.replace(/index\.html$/, '')).toBe(glossary);
    g.expectClean();
  });
}

test('the search page says what to do when JavaScript is off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/soeg/');
  await expect(page.locator('#search-status')).toContainText('kræver JavaScript');
  await context.close();
});

test('the search page says so when the index cannot load', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/search/?q=Sakhalin');
  await expect(page.locator('#search-status')).toContainText('could not be loaded');
});

// Issue 16: Russian and Kazakh have their own index (Pagefind groups pages by <html lang>).
// "495 000" is written with a no-break space in the Russian article; a reader types either
// that (pasted) or a plain space. "біржолғы" (one-off) is in the Kazakh article, with two of
// the letters Kazakh adds to Russian (і, ғ). One navigation per language.
test('ru and kk: "495 000" (no-break or plain space) and a Kazakh word find the article, in its language only', async ({ page, baseURL }) => {
  const g = await guard(page, new URL(baseURL!).origin);
  const results = page.locator('#search-results > li');
  /** Searches `query` on the open page; the results' paths once they have changed. */
  const search = async (query: string, button: string) => {
    await page.getByRole('searchbox').fill(query);
    await page.getByRole('button', { name: button }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === query);
    await expect(results.first()).toBeVisible();
    return (await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map((h) => h.replace(/index\.html$/, ''));
  };
  for (const [lang, path, button, queries] of [
    ['ru', '/ru/poisk/', 'Найти', ['495\u00A0000', '495 000']],
    ['kk', '/kk/izdeu/', 'Іздеу', ['біржолғы']],
  ] as const) {
    await page.goto(path);
    for (const query of queries) {
      const hrefs = await search(query, button);
      expect(hrefs, `${lang}: "${query}"`).toContain(`/${lang}/skulder-ved-skulder/`);
      for (const h of hrefs) expect(h, `${lang}: "${query}"`).toMatch(new RegExp(`^/${lang}/`));
    }
  }
  g.expectClean();
});
