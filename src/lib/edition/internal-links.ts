import { LOCALES, type Locale } from '../core/locales';
import { claimId, fixedIds, noteIds, PAGE_IDS, sidebarIds, titleId } from '../core/page-ids';
import { localePrefix, pathFor, SECTION_PAGES, withBase, type Route } from '../i18n/paths';
import { PACKAGE_PATH } from '../portable/package';
import { cardPath } from '../cards/card';
import { unsafeUrl } from '../markdown/safe-urls';

/**
 * Internal links written in content, checked before the build against the site's route
 * table (`src/lib/i18n/paths.ts`): the page must exist, and a `#fragment` must name
 * something the data puts on that page — a paragraph key or a note on an article page,
 * a figure on the money page, a sidebar, a claim, an event. Conservative by design: a
 * page whose ids do not all come from content (the home and search pages) has its
 * fragments left unchecked. The built site's own link test (tests/site/links.test.ts)
 * checks every fragment afterwards; this check names the Markdown line before anything
 * is built.
 *
 * Content links are written root-relative (`/penge/`) or leave the site by https, http or
 * mailto (`unsafeUrl`): the post-build rewrite (portable/relative-links.ts) turns
 * root-relative links into ones that name their file, so they work from disk; a relative
 * `../penge/` would be left as it is and open a folder listing from the offline copy.
 * The build's generated folders are not link targets, except the social cards, whose
 * names are known (`cardPath`).
 */

/** A page as links see it. */
export interface LinkTarget {
  /** Root-relative path, e.g. `/penge/`. */
  path: string;
  /** The ids known to be on the page and what they are, or undefined: fragments unchecked. */
  fragments?: { ids: ReadonlySet<string>; what: string };
}

/** Every page and file a content link may point at. */
export interface SiteTable {
  /** Astro's `base`. */
  base: string;
  /** Pages by root-relative path (without base). */
  pages: ReadonlyMap<string, LinkTarget>;
  /** Files that are not pages, root-relative: public/ and what the build writes. */
  files: ReadonlySet<string>;
}

/** What the content puts on the site: the input of `siteTable`. */
export interface SiteContent {
  base: string;
  /** The languages the site is built in (default LOCALES). */
  locales?: readonly Locale[];
  /**
   * Each article version: its story, language, and — when it rendered — its paragraph
   * keys and note ids (without them, its fragments are not checked).
   */
  articles: readonly { story: string; lang: Locale; keys?: readonly string[]; notes?: readonly string[] }[];
  /** Each sidebar version. */
  sidebars: readonly { id: string; lang: Locale }[];
  /** Figure ids (money glossary entries); undefined when the money data did not load. */
  figures?: readonly string[];
  /** Claim ids; undefined when the claims did not load. */
  claims?: readonly string[];
  /** Timeline event ids; undefined when the timeline did not load. */
  events?: readonly string[];
  /** Root-relative paths of the files in public/. */
  publicFiles?: readonly string[];
}

/** Folders the build fills with files whose names content cannot know (hashed, or the search index's). */
const GENERATED_DIRS = ['/pagefind/', '/_astro/'];

/** The pages and files of the site that `content` describes. */
export function siteTable(content: SiteContent): SiteTable {
  const locales = content.locales ?? LOCALES;
  const pages = new Map<string, LinkTarget>();
  const cards: string[] = [];
  const add = (route: Route, lang: Locale, ids?: Iterable<string>, what = '') => {
    const path = pathFor(route, lang);
    cards.push(cardPath(route, lang));
    pages.set(path, { path, ...(ids ? { fragments: { ids: new Set([...Object.values(PAGE_IDS.all), ...ids]), what } } : {}) });
  };
  const sectionIds: Record<(typeof SECTION_PAGES)[number], (lang: Locale) => { ids?: string[]; what: string }> = {
    money: () => ({ ...(content.figures ? { ids: [...content.figures.flatMap((id) => [id, titleId(id)]), ...fixedIds('money')] } : {}), what: 'glossary figure' }),
    context: (lang) => ({ ids: content.sidebars.filter((s) => s.lang === lang).flatMap((s) => [s.id, titleId(s.id)]), what: 'sidebar' }),
    claims: () => ({ ...(content.claims ? { ids: content.claims.map(claimId) } : {}), what: 'claim' }),
    timeline: () => ({ ...(content.events ? { ids: [...content.events] } : {}), what: 'event' }),
    search: () => ({ what: '' }),
  };
  for (const lang of locales) {
    add({ page: 'home' }, lang);
    for (const section of SECTION_PAGES) {
      const { ids, what } = sectionIds[section](lang);
      add({ page: section }, lang, ids, what);
    }
  }
  for (const a of content.articles) {
    if (!locales.includes(a.lang)) continue;
    if (!a.keys || !a.notes) {
      add({ page: 'article', story: a.story }, a.lang);
      continue;
    }
    const ids = [
      ...fixedIds('article'),
      ...a.keys,
      ...a.notes.flatMap((n) => Object.values(noteIds(n))),
      ...content.sidebars.filter((s) => s.lang === a.lang).flatMap((s) => Object.values(sidebarIds(s.id))),
    ];
    add({ page: 'article', story: a.story }, a.lang, ids, 'paragraph key or note');
  }
  const files = new Set([
    ...locales.map((lang) => `${localePrefix(lang)}/feed.xml`),
    '/robots.txt',
    '/sitemap-index.xml',
    '/sitemap-0.xml',
    '/404.html',
    PACKAGE_PATH,
    ...cards,
    ...(content.publicFiles ?? []),
  ]);
  return { base: content.base, pages, files };
}

/** Whether `href` leaves the site (has a scheme such as `https:` or `mailto:`, or is `//host/…`); `unsafeUrl` decides which may. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * Checks a link written on the page at `from` (root-relative, e.g. `/skulder-ved-skulder/`).
 * Returns what is wrong, or undefined for a link that resolves or safely leaves the site.
 *
 * @example
 *   checkInternalLink('/penge/#no-such', '/skulder-ved-skulder/', site)
 *   → '/penge/ has no glossary figure "no-such"'
 *   checkInternalLink('../penge/', '/skulder-ved-skulder/', site)
 *   → 'a relative link … write /penge/ instead'
 */
export function checkInternalLink(href: string, from: string, site: SiteTable): string | undefined {
  if (href.trim() === '') return 'the link has no address';
  const unsafe = unsafeUrl(href);
  if (unsafe) return unsafe;
  if (isExternal(href)) return undefined;
  const hash = href.indexOf('#');
  if (hash >= 0 && hash === href.length - 1) return 'an empty fragment (#) leads nowhere: name the paragraph key or note after the #, or remove the link';
  const fragment = hash < 0 ? '' : decode(href.slice(hash + 1));
  const address = (hash < 0 ? href : href.slice(0, hash)).replace(/\?.*$/, '');
  let path = from;
  if (href.split('#')[0] !== '') {
    const root = withBase('/', site.base);
    const resolved = decode(new URL(address, `http://site.invalid${withBase(from, site.base)}`).pathname);
    if (!href.startsWith('/')) {
      const written = `${resolved}${hash < 0 ? '' : href.slice(hash)}`;
      return `a relative link is not rewritten for the offline copy (it would open a folder there): write ${written} instead`;
    }
    if (!resolved.startsWith(root)) return `${resolved} is outside the site (its base is ${root})`;
    path = `/${resolved.slice(root.length)}`.replace(/\/index\.html$/, '/');
  }
  const page = site.pages.get(path);
  if (!page) {
    const generated = GENERATED_DIRS.find((d) => path.startsWith(d));
    if (generated) return `${generated} holds files the build generates: content may not link into it`;
    const last = path.split('/').at(-1) ?? '';
    if (last.includes('.')) {
      return site.files.has(path) ? undefined : `no file ${path} on the site`;
    }
    if (site.pages.has(`${path}/`)) return `write ${path}/: page links end in "/" (without it the link breaks when the site is opened from disk)`;
    return `no page ${path} on the site`;
  }
  if (fragment === '' || !page.fragments) return undefined;
  return page.fragments.ids.has(fragment) ? undefined : `${page.path} has no ${page.fragments.what} "${fragment}"`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
