import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { treeDigest } from '../../../src/lib/core/tree-digest';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A tree with a data folder, a file beside it and a file outside the digest. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'digest-'));
  made.push(root);
  mkdirSync(join(root, 'content/money'), { recursive: true });
  writeFileSync(join(root, 'content/money/rates.csv'), 'date,rate\n2023-08-03,13.67\n');
  writeFileSync(join(root, 'content/claims.yaml'), 'a: 1\n');
  writeFileSync(join(root, 'other.txt'), 'not an input');
  return root;
}

const PATHS = ['content/money', 'content/claims.yaml', 'content/updates.yaml'];

describe('treeDigest', () => {
  it('is the same for the same tree, whatever the order of the paths', () => {
    const root = tree();
    expect(treeDigest(root, PATHS)).toBe(treeDigest(root, [...PATHS].reverse()));
    expect(treeDigest(root, PATHS)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with an edit, a new file, a removed file and a renamed file under its paths', () => {
    const root = tree();
    let before = treeDigest(root, PATHS);
    const step = (change: () => void) => {
      change();
      const now = treeDigest(root, PATHS);
      expect(now).not.toBe(before);
      before = now;
    };
    step(() => writeFileSync(join(root, 'content/money/rates.csv'), 'date,rate\n2023-08-03,13.68\n'));
    step(() => writeFileSync(join(root, 'content/money/wages.yaml'), 'x: 1\n'));
    step(() => renameSync(join(root, 'content/money/wages.yaml'), join(root, 'content/money/wage.yaml')));
    step(() => rmSync(join(root, 'content/money/wage.yaml')));
    step(() => writeFileSync(join(root, 'content/updates.yaml'), '[]\n'));
    step(() => symlinkSync('rates.csv', join(root, 'content/money/link.csv')));
  });

  it('ignores what is not under its paths', () => {
    const root = tree();
    const before = treeDigest(root, PATHS);
    writeFileSync(join(root, 'other.txt'), 'changed');
    mkdirSync(join(root, 'content/articles'));
    writeFileSync(join(root, 'content/articles/a.md'), '# a');
    expect(treeDigest(root, PATHS)).toBe(before);
  });
});
