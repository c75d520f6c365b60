import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, weighBuiltPage, weighPage } from '../../src/lib/budget/page-weight';
import { DIST, htmlFiles } from './dist';
import { LOCALES } from '../../src/lib/core/locales';
import { pathFor } from '../../src/lib/i18n/paths';

/**
 * The budgets, on every built page (sizes, not timings; `npm run bench` prints them all).
 * A budget that breaks names the page, the figure and the limit.
 */
const weigh = (file: string) => weighBuiltPage(DIST, file);

const ARTICLES = LOCALES.map((lang) => `${pathFor({ page: 'article', story: 'skulder-ved-skulder' }, lang).slice(1)}index.html`);

describe('page budgets', () => {
  // The first round trip's limit (BUDGETS.articleCriticalGzip) holds for the head, the
  // render-blocking CSS and the first screen: tests/e2e/first-screen.spec.ts, in a browser.
  for (const file of ARTICLES) {
    it(`${file}: every note is in the HTML, none loaded later`, () => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const markers = html.match(/class="note-ref /g)?.length ?? 0;
      expect(markers, 'notes on the page').toBeGreaterThan(10);
      expect(html.match(/class="note t-/g)?.length, 'every marker has its note').toBe(markers);
    });
  }

  for (const file of htmlFiles()) {
    it(`${file}: optional JavaScript ≤ ${BUDGETS.scriptGzip} B gzip (≤ ${BUDGETS.startupGzip} B before the first paint), text-overhead ratio ≤ ${BUDGETS.overheadRatio}, no web fonts`, () => {
      const w = weigh(file);
      expect(w.scriptGzip, `${file}: JavaScript, gzip bytes (limit ${BUDGETS.scriptGzip})`).toBeLessThanOrEqual(BUDGETS.scriptGzip);
      expect(w.startupGzip, `${file}: the start-up script, gzip bytes (limit ${BUDGETS.startupGzip})`).toBeLessThanOrEqual(BUDGETS.startupGzip);
      expect(w.overhead, `${file}: everything loaded ÷ visible text, gzip (${w.loadedGzip} ÷ ${w.textGzip}; limit ${BUDGETS.overheadRatio})`).toBeLessThanOrEqual(BUDGETS.overheadRatio);
      expect(w.fontFiles, `${file}: web fonts loaded (the design uses system fonts)`).toBe(0);
      // Nothing is render-blocking but the page's own inline styles.
      expect(w.resources.filter((r) => r.blocking), `${file}: render-blocking resources`).toEqual([]);
    });
  }

  it('reads the page the way the limits mean it', () => {
    const html = '<!doctype html><html><head><style>p{color:red}</style><link rel="stylesheet" href="p.css" media="print"><link rel="stylesheet" href="s.css"><script defer src="e.js"></script></head><body><p>Hello world</p><template>no</template></body></html>';
    const files: Record<string, string> = { 'p.css': '@font-face{}', 's.css': 'a{}', 'e.js': 'x()' };
    const w = weighPage('t.html', html, (u) => (files[u] ? Buffer.from(files[u]) : undefined));
    expect(w.resources.map((r) => [r.url, r.blocking])).toEqual([
      ['p.css', false],
      ['s.css', true],
      ['e.js', false],
    ]);
    expect(w.criticalGzip).toBeGreaterThan(w.htmlGzip);
    expect(w.fontFiles).toBe(1);
    expect(w.textGzip).toBe(weighPage('u.html', '<p>Hello world</p>', () => undefined).textGzip);
    expect(() => weighPage('t.html', html, () => undefined)).toThrow(/t\.html: stylesheet p\.css is missing/);
  });

  it('counts what the start-up script loads, under the page\'s root, with the start-up script itself, and a file named twice once', () => {
    const html = '<!doctype html><html><head><noscript><link rel="stylesheet" href="../p.css" media="print"></noscript></head><body data-root="../"><script data-load="a.js p.css">boot()</script><p>Hello world</p></body></html>';
    const files: Record<string, string> = { '../a.js': 'enhance()', '../p.css': '@media print{a{color:red}}' };
    const w = weighPage('x/t.html', html, (u) => (files[u] ? Buffer.from(files[u]) : undefined));
    expect(w.resources).toEqual([
      { kind: 'stylesheet', url: '../p.css', blocking: false },
      { kind: 'script', url: '../a.js', blocking: false },
    ]);
    expect(w.startupGzip).toBe(weighPage('u.html', '<body><script>boot()</script></body>', () => undefined).scriptGzip);
    expect(w.scriptGzip).toBeGreaterThan(w.startupGzip);
    expect(w.requests).toBe(3);
  });
});
