import { describe, expect, it } from 'vitest';
import { pageFrame, sourcesOf } from '../../../src/lib/edition/route-data';
import { homeRouteData, notFoundRouteData } from '../../../src/lib/edition/route-data-home';
import { data, sources, story, urls } from './route-data-fixture';

describe('the page frame', () => {
  const frame = pageFrame({ lang: 'en', route: { page: 'money' }, title: 'T', description: 'D', alternates: [{ lang: 'en', path: '/en/money/' }, { lang: 'da', path: '/penge/' }], story }, urls);

  it('navigation: home, the edition’s story, then the sections, every href under the base', () => {
    expect(frame.nav.map((n) => n.id)).toEqual(['home', 'article', 'money', 'context', 'timeline', 'claims', 'search']);
    expect(frame.nav.map((n) => n.href)).toEqual(['/sub/en/', '/sub/en/story/', '/sub/en/money/', '/sub/en/context/', '/sub/en/timeline/', '/sub/en/claims/', '/sub/en/search/']);
  });

  it('head links are absolute; x-default is the default language’s version', () => {
    expect(frame.head).toEqual({
      canonical: 'https://example.org/sub/en/money/',
      home: 'https://example.org/sub/en/',
      card: 'https://example.org/sub/og/en/money.png',
      hreflang: [
        { lang: 'en', href: 'https://example.org/sub/en/money/' },
        { lang: 'da', href: 'https://example.org/sub/penge/' },
      ],
      xDefault: 'https://example.org/sub/penge/',
      feed: '/sub/en/feed.xml',
    });
    expect(frame.languages).toEqual([
      { lang: 'en', href: '/sub/en/money/' },
      { lang: 'da', href: '/sub/penge/' },
    ]);
  });

  it('the footer credits the original and names the public address for print', () => {
    expect(frame.footer.credit).toContain('B.T.');
    expect(frame.footer.printLine).toContain('https://example.org/sub/en/');
    expect(frame.footer.offline).toBe('/sub/download/skulder-ved-skulder.zip');
    expect(pageFrame({ lang: 'en', route: { page: 'home' }, title: 'T', description: 'D', alternates: [{ lang: 'en', path: '/en/' }], story: { ...story, original: story.translations[0]! } }, urls).footer.credit).toBeUndefined();
  });

  it('sources: each once, in order; an unknown id throws', () => {
    expect(sourcesOf(sources, ['polsat-2023-08-03', 'daryo-2023-08-04', 'polsat-2023-08-03']).map((s) => s.id)).toEqual(['polsat-2023-08-03', 'daryo-2023-08-04']);
    expect(() => sourcesOf(sources, ['nope'])).toThrow('unknown source "nope"');
  });
});

describe('the landing and 404 pages', () => {
  it('home: the story’s editions, the sections, the claims and the log, linked under the base', () => {
    const page = homeRouteData(data, 'da', urls);
    expect(page.frame.route).toEqual({ page: 'home' });
    expect(page.editions.map((e) => e.href)).toEqual(['/sub/story/', '/sub/en/story/']);
    expect(page.sections[0]!.href).toBe('/sub/penge/');
    expect(page.claims).toHaveLength(data.context.claims.length);
    expect(page.updates).toMatchObject([{ anchor: 'update-first', href: '/sub/story/' }]);
  });

  it('404: every language, each with its own pages; card and og:type of the landing page; not a page of any language', () => {
    const page = notFoundRouteData(data, urls);
    expect(page.frame.lang).toBe('da');
    expect(page.frame.route).toEqual({ page: 'home' });
    expect(page.frame.alternates).toEqual([{ lang: 'da', path: '/404.html' }]);
    expect(page.sections.map((s) => s.lang)).toEqual(['da', 'en', 'ru', 'kk']);
    const en = page.sections[1]!;
    expect(en.pages.map((p) => p.href)).toEqual(['/sub/en/', '/sub/en/story/', '/sub/en/money/', '/sub/en/context/', '/sub/en/timeline/', '/sub/en/claims/', '/sub/en/search/']);
  });
});
