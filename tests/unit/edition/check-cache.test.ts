import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/core/errors';
import { checkContentCached, checkKey } from '../../../src/lib/edition/check-cache';
import { badCases, makeTree, removeTrees } from '../bad-content/tree';

const dirs: string[] = [];
afterAll(() => {
  removeTrees();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
  dirs.push(dir);
  return dir;
}

describe('the content check, cached by what it reads', () => {
  it('checks once, then only reads the data while nothing changed, and checks again after an edit', async () => {
    const root = makeTree();
    const dir = cacheDir();
    const first = await checkContentCached(root, {}, dir);
    expect(first.cached).toBe(false);
    const second = await checkContentCached(root, {}, dir);
    expect(second.cached).toBe(true);
    expect(second.sources).toEqual(first.sources);
    expect(second.money).toEqual(first.money);
    writeFileSync(join(root, 'content/claims.yaml'), `${readFileSync(join(root, 'content/claims.yaml'), 'utf8')}# edited\n`);
    expect((await checkContentCached(root, {}, dir)).cached).toBe(false);
    expect(readdirSync(dir), 'one marker, for the tree as it is').toEqual([checkKey(root)]);
  });

  it('has a key per option: another base is another check', () => {
    const root = makeTree();
    expect(checkKey(root, { base: '/mirror/' })).not.toBe(checkKey(root));
  });

  it('fails every time on bad content, and leaves no marker', async () => {
    const bad = badCases().find((c) => c.name.includes('verdict')) ?? badCases()[0]!;
    const root = makeTree(bad);
    const dir = cacheDir();
    for (let i = 0; i < 2; i++) await expect(checkContentCached(root, {}, dir)).rejects.toBeInstanceOf(ContentErrors);
    expect(existsSync(join(dir, checkKey(root)))).toBe(false);
  });

  it('always checks without a cache folder', async () => {
    const root = makeTree();
    expect((await checkContentCached(root)).cached).toBe(false);
    expect((await checkContentCached(root)).cached).toBe(false);
  });
});
