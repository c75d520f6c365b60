import { afterAll, describe, expect, it } from 'vitest';
import type { ContentError } from '../../../../src/lib/core/errors';
import { checkStringsFiles, loadTreeData } from '../../../../src/lib/edition/check/data';
import { attempter } from '../../../../src/lib/edition/check/tree';
import { makeTree, removeTrees } from '../../bad-content/tree';
import { rmSync, writeFileSync } from 'node:fs';

afterAll(removeTrees);

describe('the data files of a tree', () => {
  it('loads the sources, the money data, the claims and the timeline of a valid tree', () => {
    const root = makeTree();
    const errors: ContentError[] = [];
    const data = loadTreeData(root, attempter(root, errors));
    expect(errors).toEqual([]);
    expect(data.sources?.size).toBeGreaterThan(0);
    expect(data.money?.figures.length).toBeGreaterThan(0);
    expect(data.claims?.length).toBeGreaterThan(0);
    expect(data.timeline?.length).toBeGreaterThan(0);
  });

  it('leaves out what needs the sources when they fail, and reports only the sources', () => {
    const root = makeTree();
    rmSync(`${root}/content/sources`, { recursive: true });
    const errors: ContentError[] = [];
    expect(loadTreeData(root, attempter(root, errors))).toEqual({});
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file.startsWith('content/sources'))).toBe(true);
  });

  it('checks the UI strings: JSON first, then complete for every language', () => {
    const root = makeTree();
    const errors: ContentError[] = [];
    const attempt = attempter(root, errors);
    expect(checkStringsFiles(root, ['da', 'en'], attempt)).toEqual([]);
    expect(checkStringsFiles(root, ['da', 'de'], attempt).length).toBeGreaterThan(0);
    writeFileSync(`${root}/src/lib/i18n/strings/en.json`, '{');
    // A file that is not JSON is reported once, by the attempt; completeness is not judged on it.
    expect(checkStringsFiles(root, ['da', 'en'], attempt)).toEqual([]);
    expect(errors.map((e) => e.file)).toEqual(['src/lib/i18n/strings/en.json']);
  });
});
