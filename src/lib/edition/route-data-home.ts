import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locales';
import { alternatesFor } from '../i18n/alternates';
import { pathFor, withBase } from '../i18n/paths';
import { strings } from '../i18n/strings';
import { sectionLinks, versionLinks, type EditionLink } from './edition-links';
import type { EditionData } from './queries';
import { pageFrame, type PageFrame, type SiteUrls } from './route-data';
import { claimsGlance, type GlanceItem } from './route-data-sections';
import { updateEntries, type UpdateEntry } from './updates';

/** The landing page: the editions of the story, the claims at a glance, the ways in, the log. */
export interface HomeRouteData {
  frame: PageFrame;
  /** Every language version of the story. */
  editions: EditionLink[];
  claims: GlanceItem[];
  sections: EditionLink[];
  /** The edition's corrections and updates, newest first. */
  updates: UpdateEntry[];
}

export function homeRouteData(data: EditionData, lang: Locale, urls: SiteUrls): HomeRouteData {
  const s = strings(lang);
  const route = { page: 'home' } as const;
  return {
    frame: pageFrame({ lang, route, title: s['home.title'], description: s['home.lead'], alternates: alternatesFor(route, lang, LOCALES), story: data.story }, urls),
    editions: versionLinks(data.story, lang, urls.base),
    claims: claimsGlance(data, lang, urls.base),
    sections: sectionLinks(lang, urls.base),
    updates: updateEntries(data.updates, lang, data.story.story, urls.base),
  };
}

/** The 404 page's message in one language, with the edition's pages in that language. */
export interface NotFoundSection {
  lang: Locale;
  title: string;
  text: string;
  pages: Omit<EditionLink, 'lang'>[];
}

/** The 404 page: one file for every address, so it speaks every language, the default first. */
export interface NotFoundRouteData {
  frame: PageFrame;
  sections: NotFoundSection[];
}

export function notFoundRouteData(data: EditionData, urls: SiteUrls): NotFoundRouteData {
  const s = strings(DEFAULT_LOCALE);
  const { base } = urls;
  return {
    // The 404 is served at every address: its card and `og:type` are the landing page's.
    frame: pageFrame(
      { lang: DEFAULT_LOCALE, route: { page: 'home' }, title: s['notFound.title'], description: s['notFound.text'], alternates: [{ lang: DEFAULT_LOCALE, path: '/404.html' }], story: data.story },
      urls,
    ),
    sections: LOCALES.map((lang) => {
      const t = strings(lang);
      return {
        lang,
        title: t['notFound.title'],
        text: t['notFound.text'],
        pages: [
          { href: withBase(pathFor({ page: 'home' }, lang), base), label: t['nav.home'], about: t['home.lead'] },
          ...versionLinks(data.story, lang, base).filter((v) => v.lang === lang),
          ...sectionLinks(lang, base),
        ],
      };
    }),
  };
}
