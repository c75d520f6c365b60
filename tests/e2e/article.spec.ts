import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';
import { ARTICLES, articleParagraphs, guard, OUR_ADDITIONS, sentences, SOURCE_SHA256, sourceBytes, sourceParagraphs } from './helpers';

test.describe('the article pages', () => {
  test('both editions render, with a title, provenance and notes', async ({ page, baseURL }) => {
    for (const [lang, path] of Object.entries(ARTICLES)) {
      const g = await guard(page, new URL(baseURL!).origin);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('#article-body p[id]')).toHaveCount(13);
      expect(await page.locator('.note').count()).toBeGreaterThanOrEqual(lang === 'da' ? 23 : 28);
      await expect(page.locator('.meta')).toContainText('B.T.');
      g.expectClean();
    }
  });

  test('source fidelity: every sentence of the source occurs verbatim in the Danish page', async ({ page }) => {
    // The file as received (checksum verified), not a retyped version of it.
    expect(createHash('sha256').update(sourceBytes()).digest('hex')).toBe(SOURCE_SHA256);
    await page.goto(ARTICLES.da);
    const paragraphs = await articleParagraphs(page);
    const text = paragraphs.map((p) => p.text).join('\n');
    const all = sourceParagraphs().flatMap(sentences);
    expect(all.length).toBeGreaterThanOrEqual(15);
    const missing = all.filter((s) => !text.includes(s));
    expect(missing, `${all.length - missing.length} of ${all.length} source sentences found`).toEqual([]);
    // Stronger still: paragraph for paragraph, the page's text is the source's.
    expect(paragraphs.map((p) => p.text)).toEqual(sourceParagraphs());
  });

  test('paragraph keys are identical and in the same order across languages', async ({ page }) => {
    await page.goto(ARTICLES.da);
    const da = (await articleParagraphs(page)).map((p) => p.key);
    await page.goto(ARTICLES.en);
    const en = (await articleParagraphs(page)).map((p) => p.key);
    expect(da.every((k) => /^[a-z][a-z0-9-]+$/.test(k))).toBe(true);
    expect(new Set(da).size).toBe(da.length);
    expect(en).toEqual(da);
  });

  test('the English edition mirrors every Danish note and adds translator’s notes', async ({ page }) => {
    const notes = async () =>
      page.$$eval('.note', (ns) => ns.map((n) => ({ id: n.id, type: n.className.match(/t-(\w+)/)?.[1], para: n.closest('p')?.id })));
    await page.goto(ARTICLES.da);
    const da = await notes();
    await page.goto(ARTICLES.en);
    const en = await notes();
    for (const note of da) expect(en, note.id).toContainEqual(note);
    const added = en.filter((n) => !da.some((d) => d.id === n.id));
    expect(added.length).toBeGreaterThanOrEqual(3);
    expect(added.every((n) => n.type === 'translation')).toBe(true);
    expect(added.map((n) => n.id)).toEqual(expect.arrayContaining(['note-tr-shoulder', 'note-tr-hverve']));
  });

  test('every listed typo and every checklist claim has a typed note; factual notes cite sources', async ({ page }) => {
    await page.goto(ARTICLES.da);
    // The typos and slips listed in ../shared/source/README.md, by the word they follow.
    const typos = ['interneannoncer', 'engangsbeløb', 'annoncen', 'Sakhalin regionen', 'ar', 'rekrutterer', 'Da krigen brød ud', 'bosiddende i Rusland'];
    // The imprecise or unconfirmed claims in the checklist of ../shared/research/facts.md.
    const claims = ['er de skrevet på kasakhisk.', 'rekrutteringskontoret', 'gik tusindvis af kasakher på gaderne', 'Ifølge BBC'];
    const marked = await page.$$eval(
      '.note-ref',
      (refs, ours) =>
        refs.map((ref) => {
          // The paragraph's text up to the marker, as published: our additions left out.
          const range = document.createRange();
          range.setStart(ref.closest('p')!, 0);
          range.setEndBefore(ref);
          const before = range.cloneContents();
          before.querySelectorAll(ours).forEach((n) => n.remove());
          const note = ref.nextElementSibling as HTMLElement;
          return {
            before: before.textContent ?? '',
            type: note.className.match(/t-(\w+)/)?.[1],
            label: note.querySelector('.note-type')?.textContent,
            sources: note.querySelectorAll('.note-src a, .note-src').length,
            text: note.querySelector('.note-p')?.textContent ?? '',
          };
        }),
      `${OUR_ADDITIONS}, .fix-c`,
    );
    for (const word of typos) {
      expect(marked.some((m) => m.before.endsWith(word) && m.type === 'correction'), `correction note after "${word}"`).toBe(true);
    }
    for (const claim of claims) {
      const note = marked.find((m) => m.before.endsWith(claim));
      expect(note?.type, `note after "${claim}"`).toBe('correction');
      expect(note!.sources, `sources for "${claim}"`).toBeGreaterThan(0);
    }
    expect(marked.find((m) => m.before.endsWith('36.000 kroner'))?.type).toBe('figure');
    for (const m of marked) {
      expect(m.label, 'type shown in words').toMatch(/^(Rettelse|Kontekst|Oversættelse|Beløb)$/);
      if (m.type === 'figure') expect(m.sources).toBeGreaterThan(0);
    }
  });

  test('footnote labels are in the page’s language, with no English on the Danish page', async ({ page }) => {
    await page.goto(ARTICLES.da);
    const da = await page.locator('#article-body').textContent();
    expect(da).not.toMatch(/Footnotes|Back to (reference|the text)|Sources cited/);
    await expect(page.locator('.note-back').first()).toContainText('Tilbage til teksten');
    await page.goto(ARTICLES.en);
    await expect(page.locator('.note-back').first()).toContainText('Back to the text');
    await expect(page.locator('.note-type').first()).toHaveText('Correction');
  });
});
