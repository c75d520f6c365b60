#!/usr/bin/env node
// npm run bench: measures the built site. Numbers, not pass/fail: budgets live in the tests.
//
//   npm run bench                     builds the site, then per page the requests a first visit
//                                     makes, bytes raw and gzip by kind, the text-overhead ratio
//                                     (target 2.5 or less), the DOM size, and the build time
//                                     (scripts/bench/pages.mjs); then Lighthouse, mobile preset,
//                                     median of 5 runs per page, for the article and the money page
//                                     in every language (scripts/bench/lighthouse.mjs), with FCP,
//                                     LCP, TBT, CLS and the DOM after load per page and language, and
//                                     the pages that miss a target (100 in every category, TBT ≤ 50
//                                     ms, LCP ≤ 900 ms, DOM ≤ 600). Writes reports/bench.json.
//   npm run bench -- --runs=N         N Lighthouse runs per page instead of 5 (a quick look).
//   npm run bench -- --no-lighthouse  the same without Lighthouse.
//   npm run bench -- --scale          only the build-time scaling: builds a temporary copy with
//                                     0 (baseline), 1, 10 and 100 synthetic article versions (in the
//                                     four languages in turn), once cold and 3 times warm each, as
//                                     `npm run build` builds (no --force), and reports build times,
//                                     peak memory and ms per extra version, from 10 to 100 too
//                                     (scripts/bench/scale.mjs). Writes reports/bench-scale.json.
//                                     `--scale=1,5` picks other sizes.
//
// Lighthouse needs Chromium: /usr/bin/chromium (Debian's) or CHROMIUM_PATH. Its server takes the
// first free port in 127.0.0.1:4350–4359 (or BENCH_PORT).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printLighthouse, runLighthouse } from './bench/lighthouse.mjs';
import { buildSite, measurePages, printPages } from './bench/pages.mjs';
import { DEFAULT_SIZES, printScale, runScale } from './bench/scale.mjs';

const USAGE = 'usage: npm run bench [-- --no-lighthouse | --runs=N | --scale[=1,10,100]]';
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

let lighthouse = true;
let runs = 5;
let scale = null;
for (const arg of process.argv.slice(2)) {
  if (arg === '--no-lighthouse') lighthouse = false;
  else if (arg.startsWith('--runs=')) {
    runs = Number(arg.slice('--runs='.length));
    if (!Number.isInteger(runs) || runs < 1) {
      console.error(`--runs= wants a positive whole number\n${USAGE}`);
      process.exit(2);
    }
  }
  else if (arg === '--scale') scale = DEFAULT_SIZES;
  else if (arg.startsWith('--scale=')) {
    scale = arg.slice('--scale='.length).split(',').map(Number);
    if (scale.some((n) => !Number.isInteger(n) || n < 1)) {
      console.error(`--scale= wants positive whole numbers, e.g. --scale=1,10,100\n${USAGE}`);
      process.exit(2);
    }
  } else {
    console.error(`unknown argument ${arg}\n${USAGE}`);
    process.exit(2);
  }
}

const write = (file, data) => {
  mkdirSync('reports', { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${file}`);
};

if (scale) {
  const report = await runScale(root, scale);
  printScale(report);
  write('reports/bench-scale.json', report);
  if (report.rows.some((r) => r.error)) process.exitCode = 1;
} else {
  const buildSeconds = buildSite();
  const pages = measurePages('dist');
  printPages(pages);
  console.log(`\nbuild time: ${buildSeconds.toFixed(1)} s (astro build --force, with search index, cards, archive)`);
  let lighthouseReport = null;
  if (lighthouse) {
    console.log('');
    lighthouseReport = await runLighthouse({ runs });
    printLighthouse(lighthouseReport);
  }
  console.log('');
  write('reports/bench.json', { buildSeconds, pages, lighthouse: lighthouseReport ?? 'skipped (--no-lighthouse)' });
}
