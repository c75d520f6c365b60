import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ARTICLES, articleParagraphs, axe } from './helpers';

/**
 * The annotation layers and the two readings (issue 15): each layer turned off hides exactly
 * its items, with and without JavaScript; with it, the choice is kept in the address (Back
 * restores it, a shared address opens with it), announced, and printed.
 */
const LAYERS = {
  corrections: '#article-body :is(.note-ref, .note).t-correction',
  context: '#article-body :is(.note-ref, .note).t-context',
  translation: '#article-body :is(.note-ref, .note).t-translation',
  amounts: '#article-body :is(.note-ref, .note).t-figure',
  claims: '#article-body .claim-ref',
  sidebars: '#article-body aside.sidebar',
} as const;
type Layer = keyof typeof LAYERS;
const NAMES = Object.keys(LAYERS) as Layer[];

/** What is shown of each layer: per item, whether it is visible (a claim's mark: whether it is marked). */
async function shown(page: Page): Promise<Record<Layer | 'marks' | 'paragraphs', boolean[]>> {
  return page.evaluate((layers) => {
    const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((e) => e.checkVisibility());
    const out = Object.fromEntries(Object.entries(layers).map(([k, sel]) => [k, visible(sel)]));
    return {
      ...out,
      marks: [...document.querySelectorAll('#article-body mark')].map((m) => parseFloat(getComputedStyle(m).borderBottomWidth) > 0),
      paragraphs: visible('#article-body p[id]'),
    } as Record<string, boolean[]>;
  }, LAYERS);
}

const box = (page: Page, layer: string) => page.locator(`input[name="show"][value="${layer}"]`);

/** Turns each layer off and on again, checking that exactly its items go. */
async function eachLayer(page: Page, js: boolean) {
  const all = await shown(page);
  // Everything shows by default (1280 px: the notes stand in the margin).
  for (const [k, v] of Object.entries(all)) {
    expect(v.length, k).toBeGreaterThan(0);
    expect(v.every(Boolean), `${k} shown by default`).toBe(true);
  }
  for (const layer of NAMES) {
    await box(page, layer).uncheck();
    const now = await shown(page);
    for (const k of Object.keys(all) as (keyof typeof all)[]) {
      const off = k === layer || (k === 'marks' && layer === 'claims');
      expect(now[k], `${layer} off: ${k}`).toEqual(all[k].map(() => !off));
    }
    if (js) {
      expect(new URL(page.url()).searchParams.get('show')?.split(',').sort()).toEqual(NAMES.filter((n) => n !== layer).sort());
      await expect(page.locator('#share-status')).toHaveText(/: (skjult|hidden)$/);
    }
    await box(page, layer).check();
    if (js) expect(new URL(page.url()).search).toBe('');
  }
}

for (const js of [false, true]) {
  test.describe(`layers at 1280 px, JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });

    test('turning a layer off hides exactly its items, and nothing else', async ({ page }) => {
      await page.goto(ARTICLES.da);
      await eachLayer(page, js);
    });
  });
}

test.describe('layers in the address (JavaScript on)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a chosen set opens from its address; Back restores the choice before; passage links carry it; print follows it', async ({ page }) => {
    await page.goto(`${ARTICLES.da}?show=corrections,claims&reading=corrected#slogan`);
    await expect(box(page, 'context')).not.toBeChecked();
    await expect(box(page, 'corrections')).toBeChecked();
    await expect(page.locator('input[value="corrected"]')).toBeChecked();
    const now = await shown(page);
    expect(now.context.every((v) => !v) && now.amounts.every((v) => !v) && now.sidebars.every((v) => !v)).toBe(true);
    expect(now.corrections.every(Boolean) && now.claims.every(Boolean)).toBe(true);
    await expect(page.locator('.fix-c').first()).toBeVisible();
    // A passage link shares this reading.
    expect(await page.locator('#slogan > .passage-link').evaluate((a) => (a as HTMLAnchorElement).href)).toContain('?show=corrections,claims&reading=corrected#slogan');
    // One more change, then Back: the address and the page return to the chosen set.
    await box(page, 'context').check();
    await expect(page).toHaveURL(/show=corrections,context,claims/);
    await page.goBack();
    await expect(page).toHaveURL(/show=corrections,claims&reading=corrected/);
    await expect(box(page, 'context')).not.toBeChecked();
    await expect(page.locator('#article-body .note.t-context').first()).toBeHidden();
    // The language switch keeps the choice too.
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/skulder-ved-skulder\/(index\.html)?\?show=corrections,claims&reading=corrected#slogan$/);
    await expect(box(page, 'context')).not.toBeChecked();
    // Print follows the choice: the printed list of notes leaves out the layers turned off.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.endnotes')).toBeVisible();
    await expect(page.locator('.endnotes li:has(> .t-correction)').first()).toBeVisible();
    await expect(page.locator('.endnotes li:has(> .t-context)').first()).toBeHidden();
    await expect(page.locator('aside.sidebar').first()).toBeHidden();
  });

  test('the corrected reading applies every spelling correction in place; the reading as published is verbatim', async ({ page }) => {
    await page.goto(ARTICLES.da);
    const published = await articleParagraphs(page);
    const fixes = page.locator('.fix-c');
    const count = await fixes.count();
    // One per spelling note of the original.
    expect(count).toBe(readFileSync('content/articles/da/skulder-ved-skulder.md', 'utf8').split('{correction:spelling printed=').length - 1);
    expect(count).toBeGreaterThanOrEqual(8);
    await expect(fixes.first()).toBeHidden();
    await page.locator('input[value="corrected"]').check();
    await expect(page).toHaveURL(/reading=corrected/);
    for (let i = 0; i < count; i++) {
      await expect(fixes.nth(i).locator('del')).toBeVisible();
      await expect(fixes.nth(i).locator('ins')).toBeVisible();
    }
    await expect(page.locator('.fix-p').first()).toBeHidden();
    const corrected = (await articleParagraphs(page, 'corrected')).map((p) => p.text).join('\n');
    for (const right of ['internetannoncer', 'et engangsbeløb', 'Annoncen leder', 'Sakhalin-regionen', 'Da krigen brød ud, gik', 'at Rusland', 'at rekruttere', 'bosiddende i Rusland.']) {
      expect(corrected).toContain(right);
    }
    // Back to the reading as published: the printed words again, verbatim (the fidelity test in article.spec checks every sentence).
    await page.goBack();
    expect(await articleParagraphs(page)).toEqual(published);
  });

  // The default state (every layer, as published) is checked at both widths, light and dark, in a11y.spec.ts.
  test('axe: 0 violations with every layer off and the corrected reading', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${ARTICLES.da}?show=none&reading=corrected`);
    await expect(page.locator('.fix-c').first()).toBeVisible();
    const { violations } = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
