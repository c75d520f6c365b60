/** The social card of every page, generated at build time (1200×630 PNG), kept between builds while its content is the same. */
import type { APIContext } from 'astro';
import { renderCard, renderCardCached, type CardModel } from '../../../lib/cards/card';
import { buildCacheEnabled } from '../../../lib/core/build-cache';
import { cardPages } from '../../../lib/edition/cards';
import { loadEdition } from '../../../lib/edition/queries';

export async function getStaticPaths() {
  const { stories, story } = await loadEdition();
  return cardPages(stories, story).map(({ lang, key, model }) => ({ params: { lang, card: key }, props: { model } }));
}

export async function GET(context: APIContext) {
  const { model } = context.props as { model: CardModel };
  // Rendered again only when the card's content changed (a cache keyed by it), unless the
  // build's caches are off (EDITION_CACHE=off).
  const png = buildCacheEnabled() ? await renderCardCached(model) : await renderCard(model);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
