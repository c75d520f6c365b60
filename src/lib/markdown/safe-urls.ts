import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Which addresses the edition may write. Its readers can be at risk, so a link may leave
 * the site only by `https:`, `http:` or `mailto:`; everything else is the site's own
 * (relative or root-relative). The Content-Security-Policy would stop a `javascript:` link
 * from running, but not a `file:` link opened from the offline copy, nor `//host`, which
 * from an unpacked archive becomes `file://host/…` (a network share on Windows).
 *
 * The decision is made on the address as a browser reads its scheme, not as written:
 * character references are already decoded by the parser that produced the value (the
 * Markdown parser for content, the HTML parser for built pages); `unsafeUrl` then undoes
 * percent-encoding, drops ASCII whitespace and control characters, treats `\` as `/` (as
 * browsers do for http) and ignores case. So `JaVa&#x53;cript:`, `java%09script:` and
 * `/\evil.example` are all caught.
 */

/** The schemes an address may have. */
export const SAFE_SCHEMES: readonly string[] = ['https', 'http', 'mailto'];

/** `url` as the scheme check reads it (see the module comment). */
export function normalisedUrl(url: string): string {
  let text = url;
  // Decoded until stable, so `%2509` (an encoded `%09`) cannot hide a tab either.
  for (let i = 0; i < 5; i++) {
    const decoded = percentDecoded(text);
    if (decoded === text) break;
    text = decoded;
  }
  return text.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\\/g, '/').toLowerCase();
}

/**
 * What is wrong with `url` as an address the site writes, or undefined when it is an
 * http(s) or mailto address or the site's own.
 *
 * @example
 *   unsafeUrl('javascript:alert(1)') → 'the scheme "javascript:" is not allowed: …'
 *   unsafeUrl('//evil.example/x')    → '… write https://evil.example/x instead'
 *   unsafeUrl('/penge/')             → undefined
 */
export function unsafeUrl(url: string): string | undefined {
  const n = normalisedUrl(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(n)?.[1];
  if (scheme !== undefined && !SAFE_SCHEMES.includes(scheme)) {
    return `the scheme "${scheme}:" is not allowed: an address may only be https:, http:, mailto: or one of the site's own (write https://…, or a page such as /penge/)`;
  }
  if (n.startsWith('//')) {
    const rest = n.replace(/^\/+/, '');
    return `a protocol-relative address (//host) opens as file://host from the offline copy: write https://${rest || 'host/…'} instead`;
  }
  return undefined;
}

/** One address written on a page, and what is wrong with it. */
export interface UrlProblem {
  tag: string;
  attribute: string;
  url: string;
  problem: string;
}

/** hast property → the attribute it was, for the attributes that hold addresses. */
const URL_PROPERTIES: Record<string, string> = {
  href: 'href',
  src: 'src',
  action: 'action',
  formAction: 'formaction',
  srcSet: 'srcset',
  poster: 'poster',
  xLinkHref: 'xlink:href',
  data: 'data',
  cite: 'cite',
};

/** `<link rel>` values that make the browser fetch the address. */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon', 'mask-icon', 'dns-prefetch', 'preconnect']);

/**
 * Every unsafe address of a parsed page (`hast-util-from-html`): a scheme other than
 * https, http or mailto, or `//host`, in any attribute that holds an address; and any
 * address on another host that the browser would load by itself — a `src`, `srcset`,
 * `poster`, `data`, `<link>` that loads, or a form `action` — since no request may leave
 * the site. Links (`<a href>`, `<link rel=canonical|alternate>`) may point elsewhere.
 */
export function unsafeUrlsIn(tree: Root): UrlProblem[] {
  const problems: UrlProblem[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const [property, attribute] of Object.entries(URL_PROPERTIES)) {
      const value = node.properties[property];
      if (value === undefined || value === null || value === false) continue;
      const urls = attribute === 'srcset' ? srcsetUrls(value) : [String(value)];
      for (const url of urls) {
        const problem = unsafeUrl(url) ?? (loads(node, attribute) && /^(https?|mailto):/.test(normalisedUrl(url)) ? 'loads from another host: nothing may be fetched from outside the site' : undefined);
        if (problem) problems.push({ tag: node.tagName, attribute, url, problem });
      }
    }
  });
  return problems;
}

/** Whether the browser fetches (or sends to) the address in `attribute` of `node` without a click. */
function loads(node: Element, attribute: string): boolean {
  if (attribute === 'href') {
    if (node.tagName !== 'link') return false;
    const rel = node.properties.rel;
    const rels = (Array.isArray(rel) ? rel : String(rel ?? '').split(/\s+/)).map((r) => String(r).toLowerCase());
    return rels.some((r) => LOADING_RELS.has(r));
  }
  return attribute !== 'cite';
}

/** The addresses of a `srcset` (hast gives it as a list or a string): each entry's first word. */
function srcsetUrls(value: unknown): string[] {
  const entries = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return entries.map((e) => e.trim().split(/\s+/)[0] ?? '').filter((u) => u !== '');
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%`: decode the well-formed escapes one by one.
    return text.replace(/%[0-9a-f]{2}/gi, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
  }
}
