import { describe, expect, it } from 'vitest';
import { alternatesFor, xDefault } from '../../../src/lib/i18n/alternates';
import { DEFAULT_LOCALE, isLocale, languageName, localesStartingWith, LOCALES } from '../../../src/lib/core/locales';
import { absoluteUrl, langParam, pathFor, withBase } from '../../../src/lib/i18n/paths';

describe('locales', () => {
  it('has the Danish original as default', () => {
    expect(DEFAULT_LOCALE).toBe('da');
    expect(LOCALES).toContain('en');
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(localesStartingWith('en')[0]).toBe('en');
  });

  it('names languages with Intl, in the reader’s language', () => {
    expect(languageName('da', 'en')).toBe('Danish');
    expect(languageName('en', 'da')).toBe('engelsk');
    expect(languageName('da', 'da', true)).toBe('Dansk');
  });
});

describe('paths', () => {
  it('puts the default language at the root and others under a prefix', () => {
    expect(pathFor({ page: 'home' }, 'da')).toBe('/');
    expect(pathFor({ page: 'home' }, 'en')).toBe('/en/');
    expect(pathFor({ page: 'article', story: 'skulder-ved-skulder' }, 'da')).toBe('/skulder-ved-skulder/');
    expect(pathFor({ page: 'article', story: 'skulder-ved-skulder' }, 'en')).toBe('/en/skulder-ved-skulder/');
    expect(langParam('da')).toBeUndefined();
    expect(langParam('en')).toBe('en');
  });

  it('adds the deployment base, with or without its trailing slash', () => {
    expect(withBase('/en/', '/')).toBe('/en/');
    expect(withBase('/en/', '/mirror/kz/')).toBe('/mirror/kz/en/');
    expect(withBase('/en/', '/mirror/kz')).toBe('/mirror/kz/en/');
  });

  it('builds absolute URLs for canonical and hreflang', () => {
    expect(absoluteUrl('/en/', 'https://example.org')).toBe('https://example.org/en/');
    expect(absoluteUrl('/en/', 'https://example.org/', '/mirror/')).toBe('https://example.org/mirror/en/');
  });

  it('lists alternates with the current language first and x-default on the original', () => {
    const alts = alternatesFor({ page: 'article', story: 's' }, 'en', ['da', 'en']);
    expect(alts).toEqual([
      { lang: 'en', path: '/en/s/' },
      { lang: 'da', path: '/s/' },
    ]);
    expect(xDefault(alts)?.lang).toBe('da');
    expect(alternatesFor({ page: 'article', story: 's' }, 'da', ['da']).map((a) => a.lang)).toEqual(['da']);
  });
});

describe('routeOf', () => {
  it('is the reverse of pathFor for every page', async () => {
    const { routeOf, SECTION_PAGES } = await import('../../../src/lib/i18n/paths');
    const routes = [{ page: 'home' }, { page: 'article', story: 's' }, ...SECTION_PAGES.map((page) => ({ page }))] as const;
    for (const lang of LOCALES)
      for (const route of routes) expect(routeOf(pathFor(route, lang), LOCALES, ['s']), `${lang} ${JSON.stringify(route)}`).toEqual({ route, lang });
    expect(routeOf('/en/nothing/', LOCALES, ['s'])).toBeUndefined();
    expect(routeOf('/404.html', LOCALES, ['s'])).toBeUndefined();
  });
});
