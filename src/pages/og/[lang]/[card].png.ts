/** The social card of every page, generated at build time (1200×630 PNG). */
import type { APIContext } from 'astro';
import { renderCard, type CardModel } from '../../../lib/cards/card';
import { cardPages } from '../../../lib/edition/cards';
import { loadEdition } from '../../../lib/edition/queries';

export async function getStaticPaths() {
  const { stories, story } = await loadEdition();
  return cardPages(stories, story).map(({ lang, key, model }) => ({ params: { lang, card: key }, props: { model } }));
}

export async function GET(context: APIContext) {
  const { model } = context.props as { model: CardModel };
  const png = await renderCard(model);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
