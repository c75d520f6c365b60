import { versionIn, type Story } from './stories';
import { formatPartialDate } from '../core/dates';
import { LOCALES, type Locale } from '../core/locales';
import { SECTION_PAGES, type Route } from '../i18n/paths';
import { fill, strings } from '../i18n/strings';
import { cardKey, type CardModel } from '../cards/card';

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

/** One social card the build writes: `/og/<lang>/<key>.png`. */
export interface CardPage {
  lang: Locale;
  key: string;
  model: CardModel;
}

/**
 * Every card the build writes, in every language: the home page's, each story's and each
 * section page's. The card route renders exactly this list, so that the glyph test
 * (tests/unit/cards/glyphs.test.ts) checks the very texts the build draws.
 */
export function cardPages<S extends Story>(stories: readonly S[], story: S): CardPage[] {
  const routes: [Route, S][] = [
    [{ page: 'home' }, story],
    ...stories.map((s): [Route, S] => [{ page: 'article', story: s.story }, s]),
    ...SECTION_PAGES.map((page): [Route, S] => [{ page }, story]),
  ];
  return LOCALES.flatMap((lang) => routes.map(([route, of]) => ({ lang, key: cardKey(route), model: cardModel(route, lang, of) })));
}
