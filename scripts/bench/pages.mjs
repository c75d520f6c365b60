// The per-page numbers of the built site: for every HTML page in dist/, the requests a first
// visit makes, bytes raw and gzip by kind, the text-overhead ratio (gzip of everything the
// page loads ÷ gzip of its visible text; the target is 2.5 or less) and the DOM size.
import { execFileSync } from 'node:child_process';
import { BUDGETS, weighBuiltPage } from '../../src/lib/budget/page-weight.ts';
import { htmlFilesIn } from '../../src/lib/core/files.ts';
import { buildEnv } from '../build-env.mjs';
import { pad } from './format.mjs';

/** The text-overhead target (ratio of gzip bytes loaded to gzip bytes of visible text). */
export const OVERHEAD_TARGET = BUDGETS.overheadTarget;

/** Builds the site into dist/ (`astro build --force`) and returns the wall time in seconds. */
export function buildSite() {
  const started = process.hrtime.bigint();
  execFileSync('npx', ['astro', 'build', '--force'], { stdio: 'ignore', env: buildEnv() });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * The numbers of one built page (`file` relative to `dist`): the same measurement the budget
 * tests make (src/lib/budget/page-weight.ts; Node 24 runs its TypeScript directly).
 */
function measurePage(dist, file) {
  const w = weighBuiltPage(dist, file);
  return {
    page: w.page,
    requests: w.requests,
    htmlBytes: w.htmlBytes,
    htmlGzip: w.htmlGzip,
    criticalGzip: w.criticalGzip,
    cssGzip: w.cssGzip,
    scriptGzip: w.scriptGzip,
    loadedGzip: w.loadedGzip,
    textGzip: w.textGzip,
    overhead: w.overhead,
    domElements: w.domElements,
  };
}

/** The numbers of every page in `dist`. */
export function measurePages(dist = 'dist') {
  return htmlFilesIn(dist).map((file) => measurePage(dist, file));
}

/** Prints the per-page table (gzip bytes; "first" is HTML plus render-blocking CSS). */
export function printPages(rows) {
  console.log(`${'page'.padEnd(36)}${pad('req', 4)}${pad('html', 8)}${pad('html.gz', 8)}${pad('first', 7)}${pad('css.gz', 7)}${pad('js.gz', 6)}${pad('text.gz', 8)}${pad('ratio', 6)}${pad('target', 7)}${pad('DOM', 5)}`);
  for (const r of rows) {
    const gap = r.overhead <= OVERHEAD_TARGET ? 'met' : `+${(r.overhead - OVERHEAD_TARGET).toFixed(2)}`;
    console.log(`${r.page.padEnd(36)}${pad(r.requests, 4)}${pad(r.htmlBytes, 8)}${pad(r.htmlGzip, 8)}${pad(r.criticalGzip, 7)}${pad(r.cssGzip, 7)}${pad(r.scriptGzip, 6)}${pad(r.textGzip, 8)}${pad(r.overhead, 6)}${pad(gap, 7)}${pad(r.domElements, 5)}`);
  }
  console.log(`limits (npm test): article "first" ≤ ${BUDGETS.articleCriticalGzip}, js ≤ ${BUDGETS.scriptGzip}, ratio ≤ ${BUDGETS.overheadRatio} on every page`);
}
