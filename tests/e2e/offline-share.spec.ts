import { expect, test } from './fixtures';
import { ARTICLES } from './helpers';

// The offline copy (the unpacked zip, or dist/ opened from disk) shares the edition's public
// address, never the reader's disk path (which often holds their user name).
test('from file:// the ¶ link and the selection link share the canonical address plus the passage', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) } });
  });
  await page.goto(`file://${process.cwd()}/dist/skulder-ved-skulder/index.html`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https:\/\/[^/]+\/skulder-ved-skulder\/$/);
  const copied = () => page.evaluate(() => (window as unknown as { copied?: string }).copied);
  await page.locator('#illegal > a.passage-link').click();
  await expect.poll(copied).toBe(`${canonical}#illegal`);
  await page.locator('#peace').evaluate((p) => {
    // The first long run of the paragraph's own text (it may stand inside a claim's mark).
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && (text.parentElement!.closest('.note, .passage-link') || (text.textContent ?? '').trim().length <= 20)) text = walker.nextNode();
    const range = document.createRange();
    range.setStart(text!, 0);
    range.setEnd(text!, 12);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.locator('#selection-share button').click();
  await expect.poll(copied).toMatch(new RegExp(`^${canonical!.replaceAll('.', '\\.')}#peace:~:text=`));
});

test('a malformed #fragment does not stop the article scripts', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${ARTICLES.en}#%E0%A4%A`);
  // print-notes.ts runs after share.ts and keep-passage.ts in article.js: its print listener is in place.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('section.endnotes')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the colour choice is stored under a key of the edition’s own folder, not the origin-wide "theme"', async ({ page }) => {
  const { PORTS } = await import('./ports');
  await page.goto(`http://127.0.0.1:${PORTS.subPath}/mirror/kz/en/`);
  await page.evaluate(() => localStorage.setItem('theme', 'another site’s value'));
  await page.locator('.theme-switch').click();
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ theme: 'another site’s value', 'edition-theme:/mirror/kz/': 'light' });
});
