import { alternatesFor, xDefault } from '../i18n/alternates';
import { LOCALES } from '../core/locales';
import { absoluteUrl, routeOf, withBase } from '../i18n/paths';
import { storyNames } from './edition-story';

let names: string[] | undefined;

/**
 * The hreflang alternates of a page for the sitemap: every language version plus
 * `x-default` (the original language's), as absolute URLs. Empty for a URL that is not
 * one of the edition's pages. `stories` names the articles; by default those under
 * `content/articles/` (the sitemap runs outside Astro's content layer).
 */
export function sitemapAlternates(url: string, site: string, base: string, stories: readonly string[] = (names ??= storyNames(process.cwd()))): { lang: string; url: string }[] {
  const path = new URL(url).pathname;
  const root = withBase('/', base);
  const found = routeOf(`/${path.slice(root.length)}`, LOCALES, stories);
  if (!found) return [];
  const alternates = alternatesFor(found.route, found.lang, LOCALES);
  const fallback = xDefault(alternates)!;
  return [
    ...alternates.map((a) => ({ lang: a.lang, url: absoluteUrl(a.path, site, base) })),
    { lang: 'x-default', url: absoluteUrl(fallback.path, site, base) },
  ];
}
