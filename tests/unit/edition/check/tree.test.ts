import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, ContentErrors } from '../../../../src/lib/core/errors';
import { asContentErrors, attempter, filesUnder, parseJson } from '../../../../src/lib/edition/check/tree';

const dir = mkdtempSync(join(tmpdir(), 'check-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a content tree', () => {
  it('lists the files under a folder relative to the root, and none for a missing folder', () => {
    mkdirSync(join(dir, 'content/a'), { recursive: true });
    writeFileSync(join(dir, 'content/a/x.md'), 'x');
    expect(filesUnder(dir, 'content')).toEqual(['content/a/x.md']);
    expect(filesUnder(dir, 'public')).toEqual([]);
  });

  it('names the line and column of a JSON syntax error', () => {
    expect(parseJson('{"a": 1}', 'a.json')).toEqual({ a: 1 });
    const error = (() => {
      try {
        parseJson('{\n  "a": 1,\n}', 'a.json');
      } catch (e) {
        return e as ContentError;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect(error!.file).toBe('a.json');
    expect(error!.place).toMatch(/^\d+:\d+$/);
    expect(error!.problem).toMatch(/^not valid JSON: /);
  });

  it('turns loader errors into content errors; a missing file names itself, relative to the root', () => {
    const one = new ContentError('a.yaml', '1:1', 'bad');
    expect(asContentErrors(one, 'x', dir)).toEqual([one]);
    expect(asContentErrors(new ContentErrors([one, one]), 'x', dir)).toHaveLength(2);
    const missing = Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: `${dir}/content/edition.json` });
    expect(asContentErrors(missing, 'content', dir).map((e) => e.message)).toEqual(['content/edition.json: file: missing: the build reads this file']);
    expect(asContentErrors(new Error('boom'), 'content/x', dir).map((e) => e.message)).toEqual(['content/x: (file): boom']);
  });

  it('collects every failure of an attempt and goes on', () => {
    const errors: ContentError[] = [];
    const attempt = attempter(dir, errors);
    expect(attempt('a', () => 1)).toBe(1);
    expect(
      attempt('b', () => {
        throw new Error('first');
      }),
    ).toBeUndefined();
    expect(
      attempt('c', () => {
        throw new Error('second');
      }),
    ).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual(['b: (file): first', 'c: (file): second']);
  });
});
