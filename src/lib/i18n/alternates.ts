import { DEFAULT_LOCALE, localesStartingWith, type Locale } from '../core/locales';
import { pathFor, type Route } from './paths';

/** One language version of a page. */
export interface Alternate {
  lang: Locale;
  /** Root-relative path of that version. */
  path: string;
}

/**
 * The language versions of `route` that exist, the current language first.
 * `available` lists the languages the page exists in (all, for site pages; the
 * versions present, for an article).
 */
export function alternatesFor(route: Route, current: Locale, available: readonly Locale[]): Alternate[] {
  return localesStartingWith(current)
    .filter((lang) => available.includes(lang))
    .map((lang) => ({ lang, path: pathFor(route, lang) }));
}

/** The version `x-default` points at: the default language's, else the first. */
export function xDefault(alternates: readonly Alternate[]): Alternate | undefined {
  return alternates.find((a) => a.lang === DEFAULT_LOCALE) ?? alternates[0];
}
