import { loadStories } from '../content/queries';
import { versionIn } from '../content/stories';
import { formatPartialDate } from '../dates';
import type { Locale } from '../i18n/locales';
import type { Route } from '../i18n/paths';
import { fill, strings } from '../i18n/strings';
import type { CardModel } from './card';

/** What a page's card says: its title, and for the article and landing page the key figure. */
export async function cardModel(route: Route, lang: Locale): Promise<CardModel> {
  const s = strings(lang);
  const [story] = await loadStories();
  const original = story!.original.data.original!;
  const version = versionIn(story!, lang) ?? story!.original;
  const title =
    route.page === 'home' ? s['home.title'] : route.page === 'article' ? version.data.title : s[`${route.page}.title`];
  return {
    site: s['site.name'],
    tagline: s['site.tagline'],
    title,
    // The key figure as words: the card font has no ≈ sign.
    figure: route.page === 'home' || route.page === 'article' ? s['card.figure'] : undefined,
    footer: fill(s['footer.credit'], {
      publisher: original.publisher,
      published: formatPartialDate(original.published, lang),
      basedOn: original.basedOn.publisher,
      basedOnDate: formatPartialDate(original.basedOn.date, lang),
    }),
  };
}
