import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Locale } from '../core/locales';
import type { Route } from '../i18n/paths';

/** Social cards are 1200×630, the size Open Graph and X/Twitter large cards expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface CardModel {
  /** The edition's name and tagline, top left. */
  site: string;
  tagline: string;
  /** The page's title, large. */
  title: string;
  /** The key figure, boxed (article and landing pages). */
  figure?: string | undefined;
  /** A line at the foot: the source credit. */
  footer: string;
}

/** The file name of a page's card: `/og/<lang>/<key>.png`. */
export function cardKey(route: Route): string {
  return route.page === 'article' ? route.story : route.page;
}

/** The root-relative path of a page's card. */
export function cardPath(route: Route, lang: Locale): string {
  return `/og/${lang}/${cardKey(route)}.png`;
}

const require = createRequire(import.meta.url);
/** Noto Sans (SIL Open Font License), from the @fontsource package: Latin and Cyrillic, for every language to come. */
function fonts() {
  const file = (subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  return (['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: 'Noto Sans', data: file(subset, weight), weight, style: 'normal' as const })),
  );
}
let loaded: ReturnType<typeof fonts> | undefined;

/** A node of the layout tree satori renders: an element type, its style and children. */
export type CardNode = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): CardNode => ({ type, props: { style, children } });

/** A title longer than this many characters is set smaller (52 px rather than 62), so that it fits the card. */
export const LONG_TITLE = 60;

/**
 * The card's layout as a satori tree: a blue stripe on the left; the site and tagline at
 * the top, the title (smaller when long) and the boxed figure in the middle, the
 * footer at the foot.
 */
export function cardTree(model: CardModel): CardNode {
  // Yoga sizes boxes content-box: padding and borders go on inner boxes, so that the
  // root is exactly the card's size.
  const content = el(
    'div',
    { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px' },
    [
      el('div', { display: 'flex', fontSize: 30, color: '#58554e' }, [el('span', { fontWeight: 700, color: '#1b1a18', marginRight: 18 }, model.site), el('span', {}, model.tagline)]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: model.title.length > LONG_TITLE ? 52 : 62, fontWeight: 700, lineHeight: 1.15 }, model.title),
        ...(model.figure
          ? [el('div', { display: 'flex', marginTop: 32, padding: '16px 28px', borderLeft: '10px solid #7a4a00', backgroundColor: '#f3ece0', fontSize: 44, fontWeight: 700 }, model.figure)]
          : []),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: '#58554e' }, model.footer),
    ],
  );
  return el('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: '#fdfcf8', color: '#1b1a18', fontFamily: 'Noto Sans' }, [
    el('div', { width: 24, height: CARD_HEIGHT, backgroundColor: '#1d4f86' }),
    content,
  ]);
}

/**
 * Renders a card to PNG: satori lays out the text as SVG with the bundled fonts, resvg
 * rasterises it. No clock, no network, same fonts: the same model gives the same bytes.
 */
export async function renderCard(model: CardModel): Promise<Uint8Array> {
  return new Resvg(await cardSvg(model), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The card as SVG (satori), before rasterising. */
export async function cardSvg(model: CardModel): Promise<string> {
  loaded ??= fonts();
  return satori(cardTree(model) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loaded });
}
