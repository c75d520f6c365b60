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
 * CSP hashes of inline scripts and styles stay valid.
 */

const ATTRS = ['href', 'src', 'action', 'srcset', 'poster', 'data-root'];
const ATTR = new RegExp(`(\\s(?:${ATTRS.join('|')})=)("[^"]*"|'[^']*')`, 'g');

/** The relative URL from the page at `fromFile` (a path in dist, e.g. `en/money/index.html`) to root-relative `url`. */
export function relativeUrl(fromFile: string, url: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!url.startsWith(root) || url.startsWith('//')) return url;
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url.slice(root.length))!;
  let path = match[1] ?? '';
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const depth = fromFile.split('/').length - 1;
  const up = '../'.repeat(depth);
  return `${up}${path}${match[2] ?? ''}${match[3] ?? ''}` || './';
}

/** Rewrites every root-relative URL in `html`, a page at `fromFile` in dist. */
export function relativizeHtml(html: string, fromFile: string, base = '/'): string {
  // Only the markup outside <script> and <style> elements is rewritten.
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|([^<]*<[^<]*)/g, (whole, raw: string | undefined) => {
    if (raw) return whole;
    return whole.replace(ATTR, (_m, name: string, quoted: string) => {
      const q = quoted[0]!;
      const value = quoted.slice(1, -1);
      const out = name.includes('data-root')
        ? relativeUrl(fromFile, value, base).replace(/index\.html$/, '') || './'
        : name.includes('srcset')
        ? value
            .split(',')
            .map((part) => part.trim().replace(/^\S+/, (u) => relativeUrl(fromFile, u, base)))
            .join(', ')
        : relativeUrl(fromFile, value, base);
      return `${name}${q}${out}${q}`;
    });
  });
}
