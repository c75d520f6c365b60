import { afterAll, describe, expect, it } from 'vitest';
import { checkAcrossLanguages } from '../../../../src/lib/edition/check/cross-language';
import { removeTrees } from '../../bad-content/tree';
import { messages, readTree } from './tree-helper';

afterAll(removeTrees);

describe('every story across languages', () => {
  it('builds the story of a valid tree, with each version’s rendered body', async () => {
    const { articles } = await readTree();
    const { errors, story } = checkAcrossLanguages(articles, 'skulder-ved-skulder');
    expect(errors).toEqual([]);
    expect(story?.original.data.lang).toBe('da');
    expect(story?.translations.map((v) => v.data.lang)).toEqual(['en', 'ru', 'kk']);
    expect(story?.original.html).toMatch(/^<p id="intro">/);
  });

  it('reports a translation that differs from the original, and gives no story to check the context against', async () => {
    const { articles } = await readTree('translation-missing-paragraph');
    const { errors, story } = checkAcrossLanguages(articles, 'skulder-ved-skulder');
    expect(messages(errors)).toEqual([expect.stringMatching(/^content\/articles\/en\/skulder-ved-skulder\.md: paragraph "reuters": missing/)]);
    expect(story).toBeUndefined();
  });

  it('leaves out a story with a version that did not render (its problem is already reported)', async () => {
    const { articles } = await readTree('note-undefined');
    expect(checkAcrossLanguages(articles, 'skulder-ved-skulder')).toEqual({ errors: [] });
  });
});
