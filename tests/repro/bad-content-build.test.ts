import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS } from './project';

/**
 * The real `astro build`, on a copy of the project with one broken content file, must
 * exit non-zero with the content check's message (file, place, problem) before it
 * renders anything: no dist/ at all, so no half-built site. (The cases themselves are
 * in tests/unit/bad-content/; this shows the build runs that check.)
 */
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bad-content-build-'));
  copies.push(dir);
  for (const entry of BUILD_INPUTS) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Replaces `from` with `to` in a file of the copy; returns the 1-based line and column of the change. */
function edit(dir: string, file: string, from: string, to: string): { line: number; column: number } {
  const text = readFileSync(join(dir, file), 'utf8');
  const at = text.indexOf(from);
  expect(at, `"${from}" in ${file}`).toBeGreaterThanOrEqual(0);
  writeFileSync(join(dir, file), text.slice(0, at) + to + text.slice(at + from.length));
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function build(dir: string): { status: number | null; output: string } {
  const run = spawnSync('npx', ['astro', 'build', '--force'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('astro build on broken content', () => {
  it('stops on an undefined note and a wrong verdict, listing both with file, place and problem', () => {
    const dir = projectCopy();
    const article = 'content/articles/da/skulder-ved-skulder.md';
    const { line, column } = edit(dir, article, '[^context-reuters]', '[^context-reuter]');
    const claims = 'content/claims.yaml';
    edit(dir, claims, 'verdict: confirmed', 'verdict: certain');
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('2 content errors:');
    expect(output).toContain(`${article}: ${line}:${column}: note reference [^context-reuter] has no definition`);
    expect(output).toMatch(new RegExp(`${claims}: \\d+:1: "[a-z-]+", field verdict: Invalid option`));
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'dist')), 'dist/ was created').toBe(false);
  });

  it('stops on a rate row without a source, naming file, line and field', () => {
    const dir = projectCopy();
    const file = 'content/money/rates-2023.csv';
    const { line } = edit(dir, file, '2023-08-02,CBR official rate as republished by markets-today.ru/rate/eurrub/2023/08 (effective date),', '2023-08-02,,');
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain(`${file}: ${line}:source: the row has no source`);
    expect(existsSync(join(dir, 'dist')), 'dist/ was created').toBe(false);
  });
});
