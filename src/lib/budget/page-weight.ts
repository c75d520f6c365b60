import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The limits `npm test` enforces on every built page (see README, "Budgets"). */
export const BUDGETS = {
  /**
   * One TCP round trip (ten segments of 1,460 B): what an article page must deliver in it.
   * The Danish and English pages once fitted whole, with every note; with four languages'
   * alternates and the Russian and Kazakh text (two bytes a letter) no article does, so the
   * limit holds for what the reader needs first: the <head>, every render-blocking
   * stylesheet and the text of the first screen (`firstScreenGzip`, tests/e2e/first-screen.spec.ts).
   */
  articleCriticalGzip: 14_600,
  /**
   * Optional enhancement JavaScript per page, gzip: the inline start-up script and the one
   * script it loads after the first paint (src/scripts/boot.ts). 2,048 B until #17; loading
   * the page's script and the print stylesheet after the first paint costs the start-up
   * script ≈ 250 B, and takes every request but the page's own out of the first paint.
   */
  scriptGzip: 2_368,
  /** Of that, what runs before the first paint: the inline start-up script, gzip on its own. */
  startupGzip: 704,
  /** gzip of everything a page loads ÷ gzip of its visible text: the test fails above this. */
  overheadRatio: 4.0,
  /** …and this is what we aim for (npm run bench reports the distance). */
  overheadTarget: 2.5,
} as const;

/** One subresource a page loads on a first visit. */
export interface Resource {
  kind: 'stylesheet' | 'script' | 'icon' | 'image' | 'font';
  url: string;
  /** Whether it holds up the first paint (a stylesheet for all media or for screens). */
  blocking: boolean;
}

/** What a page weighs: bytes gzip by kind, and the ratio of everything loaded to its text. */
export interface PageWeight {
  page: string;
  requests: number;
  htmlBytes: number;
  htmlGzip: number;
  /** HTML plus render-blocking stylesheets, gzip. */
  criticalGzip: number;
  cssGzip: number;
  scriptGzip: number;
  /** The inline classic scripts (the start-up script), gzip: what runs before the first paint. */
  startupGzip: number;
  fontFiles: number;
  /** Everything the page loads, gzip. */
  loadedGzip: number;
  textGzip: number;
  overhead: number;
  domElements: number;
  resources: Resource[];
}

export const gzipSize = (data: string | Buffer): number => gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;

/**
 * Weighs one built page. `load(url)` returns the bytes of a URL the page references
 * (relative to the page), or undefined when the file is missing. Visible text is every
 * text node outside <head>, <script>, <style> and <template>, whitespace collapsed.
 */
export function weighPage(page: string, html: string, load: (url: string) => Buffer | undefined): PageWeight {
  // Scripting off: a <noscript> link (the print stylesheet without JavaScript) is read as one.
  const doc = parse(html, { scriptingEnabled: false });
  const resources: Resource[] = [];
  const inlineCss: string[] = [];
  /** Inline classic scripts, which run where they stand, before the first paint (the start-up script). */
  const inlineJs: string[] = [];
  /** Inline module scripts, which wait for the document (the search page's). */
  const deferredJs: string[] = [];
  let text = '';
  let elements = 0;
  /** The site's root relative to the page (<body data-root>), where the start-up script loads the page's script from. */
  let root = '';
  const visit = (node: Node, hidden: boolean) => {
    if ('tagName' in node) {
      const el = node as Element;
      elements++;
      const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
      const rel = attr('rel')?.split(/\s+/) ?? [];
      if (el.tagName === 'body') root = attr('data-root') ?? '';
      if (el.tagName === 'style') inlineCss.push(textOf(el));
      if (el.tagName === 'script' && !attr('src') && !/json/.test(attr('type') ?? '')) (attr('type') === 'module' ? deferredJs : inlineJs).push(textOf(el));
      if (el.tagName === 'script' && attr('src')) resources.push({ kind: 'script', url: attr('src')!, blocking: false });
      // The start-up script (src/scripts/boot.ts) loads the files in `data-load`, under the site's root, after the first paint.
      for (const file of (el.tagName === 'script' && attr('data-load')?.split(' ')) || []) {
        resources.push({ kind: file.endsWith('.css') ? 'stylesheet' : 'script', url: root + file, blocking: false });
      }
      if (el.tagName === 'link' && rel.includes('stylesheet')) {
        const media = attr('media') ?? 'all';
        resources.push({ kind: 'stylesheet', url: attr('href')!, blocking: !/^\s*print\s*$/i.test(media) });
      }
      if (el.tagName === 'link' && rel.includes('icon')) resources.push({ kind: 'icon', url: attr('href')!, blocking: false });
      if (el.tagName === 'link' && rel.includes('preload') && attr('as') === 'font') resources.push({ kind: 'font', url: attr('href')!, blocking: false });
      if (el.tagName === 'img' && attr('src')) resources.push({ kind: 'image', url: attr('src')!, blocking: false });
    }
    if (node.nodeName === '#text' && !hidden) text += (node as DefaultTreeAdapterMap['textNode']).value;
    const hide = hidden || ('tagName' in node && ['head', 'script', 'style', 'template'].includes((node as Element).tagName));
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, hide);
    if ('content' in node && node.content) visit(node.content as Node, hide);
  };
  visit(doc, false);
  // A file named twice (the print stylesheet: the start-up script's and the <noscript> link) loads once.
  resources.splice(0, resources.length, ...new Map(resources.map((r) => [r.url, r])).values());

  const sized = resources.map((r) => {
    const bytes = load(r.url);
    if (!bytes) throw new Error(`${page}: ${r.kind} ${r.url} is missing`);
    return { ...r, gzip: gzipSize(bytes), bytes };
  });
  const sum = (list: typeof sized) => list.reduce((n, r) => n + r.gzip, 0);
  const css = sized.filter((r) => r.kind === 'stylesheet');
  const fontFaces = [...inlineCss, ...css.map((r) => r.bytes.toString('utf8'))].join('').match(/@font-face/g)?.length ?? 0;
  const htmlGzip = gzipSize(html);
  const visible = text.replace(/\s+/g, ' ').trim();
  const loadedGzip = htmlGzip + sum(sized);
  const startupGzip = inlineJs.length ? gzipSize(inlineJs.join('')) : 0;
  return {
    page,
    requests: 1 + resources.length,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    criticalGzip: htmlGzip + sum(css.filter((r) => r.blocking)),
    cssGzip: (inlineCss.length ? gzipSize(inlineCss.join('')) : 0) + sum(css),
    scriptGzip: startupGzip + (deferredJs.length ? gzipSize(deferredJs.join('')) : 0) + sum(sized.filter((r) => r.kind === 'script')),
    startupGzip,
    fontFiles: sized.filter((r) => r.kind === 'font').length + fontFaces,
    loadedGzip,
    textGzip: gzipSize(visible),
    overhead: Number((loadedGzip / gzipSize(visible)).toFixed(2)),
    domElements: elements,
    resources,
  };
}

/**
 * Weighs a page of a built site: `file` is its path in `dist`; its subresources are read
 * from there (relative to the page, or to `dist` when root-relative, as on the 404 page).
 */
export function weighBuiltPage(dist: string, file: string): PageWeight {
  return weighPage(file, readFileSync(join(dist, file), 'utf8'), (url) => {
    const path = url.split(/[?#]/)[0]!;
    try {
      return readFileSync(path.startsWith('/') ? join(dist, path) : join(dist, dirname(file), path));
    } catch {
      return undefined;
    }
  });
}

function textOf(el: Element): string {
  return el.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}

/**
 * The bytes of the gzip stream a browser needs to render the first `chars` characters of
 * `html`: that prefix compressed as the server's stream compresses it and flushed (header,
 * deflate blocks, sync marker), so it can be decoded without the rest.
 */
export function gzipPrefixSize(html: string, chars: number): number {
  return gzipSync(Buffer.from(html.slice(0, chars)), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }).length;
}

/**
 * `text` as it may stand in HTML source between tags: escaped as hast-util-to-html writes
 * Markdown's text (`&`, `<`) or as Astro writes a template's (also `>`, `"`, `'`).
 */
function asHtmlText(text: string): string[] {
  const minimal = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const full = minimal.replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  return minimal === full ? [minimal] : [minimal, full];
}

/**
 * Where the first screen's text ends in the page's source: just after the `occurrence`-th
 * (0-based) text node in <body> whose text is `last`, the last text a browser shows above
 * the fold. Throws when the source does not have it (the page changed under the test).
 */
export function firstScreenEnd(html: string, last: string, occurrence: number): number {
  for (const escaped of asHtmlText(last)) {
    const needle = `>${escaped}<`;
    let at = html.indexOf('<body');
    for (let seen = -1; seen < occurrence && at >= 0; seen++) at = html.indexOf(needle, at + 1);
    if (at >= 0) return at + needle.length - 1;
  }
  throw new Error(`the text "${last}" (occurrence ${occurrence + 1}) is not a text node of the page's body`);
}
