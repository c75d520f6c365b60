import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, contentSiteTable } from '../../../../src/lib/edition/check/links';
import { removeTrees } from '../../bad-content/tree';
import { messages, readTree } from './tree-helper';

afterAll(removeTrees);

/** The links of the tree with `cases`, checked against its own site table. */
async function links(...cases: string[]) {
  const { articles, sidebars, data } = await readTree(...cases);
  const site = contentSiteTable('/', articles, sidebars, { figures: data.money?.figures.map((f) => f.id), claims: data.claims, timeline: data.timeline }, ['public/favicon.svg']);
  return { site, errors: messages(checkLinks(articles, sidebars, site, 'skulder-ved-skulder')) };
}

describe('the links written in content', () => {
  it('knows the pages and fragments the tree puts on the site', async () => {
    const { site, errors } = await links();
    expect(errors).toEqual([]);
    expect(site.pages.get('/skulder-ved-skulder/')?.fragments?.ids.has('intro')).toBe(true);
    expect(site.pages.get('/tidslinje/')?.fragments?.ids.has('reuters-report')).toBe(true);
    expect(site.files.has('/favicon.svg')).toBe(true);
  });

  it('reports a link to a page the site does not have, at its line', async () => {
    expect((await links('link-unknown-page')).errors).toEqual(['content/articles/da/skulder-ved-skulder.md: 28:40: link "/omregning/#one-off": no page /omregning/ on the site']);
  });

  it('reports a bare fragment in a sidebar, which appears on two pages', async () => {
    const { errors } = await links('link-sidebar-bare-fragment');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/sidebars\/en\/legal-kazakhstan\.md: 10:93: link "#illegal": a sidebar appears on two pages \(\/en\/skulder-ved-skulder\/ and \/en\/context\/\)/);
  });
});
