/**
 * Makes a built page work at any address — a domain's root, any sub-path, or opened
 * from the file system — by turning root-relative URLs into relative ones that name
 * files explicitly (`/penge/#x` on `en/money/index.html` → `../../penge/index.html#x`).
 * Astro has no relative-URL output; this runs on the HTML after the build.
 *
 * Rewritten: `href`, `src`, `action`, `srcset`, `poster` and `data-root` attributes whose
 * value starts with the site's `base` (`/` by default). Left alone: absolute URLs
 * (canonical, Open Graph, hreflang and external links keep `https://…`), fragments
 * (`#x`), `mailto:` and the like. Script and style contents are never touched, so the
 * CSP hashes of inline scripts and styles stay valid; a script's `src` is rewritten.
 */

import { applyEdits, attributesOf, type SourceAttribute, type SourceEdit } from './html-source';

const ATTRS = new Set(['href', 'src', 'action', 'srcset', 'poster', 'data-root']);

/**
 * The relative URL from the page at `fromFile` (a path in dist, e.g. `en/money/index.html`)
 * to root-relative `url`: up only as far as the two share folders
 * (`/en/claims/` from `en/money/index.html` → `../claims/index.html`).
 */
export function relativeUrl(fromFile: string, url: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!url.startsWith(root) || url.startsWith('//')) return url;
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url.slice(root.length))!;
  let path = match[1] ?? '';
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const from = fromFile.split('/').slice(0, -1);
  const to = path.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  const up = '../'.repeat(from.length - shared);
  return `${up}${to.slice(shared).join('/')}${match[2] ?? ''}${match[3] ?? ''}` || './';
}

/** Rewrites every root-relative URL in `html`, a page at `fromFile` in dist. */
export function relativizeHtml(html: string, fromFile: string, base = '/'): string {
  return applyEdits(html, relativeLinkEdits(html, fromFile, base));
}

/**
 * `relativizeHtml` as edits of the page's source; pass `attributes` when the page is parsed
 * already (`attributesOf(html)`), to parse it once.
 */
export function relativeLinkEdits(html: string, fromFile: string, base = '/', attributes: readonly SourceAttribute[] = attributesOf(html)): SourceEdit[] {
  const rewrite = (name: string, value: string) =>
    name === 'data-root'
      ? relativeUrl(fromFile, value, base).replace(/index\.html$/, '') || './'
      : name === 'srcset'
      ? value
          .split(',')
          .map((part) => part.trim().replace(/^\S+/, (u) => relativeUrl(fromFile, u, base)))
          .join(', ')
      : relativeUrl(fromFile, value, base);
  // The attributes as the parser found them: the contents of <script> and <style> are text,
  // never attributes, so they are never rewritten; their start tags are (a script's `src`).
  return attributes
    .filter((a) => ATTRS.has(a.name))
    .map((a) => ({ start: a.start, end: a.end, text: rewrite(a.name, a.raw) }))
    .filter((e) => e.text !== html.slice(e.start, e.end));
}
