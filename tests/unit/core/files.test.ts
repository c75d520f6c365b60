import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entriesIn, filesIn, writeFileAtomic } from '../../../src/lib/core/files';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A tree with a file, a folder and, made at run time (git cannot hold them portably), two symbolic links. */
function tree(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'files-'));
  made.push(root);
  const dir = join(root, 'public');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(dir, 'a.txt'), 'a');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'b');
  writeFileSync(join(root, 'outside', 'secret.txt'), 'secret');
  symlinkSync(join(root, 'outside', 'secret.txt'), join(dir, 'passwd.txt'));
  symlinkSync('../outside', join(dir, 'shared-link'));
  return { root, dir };
}

describe('files in a tree', () => {
  it('lists links as links (lstat) and never follows them', () => {
    const { dir } = tree();
    expect(entriesIn(dir)).toEqual([
      { rel: 'a.txt', kind: 'file' },
      { rel: 'passwd.txt', kind: 'link' },
      { rel: 'shared-link', kind: 'link' },
      { rel: 'sub', kind: 'folder' },
      { rel: 'sub/b.txt', kind: 'file' },
    ]);
  });

  it('refuses a symbolic link instead of publishing what it points at', () => {
    const { dir } = tree();
    expect(() => filesIn(dir)).toThrow(/passwd\.txt is a symbolic link: only plain files are published/);
    // Without the links: plain files, sorted, folders walked.
    expect(filesIn(dir, (rel) => rel === 'passwd.txt' || rel === 'shared-link')).toEqual(['a.txt', 'sub/b.txt']);
  });
});

describe('writeFileAtomic', () => {
  it('writes the whole file into a folder it creates, and leaves no part file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    made.push(dir);
    const file = join(dir, 'a', 'b', 'card.png');
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    writeFileAtomic(join(dir, 'marker'), '');
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['card.png']);
    expect(readdirSync(dir).sort()).toEqual(['a', 'marker']);
  });
});
