import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from '../../src/lib/core/files';
import { XMLParser } from 'fast-xml-parser';
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

/** The page every site leaves out of its sitemap on purpose; the checks still cover it. */
export const NOT_FOUND_PAGE = '404.html';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

function readDist(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`dist/${file} does not exist: run \`npm run build\` first`);
  return readFileSync(path, 'utf8');
}

/**
 * The sitemap as the build wrote it: the site's root URL (with its base) and every page
 * URL listed, in order. Starts at dist/sitemap-index.xml and reads each sitemap it names.
 * The root is read off the index itself (its sitemaps sit at the root), so it holds for
 * whatever SITE_URL the build used.
 */
export function sitemap(): { root: string; urls: string[] } {
  const index = [xml.parse(readDist('sitemap-index.xml')).sitemapindex?.sitemap ?? []].flat() as { loc: string }[];
  if (index.length === 0) throw new Error('dist/sitemap-index.xml names no sitemap');
  const roots = new Set(index.map((s) => s.loc.slice(0, s.loc.lastIndexOf('/') + 1)));
  if (roots.size !== 1) throw new Error(`dist/sitemap-index.xml names sitemaps under more than one root: ${[...roots].join(', ')}`);
  const root = [...roots][0]!;
  const urls = index.flatMap((s) => {
    const set = xml.parse(readDist(s.loc.slice(root.length))).urlset;
    return ([set?.url ?? []].flat() as { loc: string }[]).map((u) => u.loc);
  });
  return { root, urls };
}

/**
 * The dist/ file a sitemap URL is served from: the URL without the site's root, a
 * directory URL naming its index.html (`…/en/money/` → `en/money/index.html`).
 */
export function fileOfUrl(url: string, root: string): string {
  if (!url.startsWith(root)) throw new Error(`sitemap URL ${url} is not under the site's root ${root}`);
  const path = decodeURIComponent(new URL(url).pathname).slice(new URL(root).pathname.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The pages every site check runs on (html-validate, links and fragments, axe): each
 * URL of the build's sitemap as its dist/ file, plus the 404 page, which the sitemap
 * leaves out by design. tests/site/sitemap.test.ts checks that this is every HTML page
 * in dist/, in every language.
 */
export function checkedPages(): string[] {
  const { root, urls } = sitemap();
  const files = urls.map((u) => fileOfUrl(u, root));
  const missing = [...files, NOT_FOUND_PAGE].filter((f) => !existsSync(join(DIST, f)));
  if (missing.length) throw new Error(`the sitemap lists pages that are not in dist/: ${missing.join(', ')}`);
  return [...new Set([...files, NOT_FOUND_PAGE])];
}

/** A dist/ file as the URL path a server answers it on (`en/index.html` → `/en/`). */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
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
  const doc = parse(readFileSync(join(DIST, file), 'utf8'), { scriptingEnabled: false });
  const ids = new Set<string>();
  const refs: Page['refs'] = [];
  let root = '';
  const visit = (node: Node) => {
    if ('attrs' in node) {
      const el = node as Element;
      for (const { name, value } of el.attrs) {
        if (name === 'id') ids.add(value);
        if (URL_ATTRS[el.tagName]?.includes(name)) refs.push({ tag: el.tagName, attr: name, url: value });
        if (el.tagName === 'body' && name === 'data-root') root = value;
        // The files the start-up script loads (src/scripts/boot.ts): under the site's root.
        if (el.tagName === 'script' && name === 'data-load') for (const file of value.split(' ')) refs.push({ tag: 'script', attr: name, url: root + file });
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
