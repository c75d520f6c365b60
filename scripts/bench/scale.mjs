// Build-time scaling (`npm run bench -- --scale`): how build time and memory grow with the
// number of article versions.
//
// The project is copied into a temporary folder under os.tmpdir() (without node_modules,
// dist, .git, reports, .astro); its node_modules is a folder of symlinks to this project's
// packages, so that the build's caches (node_modules/.astro, node_modules/.vite,
// node_modules/.cache) stay in the copy and the synthetic content never reaches this
// project's caches. Synthetic versions are written into the copy's content/articles/, and the
// copy is built with `npx astro build` (no `--force`), as `npm run build` builds a changed
// tree (scripts/build.mjs), for each size: once "cold", with the copy's caches emptied first
// (Astro's content store, the content check's marker, the social cards: everything rendered,
// checked and drawn), then `repeats` times "warm", with the caches the cold build left (what a
// rebuild after a change that leaves the content alone costs: the pages, the search index,
// the archive). The folder is removed afterwards, also on failure or Ctrl-C.
//
// What a size counts: article *version files* (`content/articles/<lang>/<story>.md`, one
// page each), not stories. The versions cycle through the languages of the edition's story,
// original first (da, en, kk, ru): version k (1-based) is a copy of the k-th of them, modulo
// their number, in story `synthetic-NNNN` with NNNN = ceil(k / 4); so 100 versions are 25
// complete stories, 10 versions are two complete stories and a third with its Danish and
// English versions, and 1 version is one story that has only its Danish original (no
// translation yet). Each copy keeps the real frontmatter and body; only the title gets a
// "Synthetic NNNN – " prefix (titles need not be unique; the prefix keeps the pages apart).
// The real article (4 versions) is always there as well (the site is built around it) and is
// not counted: a size-0 row (the real article alone) is the baseline for "per extra
// version". The table shows the cold time, the warm medians (and their min–max), ms per
// extra version against the baseline, and the cost per version from 10 to 100 versions
// ((t(100) − t(10)) ÷ 90, cold and warm), with the load average, as other work on the
// machine slows builds.
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { buildEnv } from '../build-env.mjs';
import { median, pad } from './format.mjs';
import { htmlFilesIn } from '../../src/lib/core/files.ts';
import { editionStory, storyNames } from '../../src/lib/edition/edition-story.ts';
import { measureCommand, stopAll } from './process-tree.mjs';

export const DEFAULT_SIZES = [1, 10, 100];
const SYNTHETIC = 'synthetic-';
/** Top-level entries not copied: outputs, caches, VCS, and node_modules (linked instead). */
const SKIP = new Set(['node_modules', 'dist', '.git', 'reports', '.astro', 'test-results', 'playwright-report']);
/** node_modules entries not linked, so that the copy's build writes its own caches. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Copies the project at `root` into `dest`, with node_modules as per-package symlinks. */
function copyProject(root, dest) {
  mkdirSync(dest);
  for (const name of readdirSync(root)) {
    if (SKIP.has(name) || name.endsWith('.log') || name.endsWith('.zip')) continue;
    cpSync(join(root, name), join(dest, name), { recursive: true });
  }
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dest, 'node_modules', name));
  }
}

/** The template versions, original first: [{ lang, frontmatter (yaml Document), body }]. */
function templateVersions(site) {
  // The real story whose versions are copied: the edition's (src/lib/edition/edition-story.ts).
  const TEMPLATE_STORY = editionStory(storyNames(site).filter((n) => !n.startsWith(SYNTHETIC)).map((story) => ({ story }))).story;
  const dir = join(site, 'content/articles');
  const versions = [];
  for (const lang of readdirSync(dir).sort()) {
    let text;
    try {
      text = readFileSync(join(dir, lang, `${TEMPLATE_STORY}.md`), 'utf8');
    } catch {
      continue;
    }
    const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    if (!m) throw new Error(`content/articles/${lang}/${TEMPLATE_STORY}.md: no frontmatter`);
    const frontmatter = parseDocument(m[1]);
    versions.push({ lang, frontmatter, body: m[2], original: frontmatter.has('original') });
  }
  if (!versions.some((v) => v.original)) throw new Error(`no original version of ${TEMPLATE_STORY} under content/articles/`);
  return versions.sort((a, b) => Number(b.original) - Number(a.original));
}

/** Replaces the copy's synthetic versions with `n` new ones; returns the story count. */
function writeSynthetic(site, templates, n) {
  const dir = join(site, 'content/articles');
  for (const lang of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, lang))) if (name.startsWith(SYNTHETIC)) unlinkSync(join(dir, lang, name));
  }
  for (let k = 0; k < n; k++) {
    const number = String(Math.floor(k / templates.length) + 1).padStart(4, '0');
    const t = templates[k % templates.length];
    const fm = t.frontmatter.clone();
    // The schema allows titles up to 120 characters.
    fm.set('title', `Synthetic ${number} – ${t.frontmatter.get('title')}`.slice(0, 120).trimEnd());
    writeFileSync(join(dir, t.lang, `${SYNTHETIC}${number}.md`), `---\n${fm.toString().trimEnd()}\n---\n${t.body}`);
  }
  return Math.ceil(n / templates.length);
}

/** Number of files under `dir` whose name ends with `ext` (0 if there is no such folder). */
function countFiles(dir, ext) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(ext)) n++;
    }
  };
  try {
    walk(dir);
  } catch {
    return 0;
  }
  return n;
}

/** The last `lines` lines of a file. */
const tail = (file, lines = 30) => readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');

/** One build of the copy as it stands: time, memory, and what it produced (or the log tail). */
async function buildOnce(work, site, label) {
  const logFile = join(work, `build-${label}.log`);
  const log = createWriteStream(logFile);
  const loadAverage1mBefore = Number(loadavg()[0].toFixed(2));
  const m = await measureCommand('npx', ['astro', 'build'], { cwd: site, env: buildEnv(), log });
  await new Promise((r) => log.end(r));
  const run = { seconds: Number(m.seconds.toFixed(2)), peakTreeRssMB: m.peakTreeRssMB, peakProcessHwmMB: m.peakProcessHwmMB, peakProcess: m.peakProcess, loadAverage1mBefore };
  if (m.code !== 0) return { ...run, error: `astro build exited with ${m.code}`, logTail: tail(logFile) };
  return { ...run, pages: htmlFilesIn(join(site, 'dist')).length, cards: countFiles(join(site, 'dist/og'), '.png') };
}

/** Empties the copy's build caches: Astro's content store and Vite's cache, the check's marker, the cards. */
function clearCaches(site) {
  for (const name of CACHES) rmSync(join(site, 'node_modules', name), { recursive: true, force: true });
}

/**
 * Writes `n` synthetic versions, builds once cold (caches emptied) and `repeats` times warm;
 * returns a row of the scale table (the cold time, and medians of the warm builds).
 */
async function measureSize(work, site, templates, n, repeats) {
  const stories = writeSynthetic(site, templates, n);
  const row = { versions: n, syntheticStories: stories, articleFiles: n + templates.length };
  clearCaches(site);
  const cold = await buildOnce(work, site, `${n}-cold`);
  process.stderr.write(`scale: ${n} synthetic versions, cold build: ${cold.error ?? `${cold.pages} pages, ${cold.seconds} s, peak ${cold.peakTreeRssMB} MB`}\n`);
  if (cold.error) {
    process.stderr.write(`${cold.logTail}\n`);
    return { ...row, error: cold.error, logTail: cold.logTail, runs: [cold] };
  }
  const runs = [];
  for (let i = 1; i <= repeats; i++) {
    const run = await buildOnce(work, site, `${n}-${i}`);
    runs.push(run);
    process.stderr.write(`scale: ${n} synthetic versions, warm build ${i}/${repeats}: ${run.error ?? `${run.pages} pages, ${run.seconds} s, peak ${run.peakTreeRssMB} MB`}\n`);
    if (run.error) {
      process.stderr.write(`${run.logTail}\n`);
      return { ...row, error: run.error, logTail: run.logTail, cold, runs };
    }
  }
  const med = (key) => median(runs.map((r) => r[key]));
  return {
    ...row,
    pages: runs[0].pages,
    cards: runs[0].cards,
    coldSeconds: cold.seconds,
    coldPeakTreeRssMB: cold.peakTreeRssMB,
    seconds: med('seconds'),
    secondsMin: Math.min(...runs.map((r) => r.seconds)),
    secondsMax: Math.max(...runs.map((r) => r.seconds)),
    peakTreeRssMB: med('peakTreeRssMB'),
    peakProcessHwmMB: med('peakProcessHwmMB'),
    peakProcess: runs[0].peakProcess,
    loadAverage1mBefore: med('loadAverage1mBefore'),
    cold,
    runs,
  };
}

/** Milliseconds per version from a build of `seconds0` to one of `seconds1` that has `versions` more. */
const msPerVersion = (seconds0, seconds1, versions) => Math.round(((seconds1 - seconds0) * 1000) / versions);

/** ms per version between the rows of `from` and `to` versions, cold and warm (null without both). */
export function costBetween(rows, from, to) {
  const a = rows.find((r) => r.versions === from && !r.error);
  const b = rows.find((r) => r.versions === to && !r.error);
  if (!a || !b || to <= from) return null;
  return { from, to, coldMsPerVersion: msPerVersion(a.coldSeconds, b.coldSeconds, to - from), warmMsPerVersion: msPerVersion(a.seconds, b.seconds, to - from) };
}

/**
 * Builds a temporary copy of the project at `root` with 0 (baseline) and then each of `sizes`
 * synthetic versions, `repeats` times each, after one discarded warm-up build. Progress goes
 * to stderr.
 */
export async function runScale(root, sizes = DEFAULT_SIZES, repeats = 3) {
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  const onSignal = (signal) => {
    stopAll();
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const site = join(work, 'site');
    copyProject(root, site);
    const templates = templateVersions(site);
    process.stderr.write(`scale: building copies in ${site}\n`);
    const warm = await buildOnce(work, site, 'warmup');
    if (warm.error) throw new Error(`the unmodified copy does not build (${warm.error}):\n${warm.logTail}`);
    process.stderr.write(`scale: warm-up build ${warm.seconds} s (discarded)\n`);
    const rows = [];
    for (const n of [0, ...sizes]) rows.push(await measureSize(work, site, templates, n, repeats));
    const base = rows[0];
    for (const row of rows) {
      if (!row.versions || row.error || base.error) continue;
      row.msPerExtraVersion = msPerVersion(base.seconds, row.seconds, row.versions);
      row.coldMsPerExtraVersion = msPerVersion(base.coldSeconds, row.coldSeconds, row.versions);
      // A difference the baseline's own spread could explain says nothing about the cost.
      row.withinNoise = Math.abs(row.seconds - base.seconds) <= base.secondsMax - base.secondsMin;
    }
    const from = sizes.includes(10) && sizes.includes(100) ? 10 : Math.min(...sizes);
    const to = Math.max(...sizes);
    return {
      counts: `synthetic article version files (one page each), beside the real article’s ${templates.length} versions; they cycle through its languages (${templates.map((t) => t.lang).join(', ')})`,
      build: `npx astro build (no --force, as npm run build builds a changed tree) in a temporary copy of the project: per size one cold build (the copy's caches emptied) and ${repeats} warm builds (medians), one warm-up build discarded`,
      perVersion: costBetween(rows, from, to),
      memory: 'peakTreeRssMB: highest sampled sum of VmRSS over the build’s process tree (/proc, every 100 ms); peakProcessHwmMB: largest VmHWM of one process in it',
      cpus: availableParallelism(),
      templateVersions: templates.length,
      repeats,
      rows,
    };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanup();
  }
}

/** Prints the scale table. */
export function printScale(report) {
  console.log(`${pad('versions', 8)}${pad('stories', 8)}${pad('pages', 7)}${pad('cards', 7)}${pad('cold s', 8)}${pad('warm s', 8)}${pad('min–max', 11)}${pad('peak MB', 9)}${pad('node MB', 9)}${pad('cold ms/v', 11)}${pad('warm ms/v', 18)}${pad('load', 6)}`);
  for (const r of report.rows) {
    if (r.error) {
      console.log(`${pad(r.versions, 8)}${pad(r.syntheticStories, 8)}  FAILED: ${r.error} (log tail above)`);
      continue;
    }
    const spread = `${r.secondsMin.toFixed(1)}–${r.secondsMax.toFixed(1)}`;
    const warm = r.versions ? `${r.withinNoise ? '(noise) ' : ''}${r.msPerExtraVersion}` : '(baseline)';
    console.log(`${pad(r.versions, 8)}${pad(r.syntheticStories, 8)}${pad(r.pages, 7)}${pad(r.cards, 7)}${pad(r.coldSeconds.toFixed(1), 8)}${pad(r.seconds.toFixed(1), 8)}${pad(spread, 11)}${pad(r.peakTreeRssMB ?? '–', 9)}${pad(r.peakProcessHwmMB ?? '–', 9)}${pad(r.versions ? r.coldMsPerExtraVersion : '(baseline)', 11)}${pad(warm, 18)}${pad(r.loadAverage1mBefore.toFixed(1), 6)}`);
  }
  const p = report.perVersion;
  if (p) console.log(`\nfrom ${p.from} to ${p.to} versions: ${p.warmMsPerVersion} ms per extra version warm, ${p.coldMsPerVersion} ms cold (target ≤ 100 ms)`);
  console.log(`\nversions: synthetic article files beside the real article's ${report.templateVersions} (0 = the real article alone), cycling through its languages;`);
  console.log(`pages: HTML pages built; cards: social-card PNGs; cold s: one build with the copy's caches emptied; warm s: median of ${report.repeats}`);
  console.log(`builds with the caches the cold one left; cold/warm ms/v: (time − baseline) ÷ versions, "(noise)" when the warm difference is within`);
  console.log(`the baseline's own min–max; peak MB: highest sampled RSS sum of the build's process tree (warm median); node MB: largest`);
  console.log(`single-process RSS high-water mark (${report.rows[0]?.peakProcess ?? 'node'}); load: 1-min load average before the builds, on ${report.cpus} CPUs.`);
}
