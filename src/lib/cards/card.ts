import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { BUILD_CACHE_ROOT } from '../core/build-cache';
import { writeFileAtomic } from '../core/files';
import type { Locale } from '../core/locales';
import type { Route } from '../i18n/paths';
import { rasterise } from './rasterise';

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

/** The Noto Sans subsets the cards bundle: Latin for da and en, Cyrillic for ru and kk. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

/**
 * The font family of each subset. Each subset is its own family, listed in `fontFamily` in
 * order: satori takes one font per family name and weight, so four subsets under the one name
 * "Noto Sans" left all but the Latin one unused, and every Cyrillic letter was drawn as a
 * box (the ru and kk cards, until this was caught by tests/unit/cards/glyphs.test.ts).
 */
const FAMILIES = SUBSETS.map((subset) => `Noto Sans ${subset}`);
/** The CSS `font-family` of the cards: every subset, Latin first. */
const FONT_FAMILY = FAMILIES.map((name) => `"${name}"`).join(', ');

/** Noto Sans (SIL Open Font License), from the @fontsource package: Latin and Cyrillic, for every language to come. */
function fonts() {
  const file = (subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  return SUBSETS.flatMap((subset, i) =>
    ([400, 700] as const).map((weight) => ({ name: FAMILIES[i]!, data: file(subset, weight), weight, style: 'normal' as const })),
  );
}
let loaded: ReturnType<typeof fonts> | undefined;

/** A node of the layout tree satori renders: an element type, its style and children. */
export type CardNode = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): CardNode => ({ type, props: { style, children } });

/**
 * A text as the card draws it. The bundled subsets have no narrow no-break space (U+202F),
 * which ICU puts into Russian and Kazakh dates ("2023 г.", depending on the ICU version of
 * the Node that builds): it is drawn as the no-break space U+00A0, which they have, so that
 * the line still does not break there and no box is drawn.
 */
export function drawable(text: string): string {
  return text.replaceAll('\u202F', '\u00A0');
}

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
      el('div', { display: 'flex', fontSize: 30, color: '#58554e' }, [el('span', { fontWeight: 700, color: '#1b1a18', marginRight: 18 }, drawable(model.site)), el('span', {}, drawable(model.tagline))]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: model.title.length > LONG_TITLE ? 52 : 62, fontWeight: 700, lineHeight: 1.15 }, drawable(model.title)),
        ...(model.figure
          ? [el('div', { display: 'flex', marginTop: 32, padding: '16px 28px', borderLeft: '10px solid #7a4a00', backgroundColor: '#f3ece0', fontSize: 44, fontWeight: 700 }, drawable(model.figure))]
          : []),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: '#58554e' }, drawable(model.footer)),
    ],
  );
  return el('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: '#fdfcf8', color: '#1b1a18', fontFamily: FONT_FAMILY }, [
    el('div', { width: 24, height: CARD_HEIGHT, backgroundColor: '#1d4f86' }),
    content,
  ]);
}

/**
 * Renders a card to PNG: satori lays out the text as SVG with the bundled fonts, resvg
 * rasterises it in a worker thread (`rasterise`). No clock, no network, same fonts: the same
 * model gives the same bytes.
 */
export async function renderCard(model: CardModel): Promise<Uint8Array> {
  return rasterise(await cardSvg(model), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
}

/** Where built cards are kept between builds (beside Astro's own cache). */
export const CARD_CACHE = join(BUILD_CACHE_ROOT, 'edition-cards');

/**
 * What a card's PNG depends on, as one hash: the card as laid out (`cardTree`: its text,
 * sizes, colours and font families, so a change of layout in this file changes the key too),
 * the bytes of every bundled font, and the versions of satori and resvg.
 */
export function cardCacheKey(model: CardModel): string {
  return createHash('sha256').update(renderer()).update(JSON.stringify(cardTree(model))).digest('hex');
}

let rendererDigest: string | undefined;

/** The fonts' bytes and the renderers' versions, hashed once per build (8 fonts, a few MB). */
function renderer(): string {
  if (rendererDigest) return rendererDigest;
  loaded ??= fonts();
  const hash = createHash('sha256');
  for (const font of loaded) hash.update(font.name).update(String(font.weight)).update(font.data);
  for (const pkg of ['satori', '@resvg/resvg-js']) hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  return (rendererDigest = hash.digest('hex'));
}

/**
 * `renderCard`, rendered only when its content changed: the PNG is kept in `dir` under
 * `cardCacheKey(model)` and read back while the key is the same (about 70 ms a card saved,
 * 2 s a build), written whole (`writeFileAtomic`), so two builds at once never read half
 * a card. The same key gives the same bytes as rendering afresh.
 */
export async function renderCardCached(model: CardModel, dir: string = CARD_CACHE): Promise<Uint8Array> {
  const file = join(dir, `${cardCacheKey(model)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not rendered yet with this content.
  }
  const png = await renderCard(model);
  writeFileAtomic(file, png);
  return png;
}

/**
 * The card as SVG (satori), before rasterising. Throws when a character of the card has no
 * glyph in the bundled fonts: satori would draw it as an empty box (tofu), and a card in
 * Kazakh with boxes for ә or ұ would go out to every share. The error names the characters
 * and their code points, so that the fix (a text change, or another font subset) is plain.
 */
export async function cardSvg(model: CardModel): Promise<string> {
  const { svg, missing } = await draw(cardTree(model), CARD_HEIGHT);
  if (missing.length) throw new Error(`card "${model.title}": no glyph in the bundled fonts for ${missing.map(describe).join(', ')}`);
  return svg;
}

/**
 * The characters of `text` that the bundled fonts have no glyph for, each once, in order
 * of first appearance (empty when all are covered). The text is laid out by satori itself,
 * once in each weight the cards use: satori asks `loadAdditionalAsset` for exactly the
 * graphemes none of its fonts maps to a glyph (its `engine.has`), so this is the renderer's
 * own judgement, not a guess at Unicode ranges. The text is taken as a card draws it
 * (`drawable`).
 */
export async function missingGlyphs(text: string): Promise<string[]> {
  const line = (fontWeight: number) => el('div', { display: 'flex', flexWrap: 'wrap', fontWeight }, drawable(text));
  const tree = el('div', { width: CARD_WIDTH, display: 'flex', flexDirection: 'column', fontFamily: FONT_FAMILY }, [line(400), line(700)]);
  return (await draw(tree)).missing;
}

/** A character and its code point, for messages: `"ә" (U+04D9)`. */
function describe(char: string): string {
  const hex = [...char].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return `"${char}" (${hex})`;
}

/** Lays `tree` out with satori and the bundled fonts; `missing` lists the characters no font has. */
async function draw(tree: CardNode, height?: number): Promise<{ svg: string; missing: string[] }> {
  loaded ??= fonts();
  const missing = new Set<string>();
  const svg = await satori(tree as never, {
    width: CARD_WIDTH,
    ...(height === undefined ? {} : { height }),
    fonts: loaded,
    // Called with the graphemes (joined per script) that no given font covers; returning no
    // font keeps the render offline and unchanged, and the characters are reported instead.
    loadAdditionalAsset: async (_language: string, segment: string) => {
      for (const char of segment) missing.add(char);
      return [];
    },
  });
  return { svg, missing: [...missing] };
}
