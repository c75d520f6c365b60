import type { Locator, Page } from '@playwright/test';

/** An opaque sRGB colour, 0–255 per channel. */
export type Rgb = [number, number, number];

/** One element's colour pair as the reader sees it: both opaque, after compositing. */
export interface ColourPair {
  /** The element, for messages: tag, classes and the start of its text. */
  label: string;
  /** The computed value of the measured property (`color`, `stroke` or `fill`). */
  css: string;
  /** The foreground, composited over `bg` with its alpha, the property's opacity and the elements' opacity. */
  fg: Rgb;
  /** The effective background: every ancestor's background colour composited over the page's canvas. */
  bg: Rgb;
}

/** The CSS properties whose colour can be measured. */
export type ColourProperty = 'color' | 'stroke' | 'fill';

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Runs in the page: for each element, its `property` colour and the background behind
 * it, both resolved to opaque sRGB by painting them on a 1×1 canvas. Any CSS colour
 * syntax the browser computes (rgb(), rgba(), color(srgb …) from color-mix(), oklch(),
 * system colours) is handled, because the browser itself converts it. The background is
 * built the way the page is painted: the root's canvas colour (`Canvas` in the used
 * colour scheme when the root has none), then each ancestor's background colour from
 * the outside in, alpha-composited. A background image between the element and the
 * first opaque background makes the background unknowable here, so it throws.
 * Self-contained: Playwright sends its source to the page.
 */
function resolvePairs(elements: Element[], [property, onlyPainted, ownTextOnly]: [ColourProperty, boolean, boolean]): ColourPair[] {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const pixel = (): Rgb => {
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!];
  };
  const paint = (css: string, alpha = 1) => {
    // A colour the canvas cannot parse leaves fillStyle as it was: catch that rather than measure the sentinel.
    ctx.fillStyle = '#010203';
    ctx.fillStyle = css;
    if (ctx.fillStyle === '#010203' && css.trim().toLowerCase() !== '#010203') throw new Error(`cannot paint colour ${css}`);
    ctx.globalAlpha = alpha;
    ctx.fillRect(0, 0, 1, 1);
    ctx.globalAlpha = 1;
  };
  const canvasColour = (): string => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.documentElement.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  };
  const name = (el: Element) => {
    const cls = el.getAttribute('class');
    return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}> ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`.trim();
  };

  const painted = (el: Element) => {
    const style = getComputedStyle(el);
    const value = style.getPropertyValue(property);
    if (value === 'none' || style.visibility === 'hidden' || style.display === 'none') return false;
    if (property === 'stroke' && parseFloat(style.strokeWidth) === 0) return false;
    ctx.clearRect(0, 0, 1, 1);
    paint(value);
    return ctx.getImageData(0, 0, 1, 1).data[3] !== 0;
  };

  const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');

  return elements
    .filter((el) => (!onlyPainted || painted(el)) && (!ownTextOnly || hasOwnText(el)))
    .map((el) => {
      const chain: Element[] = [];
      for (let n: Element | null = el; n; n = n.parentElement) chain.push(n);
      // The backgrounds that show behind the element: from it outwards, up to the first opaque one.
      const layers: string[] = [];
      let opaque = false;
      for (const n of chain) {
        const style = getComputedStyle(n);
        if (style.backgroundImage !== 'none') throw new Error(`${name(el)}: a background image on ${name(n)} hides the background colour`);
        const bg = style.backgroundColor;
        ctx.clearRect(0, 0, 1, 1);
        paint(bg);
        const alpha = ctx.getImageData(0, 0, 1, 1).data[3]!;
        if (alpha === 0) continue;
        layers.push(bg);
        if (alpha === 255) {
          opaque = true;
          break;
        }
      }
      ctx.clearRect(0, 0, 1, 1);
      paint('#fff');
      if (!opaque) paint(canvasColour());
      for (const bg of layers.reverse()) paint(bg);
      const bg = pixel();

      const style = getComputedStyle(el);
      const css = style.getPropertyValue(property);
      if (!css || css === 'none' || css.startsWith('url(')) throw new Error(`${name(el)}: ${property} is ${css || 'unset'}, not a colour`);
      let alpha = property === 'color' ? 1 : Number(style.getPropertyValue(`${property}-opacity`) || 1);
      for (const n of chain) alpha *= Number(getComputedStyle(n).opacity);
      paint(css, alpha);
      return { label: name(el), css, fg: pixel(), bg };
    });
}

/**
 * The colour pairs of every element `locator` matches (see `resolvePairs`). With
 * `onlyPainted`, elements that do not paint the property (`stroke: none`, a zero stroke
 * width, a transparent colour, hidden) are left out instead of failing; with
 * `ownTextOnly`, elements without a text node of their own (whose text, if any, is
 * measured on the child that holds it).
 */
export async function colourPairs(
  locator: Locator,
  property: ColourProperty = 'color',
  { onlyPainted = false, ownTextOnly = false } = {},
): Promise<ColourPair[]> {
  return locator.evaluateAll(resolvePairs, [property, onlyPainted, ownTextOnly] as [ColourProperty, boolean, boolean]);
}

/** The contrast ratio of the first element `selector` matches: its text colour against its background. */
export async function contrast(page: Page, selector: string): Promise<number> {
  const [pair] = await colourPairs(page.locator(selector).first());
  if (!pair) throw new Error(`nothing matches ${selector}`);
  return contrastRatio(pair.fg, pair.bg);
}

/** `pairs` as `label: ratio` lines, for messages and reports. */
export function ratios(pairs: ColourPair[]): { label: string; css: string; ratio: number }[] {
  return pairs.map((p) => ({ label: p.label, css: p.css, ratio: Math.round(contrastRatio(p.fg, p.bg) * 100) / 100 }));
}
