import { expect, test } from './fixtures';
import { ARTICLES } from './helpers';

// The same script and markup in every language: one language is enough.
for (const [lang, path] of Object.entries({ da: ARTICLES.da })) {
  test(`${lang}: copying a paragraph link and opening it lands on that paragraph`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const page = await context.newPage();
    await page.goto(path);
    const link = page.locator('#illegal > a.passage-link');
    await expect(link).toHaveAttribute('href', '#illegal');
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
    await link.press('Enter');
    await expect(page.locator('#share-status')).toHaveText(lang === 'da' ? 'Link kopieret' : 'Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${path}#illegal`);
    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.locator('#illegal')).toBeInViewport();
    await context.close();
  });
}

test('every paragraph, note, glossary entry, sidebar, claim and event has a stable id', async ({ page }) => {
  await page.goto(ARTICLES.da);
  const ids = await page.$$eval('#article-body p[id], .note[id], aside.sidebar[id]', (els) => els.map((e) => e.id));
  expect(ids.every((id) => /^[a-z][a-z0-9-]*$/.test(id))).toBe(true);
  expect(await page.locator('#article-body p[id] > a.passage-link').count()).toBe(13);
  // Every note and sidebar links to itself.
  for (const id of await page.$$eval('.note[id], aside.sidebar[id]', (els) => els.map((e) => e.id))) {
    await expect(page.locator(`[id="${id}"] a.passage-link[href="#${id}"]`), id).toHaveCount(1);
  }
  for (const [url, selector] of [['/penge/', '.figure-entry[id]'], ['/baggrund/', '.context-entry[id]'], ['/paastande/', 'li.claim[id]'], ['/tidslinje/', '.timeline > li[id]']] as const) {
    await page.goto(url);
    const entries = await page.$$eval(selector, (els) => els.map((e) => ({ id: e.id, links: e.querySelectorAll(`a.passage-link[href="#${e.id}"]`).length })));
    expect(entries.length, url).toBeGreaterThan(1);
    for (const e of entries) expect(e.links, `${url}#${e.id}`).toBe(1);
  }
});

test('without JavaScript the ¶ link is a plain anchor', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLES.en);
  await page.locator('#slogan > a.passage-link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#slogan$/);
  await context.close();
});

test('selecting text offers a link to the selection (a text fragment), which opens at its words', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const page = await context.newPage();
  await page.goto(ARTICLES.da);
  await expect(page.locator('#selection-share')).toBeHidden();
  await page.locator('#peace').evaluate((p) => {
    // The text node holding the words (it may stand inside a claim's mark).
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode()!;
    while (!(text.textContent ?? '').includes('offentligt')) text = walker.nextNode()!;
    const range = document.createRange();
    const start = text.textContent!.indexOf('offentligt');
    range.setStart(text, start);
    range.setEnd(text, start + 'offentligt støttet Rusland'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await expect(page.locator('#selection-share')).toBeVisible();
  await page.locator('#selection-share button').click();
  // The copy is asynchronous: read the clipboard once the page says it is done.
  await expect(page.locator('#share-status')).toHaveText('Link kopieret');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${ARTICLES.da}#peace:~:text=offentligt%20st%C3%B8ttet%20Rusland`);
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('#peace')).toBeInViewport();
  await context.close();
});

// On a phone the passages below the first screen are drawn as the reader nears them
// (content-visibility: auto), which clips what a passage paints outside its box unless the
// clip is moved out (article.css). The ¶ link stands to the left of its paragraph.
test('on a phone every ¶ link is drawn where it stands, beside its paragraph, not clipped away', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  await page.goto(ARTICLES.en);
  const links = page.locator('#article-body p[id] > a.passage-link');
  expect(await links.count()).toBe(13);
  for (const link of await links.all()) {
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
    // Hit testing follows the clip: a point of the link left of its paragraph (where the
    // passage's own box does not reach) answers for the link only if it is drawn there.
    const shown = await link.evaluate(async (a) => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const box = a.getBoundingClientRect();
      const paragraph = a.closest('.article-body > *')!.getBoundingClientRect();
      const x = Math.max(1, box.left + 2);
      return x < paragraph.left && document.elementFromPoint(x, box.top + box.height / 2) === a;
    });
    expect(shown, (await link.getAttribute('href')) ?? '').toBe(true);
  }
  await context.close();
});
