import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { digest } from './digest';
import { BUILD_INPUTS } from './project';

/**
 * Builds without `--force` keep Astro's content store (rendered Markdown) and the build's
 * own caches between builds. This builds a copy of the project (with caches of its own:
 * node_modules is a folder of links to the project's packages, without .astro, .vite and
 * .cache) the way `npm run build` does, again unchanged, then after editing data files that
 * are not collections, and checks that the edits reach the pages: a money figure's remark
 * and a UI string, which the articles' cached Markdown shows (src/lib/edition/content-loader.ts
 * renders it again), and a claim's explanation. Without that loader the article would keep
 * its old notes and this fails.
 *
 * The copy is also a source export (the project's files without .git, as `git archive` gives
 * them) built west of UTC: its archive falls back to the zip format's first day,
 * 1980-01-01T00:00Z, which is 1979 in New York when taken as local time (D13). Its first
 * build must give, but for the archive (which names no commit), the same files as dist/. Last,
 * an integration that fails after the pages are written must leave no dist/ at all.
 */
const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Built as `npm run build` builds: its script (scripts/build.mjs) and the lock file too.
for (const entry of [...BUILD_INPUTS, 'package-lock.json', 'scripts']) cpSync(entry, join(dir, entry), { recursive: true });
mkdirSync(join(dir, 'node_modules'));
for (const name of readdirSync('node_modules')) {
  if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(process.cwd(), 'node_modules', name), join(dir, 'node_modules', name));
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'America/New_York', GIT_CEILING_DIRECTORIES: tmpdir() };
const ZIP = 'download/skulder-ved-skulder.zip';

/** `npm run build` in the copy (scripts/build.mjs: astro build without --force, skipped when nothing changed). */
function run(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: { ...env, PATH: `${join(process.cwd(), 'node_modules/.bin')}:${process.env.PATH ?? ''}` } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
/** A build of the copy that must succeed; its output. */
function build(): string {
  const { status, output } = run();
  expect(status, output).toBe(0);
  return output;
}

/** Replaces `from` (which must occur) with `to` everywhere in a file of the copy. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text, `"${from}" in ${file}`).toContain(from);
  writeFileSync(join(dir, file), text.split(from).join(to));
}

const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
const RERENDER = 'rendering every entry again';
const ARTICLE = 'skulder-ved-skulder/index.html';
const CLAIMS = 'paastande/index.html';

describe('builds without --force', () => {
  let cold: Record<string, string> = {};

  it('a first build, with empty caches, without .git, in New York: the same site as dist/, and an archive that says it has no commit', () => {
    build();
    cold = digest(join(dir, 'dist'));
    expect(page(ARTICLE).includes('(en andenhåndskilde)'), 'the money remark in the article').toBe(true);
    const project = digest('dist');
    expect(Object.keys(cold).sort()).toEqual(Object.keys(project).sort());
    expect(Object.keys(project).filter((f) => f !== ZIP && project[f] !== cold[f])).toEqual([]);
    const readme = new TextDecoder().decode(unzipSync(readFileSync(join(dir, 'dist', ZIP)))['skulder-ved-skulder/README.txt']);
    expect(readme).toContain('Built from commit unknown (not built from a git checkout) of 1980-01-01T00:00:00Z.');
  });

  it('an unchanged rebuild by Astro reuses the rendered Markdown and writes the same bytes', () => {
    rmSync(join(dir, 'node_modules/.cache/edition-build'), { recursive: true, force: true });
    const output = build();
    expect(output).toContain('Synced content');
    expect(output).not.toContain(RERENDER);
    expect(digest(join(dir, 'dist'))).toEqual(cold);
  });

  it('an unchanged rebuild is skipped: dist/ is what it would write', () => {
    expect(build()).toContain('dist/ is up to date');
    expect(digest(join(dir, 'dist'))).toEqual(cold);
  });

  it('an edit to the money data, a UI string or a claim shows in the next build', () => {
    edit('content/money/figures.yaml', '(en andenhåndskilde)', '(en kilde fra anden hånd)');
    edit('src/lib/i18n/strings/da.json', '"notes.type.correction": "Rettelse"', '"notes.type.correction": "Berigtigelse"');
    edit('content/claims.yaml', 'Det kan vi derfor ikke efterprøve.', 'Det kan vi derfor ikke kontrollere.');
    const output = build();
    const article = page(ARTICLE);
    const claims = page(CLAIMS);
    // Booleans, so that a failure names what is stale instead of printing the page.
    expect(article.includes('(en kilde fra anden hånd)') && !article.includes('(en andenhåndskilde)'), 'the money remark in the article’s amount note').toBe(true);
    // The notes' type labels (the layer switches above the article have labels of their own).
    expect(article.includes('</a> <span class="note-type">Berigtigelse</span>') && !article.includes('</a> <span class="note-type">Rettelse</span>'), 'the UI string of the article’s correction notes').toBe(true);
    expect(claims.includes('Det kan vi derfor ikke kontrollere.') && !claims.includes('Det kan vi derfor ikke efterprøve.'), 'the claim’s explanation in the ledger').toBe(true);
    expect(output).toContain(RERENDER);
  });

  it('a build that fails after writing its pages leaves no dist/', () => {
    const failing = `{ name: 'fails', hooks: { 'astro:build:done': () => { throw new Error('integration failed on purpose'); } } },\n    editionSitemap(`;
    edit('astro-config.ts', '    editionSitemap(', `    ${failing}`);
    const { status, output } = run();
    expect(status, output).not.toBe(0);
    expect(output).toContain('integration failed on purpose');
    expect(existsSync(join(dir, 'dist')), 'a half-written dist/ was left').toBe(false);
  });
});
