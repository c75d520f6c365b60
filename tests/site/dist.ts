import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from '../../src/lib/portable/files';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The built site. Tests in tests/site/ run after `astro build`. */
export const DIST = join(process.cwd(), 'dist');

/** Every built HTML file, as paths relative to dist/ (e.g. `en/index.html`). */
export function htmlFiles(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` first');
  return htmlFilesIn(DIST);
}

/** A parsed page: its ids and every URL it references, with the element it is on. */
export interface Page {
  file: string;
  ids: Set<string>;
  refs: { tag: string; attr: string; url: string }[];
}

const URL_ATTRS: Record<string, string[]> = { a: ['href'], link: ['href'], script: ['src'], img: ['src', 'srcset'], source: ['src', 'srcset'], iframe: ['src'], form: ['action'] };

/** Parses a built page with parse5 (the HTML spec's parsing algorithm). */
export function readPage(file: string): Page {
  const doc = parse(readFileSync(join(DIST, file), 'utf8'));
  const ids = new Set<string>();
  const refs: Page['refs'] = [];
  const visit = (node: Node) => {
    if ('attrs' in node) {
      const el = node as Element;
      for (const { name, value } of el.attrs) {
        if (name === 'id') ids.add(value);
        if (URL_ATTRS[el.tagName]?.includes(name)) refs.push({ tag: el.tagName, attr: name, url: value });
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node && node.content) visit(node.content as Node);
  };
  visit(doc);
  return { file, ids, refs };
}

/**
 * Resolves an internal URL found on `fromFile` to a file in dist/ and a fragment.
 * Directory URLs resolve to their index.html. Returns undefined for external URLs.
 */
export function resolveInternal(fromFile: string, url: string): { file: string; fragment: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const base = new URL(`http://site.invalid/${fromFile}`);
  const target = new URL(url, base);
  let path = decodeURIComponent(target.pathname).replace(/^\//, '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return { file: path, fragment: decodeURIComponent(target.hash.slice(1)) };
}
