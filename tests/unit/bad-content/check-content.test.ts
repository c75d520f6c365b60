import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../../src/lib/edition/check-content';
import { badCases, check, list, makeTree, removeTrees } from './tree';

afterAll(removeTrees);
afterEach(() => void vi.restoreAllMocks());

const byName = new Map(badCases().map((c) => [c.name, c]));
const get = (name: string) => byName.get(name) ?? expect.unreachable(`no case ${name}`);

describe('checkContent', () => {
  it('passes the real content and returns what the Markdown pipeline needs', async () => {
    const { sources, money } = await checkContent(process.cwd());
    expect(sources.has('daryo-2023-08-04')).toBe(true);
    expect(money.figures.map((f) => f.id)).toContain('one-off');
  });

  it('reports every problem of a tree at once, not only the first', async () => {
    const cases = ['note-undefined', 'claim-unknown-verdict', 'frontmatter-wrong-type', 'edition-date-invalid', 'rate-row-no-source'].map(get);
    const thrown = await check(makeTree(...cases));
    const found = thrown!.problems.map((e) => `${e.file}: ${e.place}`);
    // The rate row stops the money data, and with it the rendering of the Markdown, so the
    // article's note is not reached; every other case is reported.
    for (const c of cases.filter((c) => c.name !== 'note-undefined')) expect(found, list(thrown!.problems)).toContain(`${c.expect.file}: ${c.expect.place}`);
    expect(thrown!.problems).toHaveLength(4);
    expect(thrown!.message).toMatch(/^4 content errors:\n {2}content\//);
  });

  it('reports a Markdown problem once, in its own words, without the renderer logging it too', async () => {
    const error = vi.spyOn(console, 'error');
    const thrown = await check(makeTree(get('note-undefined')));
    expect(thrown!.problems).toHaveLength(1);
    expect(error).not.toHaveBeenCalled();
    expect(console.error).toBe(error);
  });
});
