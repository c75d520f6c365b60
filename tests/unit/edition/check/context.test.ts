import { afterAll, describe, expect, it } from 'vitest';
import { checkContext } from '../../../../src/lib/edition/check/context';
import { checkAcrossLanguages } from '../../../../src/lib/edition/check/cross-language';
import { removeTrees } from '../../bad-content/tree';
import { messages, readTree } from './tree-helper';

afterAll(removeTrees);

/** The tree with `cases`, checked up to the context. */
async function context(...cases: string[]) {
  const { articles, sidebars, data } = await readTree(...cases);
  const { story } = checkAcrossLanguages(articles, 'skulder-ved-skulder');
  return { story: story!, sidebars, sources: data.sources!, claims: data.claims };
}

describe('the sidebars and claims against the story', () => {
  it('passes a valid tree', async () => {
    const { story, sidebars, sources, claims } = await context();
    expect(checkContext(story, sidebars, sources, claims)).toEqual([]);
  });

  it('reports a sidebar beside a paragraph the article does not have', async () => {
    const { story, sidebars, sources, claims } = await context('sidebar-unknown-paragraph');
    const errors = checkContext(story, sidebars, sources, claims).filter((e) => e.file === 'content/sidebars/da/legal-kazakhstan.md' && e.place === 'paragraph');
    expect(messages(errors)).toEqual([expect.stringContaining('"legal" is not a paragraph key of the article')]);
  });

  it('reports a claim whose quote is not in its paragraph, and skips the claims when they did not load', async () => {
    const { story, sidebars, sources, claims } = await context('claim-quote-mismatch');
    expect(checkContext(story, sidebars, sources, claims).map((e) => e.file)).toEqual(['content/claims.yaml']);
    expect(checkContext(story, sidebars, sources, undefined)).toEqual([]);
  });
});
