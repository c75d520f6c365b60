import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digest } from './digest';

/**
 * Builds without `--force` keep Astro's content store (rendered Markdown) and the build's
 * own caches between builds. This builds a copy of the project (with caches of its own:
 * node_modules is a folder of links to the project's packages, without .astro, .vite and
 * .cache) the way `npm run build` does, again unchanged, then after editing data files that
 * are not collections, and checks that the edits reach the pages: a money figure's remark
 * and a UI string, which the articles' cached Markdown shows (src/lib/edition/content-loader.ts
 * renders it again), and a claim's explanation. Without that loader the article would keep
 * its old notes and this fails.
 */
const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const entry of ['astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts', 'src', 'content', 'public']) cpSync(entry, join(dir, entry), { recursive: true });
mkdirSync(join(dir, 'node_modules'));
for (const name of readdirSync('node_modules')) {
  if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(process.cwd(), 'node_modules', name), join(dir, 'node_modules', name));
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GIT_CEILING_DIRECTORIES: tmpdir() };

/** `npm run build` in the copy (scripts/build.mjs: astro build without --force, skipped when nothing changed). */
function build(): string {
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: { ...env, PATH: `${join(process.cwd(), 'node_modules/.bin')}:${process.env.PATH ?? ''}` } });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
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

  it('a first build, with empty caches', () => {
    build();
    cold = digest(join(dir, 'dist'));
    expect(page(ARTICLE).includes('(en andenhåndskilde)'), 'the money remark in the article').toBe(true);
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
});
