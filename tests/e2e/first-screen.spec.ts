import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LOCALES } from '../../src/lib/core/locales';
import { BUDGETS, firstScreenEnd, gzipPrefixSize, weighBuiltPage } from '../../src/lib/budget/page-weight';
import { DIST } from '../site/dist';
import { ARTICLES } from './helpers';

/**
 * The first round trip (BUDGETS.articleCriticalGzip): on a 375 × 667 phone, everything the
 * first screen shows arrives in the first 14,600 B of the page's gzip stream, with the whole
 * <head> and every render-blocking stylesheet. What the screen shows depends on the fonts,
 * so the test measures to a point no font can move: the end of the article's first
 * paragraph, and checks in the browser that the first screen ends before it.
 */
for (const lang of LOCALES) {
  test(`${lang}: the head, the render-blocking CSS and the first screen arrive in the first ${BUDGETS.articleCriticalGzip} B of gzip`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(ARTICLES[lang]);
    // The last text a reader sees without scrolling lies above the end of the first paragraph.
    const foldAboveIntroEnd = await page.evaluate(() => {
      const intro = document.querySelector('#article-body p[id]')!;
      return intro.getBoundingClientRect().bottom > innerHeight;
    });
    expect(foldAboveIntroEnd, 'the first paragraph reaches below the first screen').toBe(true);
    const introText = await page.evaluate(() => {
      const intro = document.querySelector('#article-body p[id]')!;
      const inIntro = document.createTreeWalker(intro, NodeFilter.SHOW_TEXT);
      let target: Node | undefined;
      while (inIntro.nextNode()) if (inIntro.currentNode.textContent) target = inIntro.currentNode;
      // How often the same text stands before it in the body, to find this one in the source.
      const all = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let before = 0;
      while (all.nextNode() && all.currentNode !== target) if (all.currentNode.textContent === target!.textContent) before++;
      return { last: target!.textContent!, before };
    });
    const file = join(ARTICLES[lang].slice(1), 'index.html');
    const html = readFileSync(join(DIST, file), 'utf8');
    const end = firstScreenEnd(html, introText.last, introText.before);
    expect(html.slice(0, end)).toContain('</head>');
    const weight = weighBuiltPage(DIST, file);
    const blockingCss = weight.criticalGzip - weight.htmlGzip;
    expect(gzipPrefixSize(html, end) + blockingCss, `${file}: gzip bytes up to the end of the first paragraph`).toBeLessThanOrEqual(BUDGETS.articleCriticalGzip);
  });
}
