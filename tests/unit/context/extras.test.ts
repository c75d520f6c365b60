import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { articleExtras, type SidebarInput } from '../../../src/lib/context/extras';
import type { Claim, SidebarData } from '../../../src/lib/context/schemas';
import { loadSourceRegistry } from '../../../src/lib/sources/load';

const registry = loadSourceRegistry(process.cwd());
const sidebar = (id: string, lang: 'da' | 'en', paragraph: string, html = '<p>Core.</p>'): SidebarInput => {
  const data: SidebarData = { lang, title: `T ${id}`, kind: 'legal', paragraph, asOf: '2026-03', sources: ['adilet-criminal-code'] };
  return { id, html, data };
};
const claim = (id: string, paragraph: string): Claim => ({ id, paragraph, verdict: 'confirmed', quote: { da: `Citat ${id}`, en: `Quote ${id}`, ru: `Цитата ${id}`, kk: `Дәйексөз ${id}` }, explanation: { da: '', en: '', ru: '', kk: '' }, sources: ['bt-2023-08'] });
const extras = (sidebars: SidebarInput[], claims: Claim[]) =>
  articleExtras({ sidebars, claims, lang: 'da', registry, contextHref: '/baggrund/', ledgerHref: '/paastande/' });

describe('the extras of an article’s paragraphs', () => {
  it('groups the language’s sidebars under their paragraphs, in the order given', () => {
    const x = extras([sidebar('law', 'da', 'p1'), sidebar('law', 'en', 'p1'), sidebar('age', 'da', 'p1'), sidebar('ads', 'da', 'p2')], []);
    expect([...x.keys()]).toEqual(['p1', 'p2']);
    expect(x.get('p1')!.asides.map((a) => a.properties.id)).toEqual(['sidebar-law', 'sidebar-age']);
    expect(x.get('p1')!.claims).toEqual([]);
  });
  it('gives each paragraph its claims, in the ledger’s order, each with its quote and its link to the ledger', () => {
    const x = extras([], [claim('a', 'p1'), claim('b', 'p2'), claim('c', 'p1')]);
    expect(x.get('p1')!.claims.map((c) => [c.id, c.quote])).toEqual([
      ['a', 'Citat a'],
      ['c', 'Citat c'],
    ]);
    expect(toHtml(x.get('p1')!.claims[1]!.after)).toContain('href="/paastande/#claim-c"');
    expect(x.get('p2')!.asides).toEqual([]);
  });
  it('shows a sidebar beside its paragraph up to its fold, linking to the rest', () => {
    const aside = toHtml(extras([sidebar('law', 'da', 'p1', '<p>Core.</p>\n<hr>\n<p>More.</p>')], []).get('p1')!.asides[0]!);
    expect(aside).toContain('<div class="sidebar-body"><p>Core.</p><p class="sidebar-meta">');
    expect(aside).not.toContain('More.');
    expect(aside).toContain('href="/baggrund/#law"');
  });
});
