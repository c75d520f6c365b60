import { expect, test } from './fixtures';
import { ARTICLES } from './helpers';
import { intlLocale, type Locale } from '../../src/lib/core/locales';

/** A number as `lang` writes it (Intl), for expectations in every language. */
const number = (lang: string, n: number, digits = 0) => new Intl.NumberFormat(intlLocale(lang as Locale), { minimumFractionDigits: digits }).format(n);

const GLOSSARY = { da: '/penge/', en: '/en/money/', ru: '/ru/dengi/', kk: '/kk/aqsha/' } as const;

test.describe('the money glossary', () => {
  for (const [lang, path] of Object.entries(ARTICLES)) {
    test(`${lang}: every amount in the article links to an existing glossary entry`, async ({ page }) => {
      await page.goto(path);
      const amounts = await page.$$eval('#article-body a.amount', (as) => as.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).href })));
      // Both figures, each as roubles and as kroner, in the article's own text.
      expect(amounts.length).toBeGreaterThanOrEqual(4);
      const inText = await page.$$eval('#article-body p[id]', (ps) =>
        ps.map((p) => {
          const c = p.cloneNode(true) as HTMLElement;
          c.querySelectorAll('.note, .note-ref, .passage-link').forEach((n) => n.remove());
          return c.textContent ?? '';
        }).join('\n'),
      );
      // Every rouble or krone figure in the text is inside an amount link.
      const written = inText.match(/\d[\d.,\u00a0]*\d[ \u00a0](rubler|kroner|roubles|рубл|крон)\p{L}*/gu) ?? [];
      expect(written.length).toBe(4);
      for (const w of written) expect(amounts.map((a) => a.text)).toContain(w);
      for (const a of amounts) {
        const url = new URL(a.href);
        expect(url.pathname).toBe(`${GLOSSARY[lang as keyof typeof GLOSSARY]}index.html`);
        const response = await page.request.get(url.pathname);
        expect(response.status()).toBe(200);
        expect(await response.text()).toContain(`id="${url.hash.slice(1)}"`);
      }
      // Each figure has its generated note with the recomputed values, rounded to tens (derived kroner).
      await expect(page.locator('#note-figure-one-off')).toContainText(lang === 'da' ? '≈\u00a036.190\u00a0kr.' : lang === 'en' ? '≈\u00a0DKK\u00a036,190' : `≈\u00a0${number(lang, 36190)}`);
      await expect(page.locator('#note-figure-monthly-pay')).toContainText(lang === 'da' ? '≈\u00a013.890\u00a0kr.' : lang === 'en' ? '≈\u00a0DKK\u00a013,890' : `≈\u00a0${number(lang, 13890)}`);
      // The deviations in words, not signs (in Russian and Kazakh: the same figures, in their words).
      await expect(page.locator('#note-figure-one-off')).toContainText(
        lang === 'da' ? '0,5\u00a0% under og 0,1\u00a0% over de to efterregnede beløb' : lang === 'en' ? '0.5% below and 0.1% above the two recomputed amounts' : number(lang, 0.5),
      );
    });
  }

  // The wording of a published correction (updates.yaml, 29 Nov 2026), in the languages it was published in.
  for (const [lang, path] of Object.entries({ da: GLOSSARY.da, en: GLOSSARY.en })) {
    test(`${lang}: the Danish wage line compares with a monthly wage, derived from the OECD yearly figure ÷ 12`, async ({ page }) => {
      await page.goto(path);
      for (const id of ['#one-off', '#monthly-pay']) {
        // Its text, drawn or not yet (on a phone a section is drawn as the reader nears it).
        const text = (await page.locator(id).evaluate((e) => e.textContent ?? '')).replaceAll('\u00a0', ' ').replace(/\s+/g, ' ');
        if (lang === 'da') {
          expect(text).toMatch(/\d,\d\d × en gennemsnitlig dansk månedsløn, 2023 \(OECD-årsløn pr\. fuldtidsansat: 497\.996 kr\. ÷ 12 ≈ 41\.500 kr\., afledt;/);
          expect(text).not.toContain('× Danmarks gennemsnitlige årsløn');
        } else {
          expect(text).toMatch(/\d\.\d\d × an average Danish monthly wage, 2023 \(OECD average annual wage per full-time equivalent employee: DKK 497,996 ÷ 12 ≈ DKK 41,500, derived;/);
          expect(text).not.toContain('× Denmark’s average annual wage');
        }
      }
      await expect(page.locator('#one-off')).toContainText(lang === 'da' ? '0,87 × en gennemsnitlig dansk månedsløn' : '0.87 × an average Danish monthly wage');
      await expect(page.locator('#monthly-pay')).toContainText(lang === 'da' ? '0,33 × en gennemsnitlig dansk månedsløn' : '0.33 × an average Danish monthly wage');
    });
  }

  // The page is about 10,000 px on a phone: from the second section on, what lies under the
  // headings is laid out as the reader nears it (content-visibility: auto, money.css); the
  // headings always, so links land as before.
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 667 } });
    test('ru: the later sections wait to be laid out; the article’s and the contents’ links land on their entries', async ({ page }) => {
      await page.goto(GLOSSARY.ru);
      const laidOut = (selector: string) => page.locator(selector).first().evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
      expect(await laidOut('h1')).toBe(true);
      expect(await laidOut('#one-off .num-table')).toBe(true);
      expect(await laidOut('#monthly-pay .num-table')).toBe(false);
      expect(await laidOut('#money-sources li')).toBe(false);
      // From the article's amount to its entry, then on to the method from the contents.
      await page.goto(ARTICLES.ru);
      await page.locator('#article-body a.amount[href$="#monthly-pay"]').first().click();
      await expect(page.locator('#monthly-pay-title')).toBeInViewport();
      await page.goto(`${GLOSSARY.ru}#rates`);
      await expect(page.locator('#rates-title')).toBeInViewport();
      await expect.poll(() => laidOut('#rates .rates-table')).toBe(true);
      // Every entry in the contents, the last first (the most lies above it, sized only when
      // the browser draws it), each from the top of the page.
      const targets = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)).reverse());
      expect(targets.length).toBeGreaterThanOrEqual(5);
      for (const id of targets) {
        await page.goto(GLOSSARY.ru);
        await page.locator(`.toc a[href="#${id}"]`).click();
        await expect(page.locator(`#${id}-title`), id).toBeInViewport();
        await expect.poll(() => laidOut(`#${id} > :not(h2, h3)`), id).toBe(true);
        await expect(page.locator(`#${id}-title`), id).toBeInViewport();
      }
    });
  });

  // What the first screen shows is drawn in the first frame: a part drawn a frame later
  // (content-visibility: auto on screen) would move the text under it.
  test('nothing moves at load, on a phone or a desktop, in any language', async ({ page }) => {
    for (const [width, height] of [[412, 823], [1280, 800]] as const) {
      await page.setViewportSize({ width, height });
      for (const path of Object.values(GLOSSARY)) {
        await page.goto(path);
        const shifts = await page.evaluate(async () => {
          for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
          return new Promise<string[]>((done) => {
            new PerformanceObserver((list, observer) => {
              observer.disconnect();
              done(list.getEntries().map((e) => `${(e as PerformanceEntry & { value: number }).value}`));
            }).observe({ type: 'layout-shift', buffered: true });
            // No entry at all: the observer is not called; an empty list after a frame.
            requestAnimationFrame(() => requestAnimationFrame(() => done([])));
          });
        });
        expect(shifts, `${path} at ${width} × ${height}`).toEqual([]);
      }
    }
  });

  // The chart and tables are the same static markup in every language: on the original and
  // on one translation in Cyrillic.
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    for (const [lang, path] of Object.entries({ da: GLOSSARY.da, ru: GLOSSARY.ru })) {
      test(`${lang}: the chart and its table render, and the entries show the recomputed values`, async ({ page }) => {
        await page.goto(path);
        const chart = page.locator('svg.chart');
        await expect(chart).toBeVisible();
        await expect(chart).toHaveAttribute('role', 'img');
        expect(await chart.locator('path.chart-line').count()).toBe(2);
        await expect(chart.locator('title')).not.toBeEmpty();
        await expect(chart.locator('desc')).not.toBeEmpty();
        const box = await chart.boundingBox();
        expect(box!.width).toBeGreaterThan(300);
        const rows = page.locator('.rates-table tbody tr');
        await expect(rows).toHaveCount(31);
        await expect(page.locator('.rates-table tr.marked')).toHaveCount(1);
        await expect(page.locator('#one-off')).toContainText(number(lang, 36190));
        await expect(page.locator('#one-off')).toContainText(number(lang, 35980));
        await expect(page.locator('#monthly-pay')).toContainText(number(lang, 910800));
        // Kristeligt Dagblad's two figures fit one rate once their rounding is allowed for.
        const kd = page.locator('#outlets tbody tr', { hasText: 'Kristeligt Dagblad' });
        await expect(kd).toHaveClass(/verdict-fits/);
        await expect(kd).toContainText(`${number(lang, 13.92, 2)}–${number(lang, 13.94, 2)}`);
        await expect(page.locator('#outlets .verdict-does-not-fit')).toHaveCount(0);
      });
    }
  });
});
