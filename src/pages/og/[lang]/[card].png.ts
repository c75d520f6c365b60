/** The social card of every page, generated at build time (1200×630 PNG). */
import type { APIContext } from 'astro';
import { cardKey, renderCard } from '../../../lib/cards/card';
import { cardModel } from '../../../lib/edition/cards';
import { loadStories } from '../../../lib/edition/queries';
import { LOCALES, type Locale } from '../../../lib/core/locales';
import { SECTION_PAGES, type Route } from '../../../lib/i18n/paths';

export async function getStaticPaths() {
  const stories = await loadStories();
  const routes: Route[] = [{ page: 'home' }, ...stories.map((s) => ({ page: 'article' as const, story: s.story })), ...SECTION_PAGES.map((page) => ({ page }))];
  return LOCALES.flatMap((lang) => routes.map((route) => ({ params: { lang, card: cardKey(route) }, props: { lang, route } })));
}

export async function GET(context: APIContext) {
  const { lang, route } = context.props as { lang: Locale; route: Route };
  const png = await renderCard(await cardModel(route, lang));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
