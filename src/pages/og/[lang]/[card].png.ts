/** The social card of every page, generated at build time (1200×630 PNG). */
import type { APIContext } from 'astro';
import { cardKey, renderCard, type CardModel } from '../../../lib/cards/card';
import { cardModel } from '../../../lib/edition/cards';
import { loadEdition } from '../../../lib/edition/queries';
import { LOCALES } from '../../../lib/core/locales';
import { SECTION_PAGES, type Route } from '../../../lib/i18n/paths';

export async function getStaticPaths() {
  const { stories, story } = await loadEdition();
  const routes: [Route, typeof story][] = [
    [{ page: 'home' }, story],
    ...stories.map((s): [Route, typeof story] => [{ page: 'article', story: s.story }, s]),
    ...SECTION_PAGES.map((page): [Route, typeof story] => [{ page }, story]),
  ];
  return LOCALES.flatMap((lang) => routes.map(([route, of]) => ({ params: { lang, card: cardKey(route) }, props: { model: cardModel(route, lang, of) } })));
}

export async function GET(context: APIContext) {
  const { model } = context.props as { model: CardModel };
  const png = await renderCard(model);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
