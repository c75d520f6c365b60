import { createHash } from 'node:crypto';
import { applyEdits, attributesOf, elementsOf, rawTextOf, type SourceAttribute, type SourceEdit } from './html-source';

/** The id of the search form (src/layouts/SearchLayout.astro): the one page kind that runs WebAssembly. */
export const SEARCH_FORM_ID = 'search-form';

/**
 * Narrows a built page's `<meta>` Content-Security-Policy to the page itself. Astro
 * writes into every page the hashes of every inline script and style of the whole site;
 * a page needs only those of its own inline `<script>` (executable ones: JSON-LD is data)
 * and `<style>` elements. Fewer hashes: a stricter policy and a lighter page. Only the
 * search pages (those with the search form) keep `'wasm-unsafe-eval'`, which Pagefind's
 * WebAssembly needs and no other page does. Every other directive and source is kept as it was.
 *
 * @example
 *   narrowCsp(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-A' 'sha256-B'"><script>x</script>`)
 *   → keeps 'self' and only the hash of "x"
 */
export function narrowCsp(html: string): string {
  const edit = narrowCspEdit(html, elementsOf(html));
  return edit ? applyEdits(html, [edit]) : html;
}

/**
 * `narrowCsp` as an edit of the page's source (none when the page has no CSP), given the
 * page parsed (`elementsOf`) and, optionally, its attributes (`attributesOf`), so that a
 * caller making other edits parses the page once.
 */
export function narrowCspEdit(html: string, elements: ReturnType<typeof elementsOf>, attributes: readonly SourceAttribute[] = attributesOf(html, elements)): SourceEdit | undefined {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const attr = (el: (typeof elements)[number], name: string) => el.attrs.find((a) => a.name === name)?.value;
  // Executable inline scripts only: an external script has no hash, JSON and JSON-LD are data.
  const scripts = new Set(
    elements
      .filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined && !/^application\/(ld\+)?json$/.test(attr(el, 'type') ?? ''))
      .map((el) => hash(rawTextOf(html, el))),
  );
  const wasm = elements.some((el) => attr(el, 'id') === SEARCH_FORM_ID);
  const styles = new Set(elements.filter((el) => el.tagName === 'style').map((el) => hash(rawTextOf(html, el))));
  const meta = attributes.find(
    (a) => a.name === 'content' && a.element.tagName === 'meta' && attr(a.element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (!meta) return undefined;
  // The policy as written: its quotes may be written as &#39;, and stay as written.
  const narrowed = meta.raw
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      const own = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
      if (!name || !own) return part.trim();
      const kept = sources.filter((s) => {
        const source = s.replace(/&#39;/g, "'");
        if (source === "'wasm-unsafe-eval'") return wasm;
        return !/^'sha(256|384|512)-/.test(source) || own.has(source);
      });
      return [name, ...kept].join(' ');
    })
    .filter(Boolean)
    .join(';');
  return { start: meta.start, end: meta.end, text: narrowed };
}
