import { describe, expect, it } from 'vitest';
import { articleRouteData } from '../../../src/lib/edition/route-data-article';
import { data, da, en, paragraphKeys, story, urls } from './route-data-fixture';

describe('the article route data', () => {
  it('the Danish original: its own alternates first, links under the base, no link to an original', () => {
    const page = articleRouteData(data, story, da, urls);
    expect(page.lang).toBe('da');
    expect(page.isTranslation).toBe(false);
    expect(page.originalHref).toBeUndefined();
    expect(page.frame.title).toBe('Skulder ved skulder');
    expect(page.frame.route).toEqual({ page: 'article', story: 'story' });
    expect(page.frame.alternates).toEqual([
      { lang: 'da', path: '/story/' },
      { lang: 'en', path: '/en/story/' },
    ]);
    expect(page.frame.head).toMatchObject({
      canonical: 'https://example.org/sub/story/',
      card: 'https://example.org/sub/og/da/story.png',
      xDefault: 'https://example.org/sub/story/',
      feed: '/sub/feed.xml',
    });
    expect(page.frame.languages).toEqual([
      { lang: 'da', href: '/sub/story/' },
      { lang: 'en', href: '/sub/en/story/' },
    ]);
    expect(page.contextHref).toBe('/sub/baggrund/');
    expect(page.ledgerHref).toBe('/sub/paastande/');
    // The body: every paragraph wrapped with its extras, the Danish sidebar beside its
    // paragraph, verdict markers linking to the ledger under the base.
    expect(page.body).toContain('Loven i Kasakhstan');
    expect(page.body).not.toContain('The law in Kazakhstan');
    expect(page.body).toContain('href="/sub/paastande/#claim-');
    expect(page.body.match(/<p id=/g)).toHaveLength(paragraphKeys.length);
    expect(page.jsonLd).toMatchObject({ url: 'https://example.org/sub/story/', inLanguage: 'da', headline: 'Skulder ved skulder' });
    expect(page.jsonLd).not.toHaveProperty('translationOfWork');
  });

  it('the English translation: links back to the original, and says so in its JSON-LD', () => {
    const page = articleRouteData(data, story, en, urls);
    expect(page.lang).toBe('en');
    expect(page.isTranslation).toBe(true);
    expect(page.originalLang).toBe('da');
    expect(page.original.publisher).toBe('B.T.');
    expect(page.originalHref).toBe('/sub/story/');
    expect(page.frame.alternates.map((a) => a.lang)).toEqual(['en', 'da']);
    expect(page.frame.head.canonical).toBe('https://example.org/sub/en/story/');
    expect(page.frame.head.xDefault).toBe('https://example.org/sub/story/');
    expect(page.contextHref).toBe('/sub/en/context/');
    expect(page.jsonLd).toMatchObject({ translationOfWork: { url: 'https://example.org/sub/story/' } });
  });

  it('a story with no translation has one alternate', () => {
    const page = articleRouteData(data, { ...story, translations: [] }, da, urls);
    expect(page.frame.alternates).toEqual([{ lang: 'da', path: '/story/' }]);
    expect(page.frame.head.hreflang).toEqual([{ lang: 'da', href: 'https://example.org/sub/story/' }]);
  });
});
