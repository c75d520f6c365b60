import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { alternatesFor, xDefault } from '../i18n/alternates';
import { LOCALES } from '../core/locales';
import { absoluteUrl, routeOf } from '../i18n/paths';
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
  // The edition's root on the site: SITE_URL's own path (a mirror's /mirror/kz/) and the base.
  const root = new URL(absoluteUrl('/', site, base)).pathname;
  const found = routeOf(`/${path.slice(root.length)}`, LOCALES, stories);
  if (!found) return [];
  const alternates = alternatesFor(found.route, found.lang, LOCALES);
  const fallback = xDefault(alternates)!;
  return [
    ...alternates.map((a) => ({ lang: a.lang, url: absoluteUrl(a.path, site, base) })),
    { lang: 'x-default', url: absoluteUrl(fallback.path, site, base) },
  ];
}

/**
 * The sitemap integration for the edition at `site` (SITE_URL): every page but the 404, with
 * its language versions as alternates. @astrojs/sitemap builds its URLs, and the index's link
 * to each sitemap file, from `base` alone and drops the path of `site`; the edition keeps
 * `base` at `/` (its links are relative), so the integration is told the edition's real root,
 * SITE_URL's path plus the base, as its base.
 */
export function editionSitemap(site: string, base: string): AstroIntegration {
  const inner = sitemap({
    filter: (page) => !page.includes('/404'),
    // Language versions of a page have different paths (/penge/ ↔ /en/money/), so the
    // alternates come from our route table rather than from path matching.
    serialize(item) {
      const links = sitemapAlternates(item.url, site, base);
      return links.length ? { ...item, links } : item;
    },
  });
  const root = new URL(absoluteUrl('/', site, base)).pathname;
  const configDone = inner.hooks['astro:config:done']!;
  return {
    ...inner,
    hooks: { ...inner.hooks, 'astro:config:done': (options) => configDone({ ...options, config: { ...options.config, base: root } }) },
  };
}
