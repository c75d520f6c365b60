import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { cardPath } from '../cards/card';
import { xDefault, type Alternate } from '../i18n/alternates';
import { absoluteUrl, localePrefix, pathFor, SECTION_PAGES, withBase, type Route, type SectionPage } from '../i18n/paths';
import { fill, strings } from '../i18n/strings';
import { PACKAGE_PATH } from '../portable/package';
import type { Source, SourceRegistry } from '../sources/sources';
import { edition } from './edition';
import type { Story } from './stories';

/**
 * Route data: what each kind of page shows, computed once in the page's frontmatter by one
 * function (`articleRouteData`, `claimsRouteData`, …), so that layouts and components only
 * render props. This module holds what every page has: the page frame (head, header, footer)
 * and the site's addresses. Every href here has the deployment base applied.
 */

/** Where the site is published: its public address and Astro's `base`. */
export interface SiteUrls {
  /** The configured `site` (for canonical, hreflang and card URLs). */
  site: URL | string;
  /** `import.meta.env.BASE_URL`, with or without a trailing slash. */
  base: string;
}

/** One link of the main navigation. */
export interface NavItem {
  id: 'home' | 'article' | SectionPage;
  label: string;
  href: string;
}

/** This page in one language, for the language switch. */
export interface LanguageLink {
  lang: Locale;
  href: string;
}

/** What `<head>` links to, as absolute URLs. */
export interface HeadLinks {
  canonical: string;
  /** The landing page in the page's language: `og:url` of a page that is not indexed. */
  home: string;
  /** The page's social card. */
  card: string;
  /** Every language version, for hreflang, the page's own first. */
  hreflang: { lang: Locale; href: string }[];
  /** The `x-default` version, if any. */
  xDefault: string | undefined;
  /** The RSS feed of the page's language (with the base, not absolute). */
  feed: string;
}

/** The site footer, in the page's language. */
export interface FooterData {
  /** Who published the original and what it was based on; absent without an original. */
  credit: string | undefined;
  /** The line print adds: the edition's date and public address. */
  printLine: string;
  /** The edition's date and the privacy note. */
  edition: string;
  /** The offline copy (zip). */
  offline: string;
}

/** What the page shell (`Base.astro`) shows around every page. */
export interface PageFrame {
  lang: Locale;
  /** The page's own title (the site name is added in `<title>`). */
  title: string;
  description: string;
  route: Route;
  /** The page in every language it exists in, the current one first (root-relative). */
  alternates: Alternate[];
  head: HeadLinks;
  nav: NavItem[];
  languages: LanguageLink[];
  footer: FooterData;
  /** The deployment base, for the site's own files (scripts, styles, icon, search index). */
  base: string;
}

/** What `pageFrame` needs to know about a page. */
export interface FrameInput {
  lang: Locale;
  route: Route;
  title: string;
  description: string;
  alternates: Alternate[];
  /** The edition's story (`editionStory`): the navigation's article link and the credit. */
  story: Story;
}

/** The frame of one page: head links, navigation, language links and footer. */
export function pageFrame({ lang, route, title, description, alternates, story }: FrameInput, { site, base }: SiteUrls): PageFrame {
  const s = strings(lang);
  const href = (r: Route) => withBase(pathFor(r, lang), base);
  const home = absoluteUrl(pathFor({ page: 'home' }, lang), site, base);
  const fallback = xDefault(alternates);
  const original = story.original.data.original;
  const date = formatPartialDate(edition.date, lang);
  return {
    lang,
    title,
    description,
    route,
    alternates,
    head: {
      canonical: absoluteUrl(alternates[0]!.path, site, base),
      home,
      card: absoluteUrl(cardPath(route, lang), site, base),
      hreflang: alternates.map((a) => ({ lang: a.lang, href: absoluteUrl(a.path, site, base) })),
      xDefault: fallback && absoluteUrl(fallback.path, site, base),
      feed: withBase(`${localePrefix(lang)}/feed.xml`, base),
    },
    nav: [
      { id: 'home', label: s['nav.home'], href: href({ page: 'home' }) },
      { id: 'article', label: s['nav.article'], href: href({ page: 'article', story: story.story }) },
      ...SECTION_PAGES.map((page) => ({ id: page, label: s[`nav.${page}`], href: href({ page }) })),
    ],
    languages: alternates.map((a) => ({ lang: a.lang, href: withBase(a.path, base) })),
    footer: {
      credit:
        original &&
        fill(s['footer.credit'], {
          publisher: original.publisher,
          published: formatPartialDate(original.published, lang),
          basedOn: original.basedOn.publisher,
          basedOnDate: formatPartialDate(original.basedOn.date, lang),
        }),
      // The print footer names the edition's public address (from the configured site) and date.
      printLine: fill(s['footer.printLine'], { date, url: home }),
      edition: [fill(s['footer.edition'], { date }), s['footer.privacy']].join(' '),
      offline: withBase(PACKAGE_PATH, base),
    },
    base,
  };
}

/**
 * The sources behind `ids`, each once, in order, for `Cite`. An unknown id throws (the
 * content check reports it first, naming the file).
 */
export function sourcesOf(registry: SourceRegistry, ids: readonly string[]): Source[] {
  return [...new Set(ids)].map((id) => {
    const source = registry.get(id);
    if (!source) throw new Error(`unknown source "${id}" (not in content/sources/*.yaml)`);
    return source;
  });
}
