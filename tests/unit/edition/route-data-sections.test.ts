import { describe, expect, it } from 'vitest';
import { claimsGlance, claimsRouteData, contextRouteData, moneyRouteData, searchRouteData, timelineRouteData } from '../../../src/lib/edition/route-data-sections';
import { strings } from '../../../src/lib/i18n/strings';
import { data, paragraphKeys, urls } from './route-data-fixture';

describe('the section pages’ route data', () => {
  it('the claims ledger: in paragraph order, verdict in words with its symbol, each paragraph linked under the base', () => {
    const page = claimsRouteData(data, 'en', urls);
    expect(page.frame.title).toBe(strings('en')['claims.title']);
    expect(page.frame.route).toEqual({ page: 'claims' });
    expect(page.frame.head.canonical).toBe('https://example.org/sub/en/claims/');
    const first = page.claims[0]!;
    expect(paragraphKeys.indexOf(first.paragraph.href.split('#')[1]!)).toBe(0);
    expect(first.paragraph).toEqual({ href: `/sub/en/story/#${paragraphKeys[0]}`, number: 1 });
    const numbers = page.claims.map((c) => c.paragraph.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const confirmed = page.claims.find((c) => c.verdict === 'confirmed')!;
    expect(confirmed).toMatchObject({ label: 'Confirmed', quoteLang: 'en' });
    expect(confirmed.sources.length).toBeGreaterThan(0);
    expect(page.reviews).toHaveLength(page.claims.length);
    expect(page.reviews[0]).toMatchObject({ url: `https://example.org/sub/en/claims/#claim-${first.id}`, claimReviewed: first.quote });
  });

  it('the original’s language needs no lang on a quote', () => {
    expect(claimsRouteData(data, 'da', urls).claims.every((c) => c.quoteLang === undefined)).toBe(true);
  });

  it('the claims at a glance link to the ledger of the page’s language', () => {
    const glance = claimsGlance(data, 'da', urls.base);
    expect(glance).toHaveLength(data.context.claims.length);
    expect(glance[0]!.href).toBe(`/sub/paastande/#claim-${glance[0]!.id}`);
  });

  it('the context page: the sidebars of its language, unfolded, sources once each, linked to their paragraph', () => {
    const page = contextRouteData(data, 'da', urls);
    expect(page.sidebars).toHaveLength(1);
    expect(page.sidebars[0]).toMatchObject({
      id: 'law',
      kind: 'legal',
      kindLabel: 'Jura',
      title: 'Loven i Kasakhstan',
      html: '<p>Loven i Kasakhstan</p>',
      paragraph: { href: `/sub/story/#${paragraphKeys[1]}`, number: 2 },
    });
    expect(page.sidebars[0]!.sources.map((s) => s.id)).toEqual(['daryo-2023-08-04']);
    expect(page.sidebars[0]!.asOf).toContain('2023');
  });

  it('the timeline: every event in date order, marks in words', () => {
    const page = timelineRouteData(data, 'en', urls);
    expect(page.events).toHaveLength(data.context.timeline.length);
    const marked = page.events.filter((e) => e.mark);
    expect(marked.length).toBeGreaterThan(0);
    for (const e of marked) expect(e.mark!.label).not.toBe('');
    expect(page.events.every((e) => e.sources.length > 0 && e.text !== '' && e.dateText !== '')).toBe(true);
  });

  it('the money page: its frame and a lookup from the view model’s source ids to sources', () => {
    const page = moneyRouteData(data, 'en', urls);
    expect(page.frame).toMatchObject({ title: strings('en')['money.title'], description: strings('en')['money.description'] });
    expect(page.frame.head.canonical).toBe('https://example.org/sub/en/money/');
    expect(page.cite(['daryo-2023-08-04', 'daryo-2023-08-04']).map((s) => s.id)).toEqual(['daryo-2023-08-04']);
    expect(() => page.cite(['no-such-source'])).toThrow('unknown source "no-such-source"');
  });

  it('the search page’s browse index: notes of the version in the page’s language, all under the base', () => {
    const page = searchRouteData(data, 'en', urls);
    expect(page.browse.notes).toEqual([{ number: 1, type: 'context', typeLabel: 'Context', href: '/sub/en/story/#note-n1', excerpt: 'excerpt en …' }]);
    expect(page.browse.sidebars).toEqual([{ href: '/sub/en/context/#law', title: 'The law in Kazakhstan' }]);
    expect(page.browse.figures.every((f) => f.href.startsWith('/sub/en/money/#'))).toBe(true);
    expect(page.browse.claims).toHaveLength(data.context.claims.length);
  });
});
