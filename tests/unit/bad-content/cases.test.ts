import { afterAll, describe, expect, it } from 'vitest';
import { badCases, check, list, makeTree, removeTrees } from './tree';

/**
 * Malformed content, one small case per folder of tests/fixtures/bad-content/: each
 * case changes one file of a small valid tree (base/), and `checkContent` — what the
 * build runs before rendering anything — must fail with a message naming the file, the
 * place (line or field) and the problem, and report nothing else.
 */
const cases = badCases();

afterAll(removeTrees);

describe('bad content', () => {
  it('the base tree passes', async () => {
    const errors = await check(makeTree());
    expect(errors && list(errors.problems)).toBeUndefined();
  });

  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.what}`, async () => {
      const thrown = await check(makeTree(c), c.locales ? { locales: c.locales } : {});
      expect(thrown, 'the content check passed, but it should have failed').toBeDefined();
      const errors = thrown!.problems;
      const { file, place, problem } = c.expect;
      expect(errors.map((e) => e.file), list(errors)).toContain(file);
      expect(errors.filter((e) => e.file === file).map((e) => e.place), list(errors)).toContain(place);
      expect(errors.filter((e) => e.file === file && e.place === place).map((e) => e.problem).join('\n')).toContain(problem);
      // What the build prints: the same three parts on one line.
      expect(thrown!.message).toContain(`${file}: ${place}: `);
      expect(errors, list(errors)).toHaveLength(c.errors ?? 1);
    });
  }
});
