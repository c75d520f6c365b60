import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { digest } from './digest';

/**
 * A source export (the project's files without .git, as `git archive` gives them) built west
 * of UTC: the archive falls back to the zip format's first day, 1980-01-01T00:00Z, which is
 * 1979 in New York when taken as local time (D13). It must build, and, but for the archive
 * (which names no commit), give the same files as dist/. Then the same copy with an
 * integration that fails after the pages are written must leave no dist/ at all.
 */
const dir = mkdtempSync(join(tmpdir(), 'source-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const entry of ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(entry, join(dir, entry), { recursive: true });
symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
const ZIP = 'download/skulder-ved-skulder.zip';

function build(): { status: number | null; output: string } {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'America/New_York', GIT_CEILING_DIRECTORIES: tmpdir() };
  const run = spawnSync('npx', ['astro', 'build', '--force'], { cwd: dir, encoding: 'utf8', env });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

it('builds without .git in New York: the same site as dist/, and an archive that says it has no commit', () => {
  const { status, output } = build();
  expect(status, output).toBe(0);
  const a = digest('dist');
  const b = digest(join(dir, 'dist'));
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  expect(Object.keys(a).filter((f) => f !== ZIP && a[f] !== b[f])).toEqual([]);
  const readme = new TextDecoder().decode(unzipSync(readFileSync(join(dir, 'dist', ZIP)))['skulder-ved-skulder/README.txt']);
  expect(readme).toContain('Built from commit unknown (not built from a git checkout) of 1980-01-01T00:00:00Z.');
});

it('a build that fails after writing its pages leaves no dist/', () => {
  const config = join(dir, 'astro.config.ts');
  const text = readFileSync(config, 'utf8');
  const failing = `{ name: 'fails', hooks: { 'astro:build:done': () => { throw new Error('integration failed on purpose'); } } },\n    editionSitemap(`;
  expect(text).toContain('    editionSitemap(');
  writeFileSync(config, text.replace('editionSitemap(', failing));
  const { status, output } = build();
  expect(status, output).not.toBe(0);
  expect(output).toContain('integration failed on purpose');
  expect(existsSync(join(dir, 'dist')), 'a half-written dist/ was left').toBe(false);
});
