import { describe, expect, it } from 'vitest';
import { contentError } from '../content-error';
import { checkClaims, checkSidebars } from '../../../src/lib/context/check';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { composeBody, wrapParagraphs } from '../../../src/lib/context/compose';
import type { ClaimToMark } from '../../../src/lib/context/claim-marks';
import { claimReview, jsonLdText } from '../../../src/lib/context/jsonld';
import { parseClaims, parseTimeline } from '../../../src/lib/context/load';
import { sidebarSchema, type TimelineEvent } from '../../../src/lib/context/schemas';
import { sortEvents } from '../../../src/lib/context/timeline';
import { formatPartialDate } from '../../../src/lib/core/dates';
import { loadSourceRegistry } from '../../../src/lib/sources/load';

const registry = loadSourceRegistry(process.cwd());
const error = contentError;
const issues = (v: unknown) => {
  const r = sidebarSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const sidebar = { lang: 'da', title: 'Kasakhsk lov', kind: 'legal', paragraph: 'illegal', asOf: '2026-03', sources: ['adilet-criminal-code'] };

describe('sidebar frontmatter', () => {
  it('accepts a complete sidebar', () => {
    expect(issues(sidebar)).toEqual([]);
  });
  it('fails without sources, with an unknown kind, a bad key or a bad date', () => {
    expect(issues({ ...sidebar, sources: [] })).toEqual(['sources: needs at least 1 source']);
    expect(issues({ ...sidebar, kind: 'gossip' })[0]).toMatch(/^kind: /);
    expect(issues({ ...sidebar, paragraph: 'Not A Key' })[0]).toBe('paragraph: expected a paragraph key');
    expect(issues({ ...sidebar, asOf: '2026-13' })[0]).toMatch(/^asOf: expected a date/);
    expect(issues({ ...sidebar, title: undefined })[0]).toMatch(/^title: /);
  });
  it('fails a sidebar keyed to an unknown paragraph, an unknown source or a missing language', () => {
    const entry = { id: 'legal-kazakhstan', folder: 'da', file: 'content/sidebars/da/legal-kazakhstan.md', data: { ...sidebar, asOf: '2026-03' } as never };
    const problems = checkSidebars([{ ...entry, data: { ...sidebar, paragraph: 'nowhere', sources: ['nope'] } as never }], new Set(['illegal']), (id) => registry.has(id), ['da', 'en']).map((e) => e.message);
    expect(problems).toEqual([
      'content/sidebars/da/legal-kazakhstan.md: paragraph: "nowhere" is not a paragraph key of the article',
      'content/sidebars/da/legal-kazakhstan.md: sources: unknown source "nope" (not in content/sources/*.yaml)',
      'content/sidebars/da/legal-kazakhstan.md: lang: the sidebar "legal-kazakhstan" has no en version (content/sidebars/en/legal-kazakhstan.md)',
    ]);
  });
});

describe('claims', () => {
  const claim = (verdict: string, sources = '[daryo-2023-08-04]') =>
    `c:\n  paragraph: reuters\n  quote: { da: "Det skriver", en: "This is reported", ru: "Об этом сообщает", kk: "Бұл туралы хабарлайды" }\n  verdict: ${verdict}\n  explanation: { da: x, en: y, ru: z, kk: w }\n  sources: ${sources}\n`;
  it('accepts a sourced claim and a cannot-check claim without sources', () => {
    expect(parseClaims(claim('confirmed'), 'claims.yaml', registry)[0]?.verdict).toBe('confirmed');
    expect(parseClaims(claim('cannot-check', '[]'), 'claims.yaml', registry)).toHaveLength(1);
  });
  it('fails an unknown verdict, a verdict without sources and an unknown source', () => {
    expect(error(() => parseClaims(claim('probably'), 'claims.yaml', registry))).toMatch(/claims.yaml: 1:1: "c", field verdict/);
    expect(error(() => parseClaims(claim('confirmed', '[]'), 'claims.yaml', registry))).toContain('"c", field sources: a "confirmed" verdict needs at least one source');
    expect(error(() => parseClaims(claim('confirmed', '[nope]'), 'claims.yaml', registry))).toContain('"c" cites unknown source "nope"');
  });
  it('fails a quote that is not in its paragraph, or an unknown paragraph', () => {
    const texts = new Map([['da' as const, new Map([['reuters', 'Det skriver nyhedsbureauet Reuters.']])]]);
    const c = parseClaims(claim('confirmed'), 'claims.yaml', registry)[0]!;
    expect(checkClaims([c], 'claims.yaml', texts)).toEqual([]);
    expect(checkClaims([{ ...c, quote: { da: 'Det skrev', en: '', ru: '', kk: '' } }], 'claims.yaml', texts).map((e) => e.message)).toEqual([
      'claims.yaml: "c".quote.da: "Det skrev" is not in paragraph "reuters" of the da article',
    ]);
    expect(checkClaims([{ ...c, paragraph: 'nowhere' }], 'claims.yaml', texts)[0]?.message).toContain('"nowhere" is not a paragraph key of the da article');
  });
});

describe('timeline', () => {
  const ev = (id: string, date: string): TimelineEvent => ({ id, date, text: { da: id, en: id, ru: id, kk: id }, sources: ['x'] });
  it('sorts by date, a month after its days, keeping file order on ties', () => {
    expect(sortEvents([ev('c', '2023-08-03'), ev('a', '2014-03-27'), ev('b', '2023-08'), ev('d', '2023-08-03')]).map((e) => e.id)).toEqual(['a', 'c', 'd', 'b']);
  });
  it('formats dates per locale at their own precision', () => {
    expect(formatPartialDate('2014-03-27', 'da')).toBe('27. marts 2014');
    expect(formatPartialDate('2014-03-27', 'en')).toBe('27 March 2014');
    expect(formatPartialDate('2023-08', 'da')).toBe('august 2023');
  });
  it('fails an event without sources or with an invalid date', () => {
    expect(error(() => parseTimeline('e:\n  date: "2023-02-30"\n  text: { da: a, en: b, ru: c, kk: d }\n  sources: [daryo-2023-08-04]\n', 't.yaml', registry))).toMatch(/t.yaml: 1:1: "e", field date/);
    expect(error(() => parseTimeline('e:\n  date: "2023"\n  text: { da: a, en: b, ru: c, kk: d }\n  sources: []\n', 't.yaml', registry))).toContain('"e", field sources: needs at least 1 source');
  });
});

describe('composing the article body', () => {
  const body = '<p id="a">A<span class="note">x</span></p>\n<p id="b">B ord</p>';
  const aside = h('aside', ['S']);
  const claim = (id: string, quote: string): ClaimToMark => ({ id, quote, mark: h('mark', { id }), after: [h('a', ['✓'])] });
  it('wraps a paragraph with its sidebar before it', () => {
    expect(composeBody(body, new Map([['b', { asides: [aside], claims: [] }]]))).toBe('<p id="a">A<span class="note">x</span></p>\n<div class="passage"><aside>S</aside><p id="b">B ord</p></div>');
  });
  it('marks claims in place, without a wrapper, and leaves a paragraph with nothing alone', () => {
    const extras = new Map([
      ['b', { asides: [], claims: [claim('c', 'ord')] }],
      ['a', { asides: [], claims: [] }],
    ]);
    expect(composeBody(body, extras)).toBe('<p id="a">A<span class="note">x</span></p>\n<p id="b">B <mark id="c">ord<a>✓</a></mark></p>');
  });
  it('finds paragraphs below the top level, and leaves the tree it is given as it was', () => {
    const tree = fromHtml('<blockquote><p id="b">B</p></blockquote>', { fragment: true });
    const before = structuredClone(tree);
    const out = wrapParagraphs(tree, new Map([['b', { asides: [aside], claims: [] }]]));
    expect(toHtml(out)).toBe('<blockquote><div class="passage"><aside>S</aside><p id="b">B</p></div></blockquote>');
    expect(tree).toEqual(before);
  });
  it('throws on extras for a paragraph that is not there, and on a claim it cannot mark', () => {
    expect(() => composeBody(body, new Map([['zz', { asides: [aside], claims: [] }]]))).toThrow('no paragraph "zz"');
    expect(() => composeBody(body, new Map([['b', { asides: [], claims: [claim('c', 'Ordet')] }]]))).toThrow('claim "c" in paragraph "b": "Ordet" is not in the paragraph\'s text');
  });
});

describe('JSON-LD', () => {
  it('builds a ClaimReview with a stated scale, pointing at the B.T. article', () => {
    const r = claimReview({ url: 'https://e.example/paastande/#claim-x', claim: 'q', verdict: 'imprecise', verdictName: 'Upræcist', lang: 'da', datePublished: '2026-11-25', author: 'S', original: { url: 'https://www.bt.dk/x', publisher: 'B.T.', published: '2023-08' } });
    expect(r).toMatchObject({ '@type': 'ClaimReview', reviewRating: { ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: 'Upræcist' }, itemReviewed: { '@type': 'Claim', appearance: { url: 'https://www.bt.dk/x' } } });
    const none = claimReview({ url: 'u', claim: 'q', verdict: 'cannot-check', verdictName: 'Kan ikke', lang: 'da', datePublished: 'd', author: 'S', original: { url: 'o', publisher: 'B.T.', published: '2023-08' } });
    expect(none.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Kan ikke' });
  });
  it('cannot be broken out of its script element', () => {
    expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLdText({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
