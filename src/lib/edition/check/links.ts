import { isLocale, type Locale } from '../../core/locales';
import { ContentError } from '../../core/errors';
import { noteIds } from '../../core/page-ids';
import { pathFor } from '../../i18n/paths';
import type { CollectedLink } from '../../markdown/rehype-collect-links';
import { checkInternalLink, siteTable, type SiteTable } from '../internal-links';
import type { TreeData } from './data';
import { langOf, type Document } from './document';

/**
 * The pages and files of the site the checked tree will build (`siteTable`): articles,
 * sidebars, figures, claims, events, and the files of `public/` (`publicFiles`, relative
 * to the root). An article that did not render is still a page; only its fragments are
 * unknown, as are those of data that did not load.
 */
export function contentSiteTable(
  base: string,
  articles: readonly Document<unknown>[],
  sidebars: readonly Document<unknown>[],
  data: { figures?: readonly string[] | undefined; claims?: TreeData['claims'] | undefined; timeline?: TreeData['timeline'] | undefined },
  publicFiles: readonly string[],
): SiteTable {
  return siteTable({
    base,
    articles: articles.flatMap((a) => {
      const lang = langOf(a);
      if (!isLocale(lang)) return [];
      const found = a.rendered?.annotations;
      return [{ story: a.name, lang, ...(found ? { keys: found.paragraphKeys, notes: found.notes.map((n) => n.id) } : {}) }];
    }),
    sidebars: sidebars.flatMap((s) => (isLocale(langOf(s)) ? [{ id: s.name, lang: langOf(s) as Locale }] : [])),
    ...(data.figures ? { figures: data.figures } : {}),
    ...(data.claims ? { claims: data.claims.map((c) => c.id) } : {}),
    ...(data.timeline ? { events: data.timeline.map((e) => e.id) } : {}),
    publicFiles: publicFiles.map((f) => f.slice('public'.length)),
  });
}

/**
 * Every link written in an article or a sidebar that rendered, checked against the site's
 * pages. An article's links are read from its own page; a sidebar's from both pages it
 * appears on (beside its paragraph in the article of `story`, and on the context page), so
 * a bare `#fragment` in a sidebar must be one of its own notes.
 */
export function checkLinks(articles: readonly Document<unknown>[], sidebars: readonly Document<unknown>[], site: SiteTable, story: string | undefined): ContentError[] {
  const errors: ContentError[] = [];
  const report = (doc: Document<unknown>, link: CollectedLink, problem: string) =>
    errors.push(new ContentError(doc.file, link.line ? `${link.line}:${link.column}` : 'link', `link "${link.href}": ${problem}`));
  for (const a of articles) {
    const lang = langOf(a);
    if (!a.rendered || !isLocale(lang)) continue;
    const from = pathFor({ page: 'article', story: a.name }, lang);
    for (const link of a.rendered.links) {
      const problem = checkInternalLink(link.href, from, site);
      if (problem) report(a, link, problem);
    }
  }
  for (const s of sidebars) {
    const lang = langOf(s);
    if (!s.rendered || !isLocale(lang)) continue;
    const pages = [...(story ? [pathFor({ page: 'article', story }, lang)] : []), pathFor({ page: 'context' }, lang)];
    const own = new Set(s.rendered.annotations.notes.flatMap((n) => Object.values(noteIds(n.id)).map((id) => `#${id}`)));
    for (const link of s.rendered.links) {
      if (link.href.startsWith('#') && link.href !== '#') {
        if (!own.has(link.href)) {
          report(s, link, `a sidebar appears on two pages (${pages.join(' and ')}), so a bare fragment cannot point at one place: write the page too, e.g. ${pages[0]}${link.href}`);
        }
        continue;
      }
      const problems = new Set(pages.map((from) => checkInternalLink(link.href, from, site)).filter((p) => p !== undefined));
      for (const problem of problems) report(s, link, problem);
    }
  }
  return errors;
}
