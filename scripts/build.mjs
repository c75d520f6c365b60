#!/usr/bin/env node
// `npm run build`: `astro build`, skipped when it would write the same dist/ again.
//
// A build is a function of the project's files, the installed packages, the commit (the
// archive's README names it), SITE_URL and the Node version: the same inputs give the same
// bytes (tests/repro). So after a build that succeeded this records, in
// node_modules/.cache/edition-build/stamp.json, the digest of those inputs and of the
// dist/ it wrote; the next `npm run build` compares both and, when neither changed, says
// so and stops (about 0.1 s instead of a build). Anything else builds: a changed, added or
// removed file anywhere in the project (outside node_modules, dist and the other outputs),
// a new install, another commit, another SITE_URL, a dist/ that was changed or removed, or
// `npm run build -- --force` (which also makes Astro clear its content store). Arguments
// after `--` go to `astro build`; a build with any argument is never skipped or stamped.
// EDITION_CACHE=off turns this off with the other caches of the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildEnv } from './build-env.mjs';
import './preflight.mjs';

const root = process.cwd();
const args = process.argv.slice(2);
/** Top-level entries that are outputs, caches or VCS, not inputs (logs and `npm run package`'s zip too). */
const NOT_INPUTS = new Set(['node_modules', 'dist', '.git', '.astro', 'reports', 'test-results', 'playwright-report']);
const notInput = (name) => NOT_INPUTS.has(name) || name.endsWith('.log') || name.endsWith('.zip');
const STAMP_DIR = join(root, 'node_modules', '.cache', 'edition-build');
const STAMP = join(STAMP_DIR, 'stamp.json');

/** sha256 over every entry under `dir` (path, kind, bytes; links as links), skipping the top-level names `skip` says. */
function treeHash(dir, skip = () => false) {
  const hash = createHash('sha256');
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (d === dir && skip(name)) continue;
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) hash.update(`link\0${rel}\0${readlinkSync(path)}\0`);
      else if (stat.isDirectory()) {
        hash.update(`folder\0${rel}\0`);
        walk(path);
      } else {
        const bytes = readFileSync(path);
        hash.update(`file\0${rel}\0${bytes.length}\0`).update(bytes);
      }
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** The commit checked out (the archive's README names it), or '' outside a git checkout. */
function head() {
  const run = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return run.status === 0 ? run.stdout.trim() : '';
}

/** The digest of everything a build reads. */
function inputsDigest() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  return createHash('sha256')
    .update(treeHash(root, notInput))
    .update(existsSync(installed) ? readFileSync(installed) : 'no install record')
    .update(JSON.stringify({ head: head(), siteUrl: process.env.SITE_URL ?? null, node: process.version }))
    .digest('hex');
}

const caching = args.length === 0 && process.env.EDITION_CACHE !== 'off';
const inputs = caching ? inputsDigest() : '';
if (caching && existsSync(STAMP) && existsSync(join(root, 'dist'))) {
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  if (stamp.inputs === inputs && stamp.dist === treeHash(join(root, 'dist'))) {
    console.log(`dist/ is up to date: nothing the build reads changed since it was built (${stamp.builtAt}); \`npm run build -- --force\` builds anyway.`);
    process.exit(0);
  }
}

const build = spawnSync('astro', ['build', ...args], { stdio: 'inherit', env: buildEnv() });
if (build.error) {
  // `astro` is found on the PATH npm gives its scripts (node_modules/.bin): `node scripts/build.mjs` alone has none.
  console.error(`Could not start \`astro build\`: ${build.error.message}. Run \`npm run build\`.`);
  process.exit(1);
}
if (build.status !== 0) process.exit(build.status ?? 1);
if (caching) {
  mkdirSync(STAMP_DIR, { recursive: true });
  // The time is for people reading the message; it is not an input and not in dist/.
  writeFileSync(`${STAMP}.part`, `${JSON.stringify({ inputs, dist: treeHash(join(root, 'dist')), builtAt: new Date().toISOString() }, null, 2)}\n`);
  renameSync(`${STAMP}.part`, STAMP);
}
