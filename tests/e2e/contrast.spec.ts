import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { DEFAULT_LOCALE } from '../../src/lib/core/locales';
import { pathFor } from '../../src/lib/i18n/paths';
import { colourPairs, ratios, type ColourPair } from './contrast';
import { ARTICLES } from './helpers';

/**
 * WCAG AA contrast of the parts axe cannot judge or judges only in part, in the light
 * and the dark scheme: the lines and marks of the glossary's SVG chart (non-text, 3:1,
 * WCAG 1.4.11) and its labels, the text of table rows on their own backgrounds (striped
 * and highlighted rows included), and the claims' verdict markers (text, 4.5:1).
 * Colours are read from the computed styles and composited as painted (tests/e2e/contrast.ts).
 *
 * On the default language's pages only: every language renders the same templates with the
 * same CSS, so a translation cannot change a colour (axe still runs on every page of every
 * language, tests/e2e/a11y.spec.ts). This keeps the suite's time from growing with languages.
 */

const GLOSSARY = [pathFor({ page: 'money' }, DEFAULT_LOCALE)];
const CLAIMS = [pathFor({ page: 'claims' }, DEFAULT_LOCALE)];
const ARTICLE = ARTICLES[DEFAULT_LOCALE];
const SCHEMES = ['light', 'dark'] as const;

/** The shapes of the chart (the SVG inside the chart's figure) that draw a line. */
const CHART_SHAPES = 'figure svg :is(line, path, polyline, polygon, rect, circle, ellipse)';
/**
 * Gridlines are left out of the 3:1 rule: they only guide the eye to the tick labels
 * (text, checked below), and every value is also in the data table; they are kept faint
 * on purpose. They still have to recolour with the scheme (see the last test).
 */
const GRIDLINE = '.chart-grid';

/** Every pair that falls short of `min`, with its ratio; and records all ratios in the report. */
function below(pairs: ColourPair[], min: number, what: string): string[] {
  const measured = ratios(pairs);
  test.info().annotations.push({ type: what, description: [...new Set(measured.map((m) => `${m.css} ${m.ratio}:1`))].join('; ') });
  return measured.filter((m) => m.ratio < min).map((m) => `${m.label} (${m.css}): ${m.ratio}:1`);
}

async function open(page: Page, path: string, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  // The scheme really took: the page's own colour scheme media query matches it.
  expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme)).toBe(true);
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} scheme`, () => {
    for (const path of GLOSSARY) {
      test(`${path}: chart lines and marks ≥ 3:1 against the chart’s background, chart text ≥ 4.5:1`, async ({ page }) => {
        await open(page, path, scheme);
        await expect(page.locator('figure svg')).toHaveCount(1);
        const strokes = await colourPairs(page.locator(`${CHART_SHAPES}:not(${GRIDLINE})`), 'stroke', { onlyPainted: true });
        // The data lines (paths) and at least one reference line or mark are measured.
        expect(strokes.filter((s) => s.label.startsWith('<path')).length).toBeGreaterThanOrEqual(1);
        expect(strokes.filter((s) => s.label.startsWith('<line')).length).toBeGreaterThanOrEqual(1);
        expect(below(strokes, 3, `${scheme} chart strokes`)).toEqual([]);
        const text = await colourPairs(page.locator('figure svg text'), 'fill', { onlyPainted: true });
        expect(text.length).toBeGreaterThan(0);
        expect(below(text, 4.5, `${scheme} chart text`)).toEqual([]);
      });

      test(`${path}: table text ≥ 4.5:1 on its row’s background, striped and highlighted rows included`, async ({ page }) => {
        await open(page, path, scheme);
        // Every row of every table body, the even (striped) ones among them.
        await expect(page.locator('tbody tr:nth-child(even)').first()).toBeAttached();
        const cells = await colourPairs(page.locator('tbody tr :is(th, td), tbody tr :is(th, td) *'), 'color', { ownTextOnly: true });
        const striped = await colourPairs(page.locator('tbody tr:nth-child(even) :is(th, td), tbody tr:nth-child(even) :is(th, td) *'), 'color', {
          ownTextOnly: true,
        });
        expect(striped.length).toBeGreaterThan(0);
        expect(cells.length).toBeGreaterThan(striped.length);
        expect(below(striped, 4.5, `${scheme} striped rows`)).toEqual([]);
        expect(below(cells, 4.5, `${scheme} all rows`)).toEqual([]);
      });
    }

    for (const path of [...CLAIMS, ARTICLE, ...GLOSSARY]) {
      test(`${path}: verdict markers ≥ 4.5:1`, async ({ page }) => {
        await open(page, path, scheme);
        const verdicts = await colourPairs(page.locator('.verdict, .claim-ref'));
        expect(verdicts.length).toBeGreaterThan(0);
        expect(below(verdicts, 4.5, `${scheme} verdicts`)).toEqual([]);
      });
    }
  });
}

for (const path of GLOSSARY) {
  test(`${path}: the chart recolours with the scheme (every line and its background)`, async ({ page }) => {
    const measure = async (scheme: 'light' | 'dark') => {
      await open(page, path, scheme);
      return colourPairs(page.locator(CHART_SHAPES), 'stroke', { onlyPainted: true });
    };
    const light = await measure('light');
    const dark = await measure('dark');
    expect(dark.map((d) => d.label)).toEqual(light.map((l) => l.label));
    expect(light.length).toBeGreaterThan(0);
    expect(
      light.some((l) => l.label.includes(GRIDLINE.slice(1))),
      'gridlines are measured too',
    ).toBe(true);
    const unchanged = light.filter((l, i) => l.css === dark[i]!.css || l.fg.join() === dark[i]!.fg.join()).map((l) => `${l.label}: ${l.css}`);
    expect(unchanged, 'strokes with the same colour in light and dark').toEqual([]);
    expect(dark[0]!.bg, 'the chart’s background').not.toEqual(light[0]!.bg);
  });
}
