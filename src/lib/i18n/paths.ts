import { DEFAULT_LOCALE, type Locale } from '../core/locales';

/**
 * Site paths, per language. A page is named by a route and a language; the default
 * language has no prefix, the others live under `/<lang>/`. Paths are root-relative
 * and end in `/` (Astro's `directory` build format); `withBase` adds the deployment base.
 */
/** A page that exists once per language, named differently in each. */
export type SectionPage = 'money' | 'context' | 'timeline' | 'claims' | 'search';
export type Route = { page: 'home' } | { page: 'article'; story: string } | { page: SectionPage };

/**
 * Page names that differ by language (the article's is its story name): readable ASCII
 * (Russian and Kazakh transliterated), so that a shared address survives any channel.
 */
const SEGMENTS: Record<SectionPage, Record<Locale, string>> = {
  money: { da: 'penge', en: 'money', ru: 'dengi', kk: 'aqsha' },
  context: { da: 'baggrund', en: 'context', ru: 'kontekst', kk: 'kontekst' },
  timeline: { da: 'tidslinje', en: 'timeline', ru: 'khronologiya', kk: 'khronologiya' },
  claims: { da: 'paastande', en: 'claims', ru: 'utverzhdeniya', kk: 'malimdemeler' },
  search: { da: 'soeg', en: 'search', ru: 'poisk', kk: 'izdeu' },
};

/** The section pages, in navigation order. */
export const SECTION_PAGES: readonly SectionPage[] = ['money', 'context', 'timeline', 'claims', 'search'];

/** `''` for the default language, `/<lang>` for the others. */
export function localePrefix(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '' : `/${lang}`;
}

/** The root-relative path of `route` in `lang`, e.g. `/en/<story>/`. */
export function pathFor(route: Route, lang: Locale): string {
  const prefix = localePrefix(lang);
  switch (route.page) {
    case 'home':
      return `${prefix}/`;
    case 'article':
      return `${prefix}/${route.story}/`;
    default:
      return `${prefix}/${SEGMENTS[route.page][lang]}/`;
  }
}

/**
 * Prefixes a root-relative path with Astro's `base` (`import.meta.env.BASE_URL`),
 * which may or may not end in a slash.
 */
export function withBase(path: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** The absolute URL of a root-relative path on `site` (for canonical and hreflang). */
export function absoluteUrl(path: string, site: URL | string, base = '/'): string {
  return new URL(withBase(path, base).replace(/^\//, ''), withTrailingSlash(String(site))).href;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The `[...lang]` route parameter for `lang`: `undefined` for the default language. */
export function langParam(lang: Locale): string | undefined {
  return lang === DEFAULT_LOCALE ? undefined : lang;
}

/**
 * The route and language of a root-relative path, or undefined: the reverse of
 * `pathFor`, for the sitemap, which lists URLs and needs each one's alternates.
 * `stories` lists the article story names that exist.
 */
export function routeOf(path: string, locales: readonly Locale[], stories: readonly string[]): { route: Route; lang: Locale } | undefined {
  for (const lang of locales) {
    const prefix = `${localePrefix(lang)}/`;
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).replace(/\/$/, '');
    if (rest === '') return { route: { page: 'home' }, lang };
    if (rest.includes('/')) continue;
    const section = SECTION_PAGES.find((page) => SEGMENTS[page][lang] === rest);
    if (section) return { route: { page: section }, lang };
    if (stories.includes(rest)) return { route: { page: 'article', story: rest }, lang };
  }
  return undefined;
}

/**
 * `getStaticPaths` entries for a section page: one per language, with its localised
 * segment. Each section has its own route file so that a page carries only its own styles.
 */
export function sectionStaticPaths(section: SectionPage, locales: readonly Locale[]) {
  return locales.map((lang) => ({
    params: { lang: langParam(lang), [section]: SEGMENTS[section][lang] },
    props: { lang },
  }));
}
