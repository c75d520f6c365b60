// Lighthouse over the built site: serves dist/ on a free loopback port with
// scripts/serve-static.mjs --compress (brotli where the browser accepts it, else gzip: text as
// static hosts and CDNs commonly serve it, so that Lighthouse's simulated network carries the
// bytes a reader's would), and runs Lighthouse's default config (the mobile preset: Moto G
// Power emulation, simulated slow 4G and 4× CPU throttling) `runs` times per page (5 unless
// --runs=N), round by round over the pages once the machine has settled after the bench's
// builds, each run in a fresh headless Chromium. Reports the median score (0–100) per
// category, the median lab metrics, and every audit that did not pass, with how many of the
// runs it failed in. Each round also measures a blank page, served the same way from a
// temporary folder: its TBT is the machine's floor (`floorText`). Nothing is hard-coded: a run
// that errors fails the bench.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, median, pad } from './format.mjs';

/**
 * The pages Lighthouse measures: the article in every language and the money page (the
 * glossary of amounts, the longest section page) in every language. Kept in step with
 * src/lib/core/locales.ts and src/lib/i18n/paths.ts by hand: this script runs plain Node.
 */
export const LIGHTHOUSE_PAGES = [
  { path: '/skulder-ved-skulder/', label: 'article (da)' },
  { path: '/en/skulder-ved-skulder/', label: 'article (en)' },
  { path: '/ru/skulder-ved-skulder/', label: 'article (ru)' },
  { path: '/kk/skulder-ved-skulder/', label: 'article (kk)' },
  { path: '/penge/', label: 'money (da)' },
  { path: '/en/money/', label: 'money (en)' },
  { path: '/ru/dengi/', label: 'money (ru)' },
  { path: '/kk/aqsha/', label: 'money (kk)' },
];

/**
 * Issue 17's targets, per page (medians of the runs): 100 in every category, Total Blocking
 * Time and Largest Contentful Paint under Lighthouse's mobile preset, and the DOM after load.
 */
export const TARGETS = { score: 100, tbtMs: 50, lcpMs: 900, domSize: 600 };

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best-pr', seo: 'seo' };
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
  domSize: 'dom-size-insight',
};
/** Audits that carry no pass/fail verdict. */
const UNSCORED = new Set(['informative', 'manual', 'notApplicable']);

const chromiumPath = () => {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH; or skip with --no-lighthouse.`);
  }
  return path;
};

/**
 * The machine's floor: a blank page (a heading and a sentence, 200 bytes), measured in every
 * round beside the site's pages. Its TBT is what the machine itself adds (the browser's own
 * start-up work, slowed by whatever else runs): on a busy machine it is above the TBT target,
 * and then no page can be shown to meet that target there.
 */
const FLOOR_HTML = '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Blank</title><h1>A blank page</h1><p>The machine’s floor.</p></html>\n';

/** A folder with dist/index.html (the blank page) and dist/404.html, for serve-static.mjs. */
function floorSite() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), FLOOR_HTML);
  writeFileSync(join(dir, 'dist/404.html'), FLOOR_HTML);
  return dir;
}

/** Starts scripts/serve-static.mjs on `port` serving `cwd`'s dist/ at `/`; resolves once it answers. */
async function serveDist(port, cwd = process.cwd()) {
  const script = fileURLToPath(new URL('../serve-static.mjs', import.meta.url));
  const server = spawn(process.execPath, [script, String(port), '/', '--compress'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  server.once('exit', () => (exited = true));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`scripts/serve-static.mjs exited before serving on port ${port}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`scripts/serve-static.mjs did not answer on port ${port} within 15 s`);
}

/** One Lighthouse run of `url` in a fresh headless Chromium; returns the report (lhr). */
async function runOnce(lighthouse, chromeLauncher, url, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const id of CATEGORIES) {
      if (typeof lhr.categories[id]?.score !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
    }
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** The audits of category `id` that did not pass in `lhr`. */
function failedAudits(lhr, id) {
  return lhr.categories[id].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && !UNSCORED.has(audit.scoreDisplayMode) && (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1)))
    .map(({ ref, audit }) => ({
      id: ref.id,
      title: audit.title,
      weight: ref.weight,
      score: audit.score,
      displayValue: audit.displayValue ?? (audit.scoreDisplayMode === 'error' ? audit.errorMessage : undefined),
    }));
}

/** Medians and failures over the runs of one page. */
function summarise(page, lhrs) {
  const runs = lhrs.map((lhr) => Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])));
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((r) => r[id]))]));
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, audit]) => {
      const m = median(lhrs.map((lhr) => lhr.audits[audit]?.numericValue));
      return [key, m === null ? null : key === 'cls' ? Number(m.toFixed(3)) : Math.round(m)];
    }),
  );
  const failing = {};
  for (const id of CATEGORIES) {
    const byId = new Map();
    for (const lhr of lhrs) {
      for (const f of failedAudits(lhr, id)) {
        const seen = byId.get(f.id);
        byId.set(f.id, seen ? { ...seen, failedRuns: seen.failedRuns + 1 } : { ...f, failedRuns: 1 });
      }
    }
    failing[id] = [...byId.values()].sort((a, b) => b.weight - a.weight || b.failedRuns - a.failedRuns);
  }
  const warnings = [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings ?? []))];
  const tbtRuns = lhrs.map((lhr) => Math.round(lhr.audits[METRICS.tbtMs]?.numericValue ?? 0));
  return { ...page, scores, runs, metrics, tbtRuns, benchmarkIndex: median(lhrs.map((l) => l.environment?.benchmarkIndex)), failing, warnings };
}

/**
 * Waits, at most `maxSeconds`, for the 1-minute load average to fall to `below` (half the
 * cores): the bench's own builds keep the machine busy just before Lighthouse, and
 * simulated throttling scales the CPU time Chromium really spent. Returns the seconds waited.
 */
async function settle(below = cpus().length / 2, maxSeconds = 120) {
  const start = Date.now();
  while (loadavg()[0] > below && Date.now() - start < maxSeconds * 1000) await new Promise((r) => setTimeout(r, 5000));
  return Math.round((Date.now() - start) / 1000);
}

/**
 * Runs Lighthouse `runs` times over every page in LIGHTHOUSE_PAGES against dist/.
 * Progress goes to stderr; returns what bench.json records.
 */
export async function runLighthouse({ runs = 5, pages = LIGHTHOUSE_PAGES } = {}) {
  const chromePath = chromiumPath();
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const server = await serveDist(port);
  const floorDir = floorSite();
  let floorServer;
  try {
    const floorPort = await freePort();
    floorServer = await serveDist(floorPort, floorDir);
    const settledSeconds = await settle();
    const loadBefore = Number(loadavg()[0].toFixed(2));
    let meta;
    // Round by round, every page once per round: a machine that is busier at the start (the
    // bench's own builds) or at the end weighs on every page alike, not on the first one.
    const lhrs = pages.map(() => []);
    const floorRuns = [];
    for (let i = 1; i <= runs; i++) {
      const floor = await runOnce(lighthouse, chromeLauncher, `http://127.0.0.1:${floorPort}/`, chromePath);
      floorRuns.push(floor);
      process.stderr.write(`lighthouse (blank page) run ${i}/${runs}: TBT ${Math.round(floor.audits['total-blocking-time'].numericValue)} ms\n`);
      for (const [n, page] of pages.entries()) {
        const lhr = await runOnce(lighthouse, chromeLauncher, `http://127.0.0.1:${port}${page.path}`, chromePath);
        lhrs[n].push(lhr);
        meta ??= { lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent, formFactor: lhr.configSettings.formFactor, throttlingMethod: lhr.configSettings.throttlingMethod, throttling: lhr.configSettings.throttling };
        process.stderr.write(`lighthouse ${page.path} run ${i}/${runs}: ${CATEGORIES.map((id) => `${SHORT[id]} ${Math.round(lhr.categories[id].score * 100)}`).join(', ')}\n`);
      }
    }
    const results = pages.map((page, n) => summarise(page, lhrs[n]));
    // Simulated throttling scales the CPU time Chromium really spent: a busy machine lowers
    // Performance. benchmarkIndex is Lighthouse's own speed probe (higher is faster).
    const machine = { settledSeconds, loadAverage1mBefore: loadBefore, loadAverage1mAfter: Number(loadavg()[0].toFixed(2)), benchmarkIndexMedian: median(results.map((r) => r.benchmarkIndex)) };
    const floor = summarise({ path: '(blank page)', label: 'the machine’s floor: a blank page' }, floorRuns);
    return { ...meta, preset: 'default config (mobile)', runsPerPage: runs, score: 'median of the runs, per category', server: 'scripts/serve-static.mjs --compress on 127.0.0.1 (brotli, else gzip)', machine, floor, pages: results };
  } finally {
    server.kill();
    floorServer?.kill();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

/** The blank page's TBT (median and range over the runs) and whether it leaves room for the TBT target. */
export function floorText(floor) {
  const tbts = floor.tbtRuns;
  const range = Math.min(...tbts) !== Math.max(...tbts) ? ` (${Math.min(...tbts)}–${Math.max(...tbts)})` : '';
  const head = `the machine's floor: a blank page measures TBT ${floor.metrics.tbtMs} ms${range}, performance ${floor.scores.performance}`;
  return floor.metrics.tbtMs > TARGETS.tbtMs
    ? `${head}: above the ${TARGETS.tbtMs} ms target, so no page can show that target on this machine now (a quieter machine is needed)`
    : `${head}: below the ${TARGETS.tbtMs} ms target; what a page measures above this is mostly the page's own`;
}

const targetsText = () => `every category ${TARGETS.score}, TBT ≤ ${TARGETS.tbtMs} ms, LCP ≤ ${TARGETS.lcpMs} ms, DOM ≤ ${TARGETS.domSize} elements`;

/** What keeps one page (its medians) from issue 17's targets, in words; empty when none. */
export function missedTargets(page) {
  const m = page.metrics;
  return [
    ...CATEGORIES.filter((id) => page.scores[id] < TARGETS.score).map((id) => `${id} ${page.scores[id]}`),
    ...(m.tbtMs > TARGETS.tbtMs ? [`TBT ${m.tbtMs} ms`] : []),
    ...(m.lcpMs > TARGETS.lcpMs ? [`LCP ${m.lcpMs} ms`] : []),
    ...(m.domSize > TARGETS.domSize ? [`DOM ${m.domSize} elements`] : []),
  ];
}

const cell = (scores, runs, id) => {
  const xs = runs.map((r) => r[id]);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? String(scores[id]) : `${scores[id]} (${lo}–${hi})`;
};

/** Prints the page × category table, then what keeps any category below 100. */
export function printLighthouse(report) {
  const { machine } = report;
  console.log(`Lighthouse ${report.lighthouseVersion}, ${report.formFactor} (${report.throttlingMethod} throttling), median of ${report.runsPerPage} runs; (min–max) when the runs differ`);
  console.log(`machine: benchmarkIndex ${machine.benchmarkIndexMedian}, 1-min load average ${machine.loadAverage1mBefore} → ${machine.loadAverage1mAfter} (a busy machine lowers Performance; waited ${machine.settledSeconds} s for it to settle; pages measured round by round)`);
  if (report.floor) console.log(floorText(report.floor));
  console.log(`${'page'.padEnd(26)}${CATEGORIES.map((id) => pad(SHORT[id], 13)).join('')}${pad('FCP ms', 8)}${pad('LCP ms', 8)}${pad('TBT ms', 8)}${pad('CLS', 7)}${pad('DOM', 6)}`);
  for (const p of report.pages) {
    const m = p.metrics;
    console.log(`${p.path.padEnd(26)}${CATEGORIES.map((id) => pad(cell(p.scores, p.runs, id), 13)).join('')}${pad(m.fcpMs, 8)}${pad(m.lcpMs, 8)}${pad(m.tbtMs, 8)}${pad(m.cls, 7)}${pad(m.domSize, 6)}`);
  }
  const misses = report.pages.map((p) => ({ p, missed: missedTargets(p) })).filter(({ missed }) => missed.length);
  console.log(
    misses.length
      ? `\nMissed targets (${targetsText()}):\n${misses.map(({ p, missed }) => `  ${p.label}: ${missed.join(', ')}`).join('\n')}`
      : `\nEvery page measured meets the targets (${targetsText()}).`,
  );
  let below = 0;
  for (const p of report.pages) {
    for (const id of CATEGORIES) {
      if (p.scores[id] >= 100) continue;
      below++;
      console.log(`\n${p.path} ${id} ${p.scores[id]}: audits that did not pass (weight; runs failed)`);
      for (const f of p.failing[id]) {
        console.log(`  ${f.id} — ${f.title}${f.displayValue ? `: ${f.displayValue}` : ''} (weight ${Number(f.weight.toFixed(2))}; ${f.failedRuns}/${report.runsPerPage})`);
      }
    }
  }
  if (!below) console.log('\nAll four categories at 100 on every page measured.');
  // A score rounds to 100 from 99.5: show weighted audits that are short of perfect anyway.
  for (const p of report.pages) {
    for (const id of CATEGORIES) {
      const shortOf = p.failing[id].filter((f) => f.weight > 0);
      if (p.scores[id] < 100 || !shortOf.length) continue;
      console.log(`${p.path} ${id} is 100, but short of perfect: ${shortOf.map((f) => `${f.id}${f.displayValue ? ` ${f.displayValue}` : ''} (${f.failedRuns}/${report.runsPerPage})`).join(', ')}`);
    }
  }
  for (const p of report.pages) for (const w of p.warnings) console.log(`Lighthouse warning on ${p.path}: ${w}`);
  // Unweighted audits (insights, diagnostics) do not move a score; list them once so they are seen.
  const unweighted = new Map();
  for (const p of report.pages) {
    for (const id of CATEGORIES) {
      for (const f of p.failing[id].filter((f) => f.weight === 0)) {
        const seen = unweighted.get(f.id) ?? { title: f.title, on: [] };
        seen.on.push(`${p.path}${f.displayValue ? ` ${f.displayValue}` : ''}`);
        unweighted.set(f.id, seen);
      }
    }
  }
  if (unweighted.size) {
    console.log('Flagged but unweighted (no effect on the scores; values from the first run that flagged them):');
    for (const [id, f] of unweighted) console.log(`  ${id} — ${f.title}: ${f.on.join('; ')}`);
  }
}
