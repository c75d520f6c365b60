import type { Locale } from '../core/locales';
import { pathFor, SECTION_PAGES, withBase } from '../i18n/paths';
import { strings } from '../i18n/strings';
import { versionsOf, type Story } from './stories';

/** A link to one of the edition's pages, with what it holds, in words of the page's language. */
export interface EditionLink {
  /** The language of the page linked to. */
  lang: Locale;
  href: string;
  label: string;
  about: string;
}

/** Every language version of `story`: its title, and in `lang` whether it is the original or a translation. */
export function versionLinks(story: Story, lang: Locale, base: string): EditionLink[] {
  const s = strings(lang);
  return versionsOf(story).map((v) => ({
    lang: v.data.lang,
    href: withBase(pathFor({ page: 'article', story: story.story }, v.data.lang), base),
    label: v.data.title,
    about: v === story.original ? s['home.editionOriginal'] : s['home.editionTranslation'],
  }));
}

/** The section pages in `lang`, in navigation order, each with what it holds. */
export function sectionLinks(lang: Locale, base: string): EditionLink[] {
  const s = strings(lang);
  return SECTION_PAGES.map((page) => ({ lang, href: withBase(pathFor({ page }, lang), base), label: s[`nav.${page}`], about: s[`home.way.${page}`] }));
}
