/** An RSS feed per language: the edition and its later updates (content/updates.yaml). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadEdition } from '../../lib/edition/queries';
import { updateAnchor } from '../../lib/edition/updates';
import { LOCALES, intlLocale, type Locale } from '../../lib/core/locales';
import { absoluteUrl, langParam, pathFor } from '../../lib/i18n/paths';
import { strings } from '../../lib/i18n/strings';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

export async function GET(context: APIContext) {
  const lang = (context.props as { lang: Locale }).lang;
  const s = strings(lang);
  const base = import.meta.env.BASE_URL;
  // Each update links to its entry in the log on the landing page (which links on to the page
  // it concerns), so every item has its own address and guid, even two updates of one page.
  const home = absoluteUrl(pathFor({ page: 'home' }, lang), context.site!, base);
  return rss({
    title: `${s['site.name']}: ${s['site.tagline']}`,
    description: s['home.lead'],
    site: absoluteUrl(pathFor({ page: 'home' }, lang), context.site!, base),
    customData: `<language>${intlLocale(lang)}</language>`,
    items: (await loadEdition()).updates.map((u) => ({
      title: u.title[lang],
      description: u.text[lang],
      link: `${home}#${updateAnchor(u.id)}`,
      pubDate: new Date(`${u.date}T00:00:00Z`),
    })),
  });
}
