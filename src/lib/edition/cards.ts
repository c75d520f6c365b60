import { versionIn, type Story } from './stories';
import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import type { Route } from '../i18n/paths';
import { fill, strings } from '../i18n/strings';
import type { CardModel } from '../cards/card';

/**
 * What a page's card says: its title, and for the article and landing page the key figure.
 * `story` is the article's story on an article card, else the edition's (`editionStory`): its
 * original's publication is the credit line.
 */
export function cardModel(route: Route, lang: Locale, story: Story): CardModel {
  const s = strings(lang);
  const original = story.original.data.original!;
  const version = versionIn(story, lang) ?? story.original;
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
