import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { checkFold, foldSidebar, sidebarTree, unfoldedSidebarHtml, unfoldSidebar } from '../../../src/lib/context/fold';
import { inArticleOrder } from '../../../src/lib/context/compose';
import { VERDICT_ICON, claimToMark, verdictIcon, verdictSegments } from '../../../src/lib/context/render';
import { VERDICTS } from '../../../src/lib/context/schemas';
import { LOCALES } from '../../../src/lib/core/locales';
import { strings } from '../../../src/lib/i18n/strings';
import type { Claim } from '../../../src/lib/context/schemas';

describe('a sidebar’s fold', () => {
  const html = '<p>Core.</p>\n<ul><li>a</li></ul>\n<hr>\n<p>More.</p>';
  const lede = (source: string) => {
    const { lede, folded } = foldSidebar(sidebarTree(source));
    return { lede: toHtml(lede), folded };
  };
  it('shows the part before the fold beside the paragraph, and says there is more', () => {
    expect(lede(html)).toEqual({ lede: '<p>Core.</p>\n<ul><li>a</li></ul>', folded: true });
  });
  it('trims only the white space that ended the part before the fold', () => {
    expect(lede('<p>Core.</p> tail \n<hr>')).toEqual({ lede: '<p>Core.</p> tail', folded: true });
  });
  it('shows a sidebar without a fold whole', () => {
    expect(lede('<p>All.</p>')).toEqual({ lede: '<p>All.</p>', folded: false });
  });
  it('shows it whole, without the rule, on the context page', () => {
    expect(unfoldedSidebarHtml(html)).toBe('<p>Core.</p>\n<ul><li>a</li></ul>\n<p>More.</p>');
    expect(unfoldedSidebarHtml('<p>All.</p>')).toBe('<p>All.</p>');
    expect(unfoldedSidebarHtml('<p>A</p><hr>\n tail')).toBe('<p>A</p>tail');
  });
  it('leaves the tree it is given as it was', () => {
    const tree = sidebarTree(html);
    const before = structuredClone(tree);
    unfoldSidebar(tree);
    foldSidebar(tree);
    expect(tree).toEqual(before);
  });
  it('allows one fold after some text, and names the line of a wrong one', () => {
    const fm = '---\nlang: da\n---\n';
    expect(checkFold(`${fm}\nText.\n\n***\n\nMore.\n`, 'x.md')).toEqual([]);
    expect(checkFold(`${fm}\nText.\n`, 'x.md')).toEqual([]);
    const twice = checkFold(`${fm}\nText.\n\n***\n\nMore.\n\n* * *\n\nEnd.\n`, 'x.md');
    expect(twice.map((e) => [e.file, e.place])).toEqual([['x.md', 'line 11']]);
    expect(twice[0]!.problem).toMatch(/second fold.*first is on line 7/);
    const first = checkFold(`${fm}\n___\n\nText.\n`, 'x.md');
    expect(first.map((e) => e.place)).toEqual(['line 5']);
    expect(first[0]!.problem).toMatch(/before any text/);
  });
});

describe('items in the article’s order', () => {
  it('sorts by paragraph, keeping the order within one', () => {
    const items = [
      { id: 'c', paragraph: 'b' },
      { id: 'a', paragraph: 'a' },
      { id: 'd', paragraph: 'b' },
    ];
    expect(inArticleOrder(items, ['a', 'b']).map((i) => i.id)).toEqual(['a', 'c', 'd']);
  });
});

describe('a claim as the article marks it', () => {
  const claim = (id: string, verdict: Claim['verdict']) =>
    ({ id, paragraph: 'p', verdict, quote: { da: 'Det er ulovligt for kasakher', en: 'It is illegal' }, explanation: { da: '', en: '' }, sources: [] }) as unknown as Claim;
  it('has its quote in the page’s language, a mark with the verdict and an id, and a verdict link named in words', () => {
    const c = claimToMark(claim('illegal', 'not-confirmed'), 'da', '../paastande/');
    expect(c.quote).toBe('Det er ulovligt for kasakher');
    expect(toHtml(c.mark)).toBe('<mark class="v-not-confirmed"></mark>');
    expect(toHtml(c.after)).toBe(`<a class="claim-ref" href="../paastande/#claim-illegal" aria-label="Påstand, ikke bekræftet"><svg class="vi" viewBox="0 0 16 16" aria-hidden="true"><path d="${VERDICT_ICON['not-confirmed']}"></path></svg></a>`);
    expect(toHtml(claimToMark(claim('x', 'confirmed'), 'en', '../claims/').after)).toContain(`aria-label="Claim, confirmed"><svg class="vi" viewBox="0 0 16 16" aria-hidden="true"><path d="${VERDICT_ICON.confirmed}">`);
  });
});

describe('the verdicts’ symbols', () => {
  it('are drawn, each differently, never as the characters, which few text fonts have', () => {
    expect(new Set(VERDICTS.map((v) => VERDICT_ICON[v])).size).toBe(VERDICTS.length);
    for (const v of VERDICTS) {
      expect(VERDICT_ICON[v]).toMatch(/^M[\d. lLMqtcav-]+$/);
      expect(toHtml(verdictIcon(v))).not.toMatch(/[✓≈✗]/);
    }
  });

  it('cut a text with symbols into its words and the verdicts between them', () => {
    expect(verdictSegments('✓ bekræftet, ≈ upræcist, ✗ ikke bekræftet, ? kan ikke efterprøves')).toEqual([
      { verdict: 'confirmed' },
      { text: ' bekræftet, ' },
      { verdict: 'imprecise' },
      { text: ' upræcist, ' },
      { verdict: 'not-confirmed' },
      { text: ' ikke bekræftet, ' },
      { verdict: 'cannot-check' },
      { text: ' kan ikke efterprøves' },
    ]);
    expect(verdictSegments('no symbols')).toEqual([{ text: 'no symbols' }]);
    expect(verdictSegments('')).toEqual([]);
  });

  it('every language’s legend names each verdict by its symbol', () => {
    for (const lang of LOCALES) {
      const verdicts = verdictSegments(strings(lang)['legend.claims']).flatMap((s) => ('verdict' in s ? [s.verdict] : []));
      expect(verdicts.sort(), lang).toEqual([...VERDICTS].sort());
    }
  });
});

describe('a note’s excerpt (for lists of notes)', async () => {
  const { excerpt } = await import('../../../src/lib/markdown/remark-notes');
  const para = (...children: object[]) => ({ type: 'paragraph', children }) as never;
  it('is the first words of its text, links and emphasis flattened', () => {
    const body = [para({ type: 'text', value: 'Stavefejl i ' }, { type: 'emphasis', children: [{ type: 'text', value: 'originalen' }] }, { type: 'text', value: ': »interneannoncer« skal være »internetannoncer«, som der står.' })];
    expect(excerpt(body, 6)).toBe('Stavefejl i originalen: »interneannoncer« skal være …');
    expect(excerpt([para({ type: 'text', value: 'Kort.' })])).toBe('Kort.');
  });
});
