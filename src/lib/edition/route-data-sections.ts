import { formatPartialDate } from '../core/dates';
import { LOCALES, type Locale } from '../core/locales';
import { claimId } from '../core/page-ids';
import { textIn } from '../core/schema-parts';
import { alternatesFor } from '../i18n/alternates';
import { noteTypeLabel, sidebarKindLabel, timelineMarkLabel, verdictLabel } from '../i18n/labels';
import { absoluteUrl, pathFor, withBase, type SectionPage } from '../i18n/paths';
import { fill, strings } from '../i18n/strings';
import { isNoteType } from '../markdown/note-types';
import { moneyPageView, type MoneyPageView } from '../money/page';
import type { Source } from '../sources/sources';
import { inArticleOrder, sidebarsInOrder } from '../context/compose';
import { unfoldedSidebarHtml } from '../context/fold';
import { claimReview } from '../context/jsonld';
import type { Claim, SidebarData, Verdict } from '../context/schemas';
import { sortEvents } from '../context/timeline';
import { edition } from './edition';
import type { EditionData } from './queries';
import { pageFrame, sourcesOf, type PageFrame, type SiteUrls } from './route-data';
import { versionIn } from './stories';

/** The frame of a section page: its title and lead from the UI strings, every language. */
function sectionFrame(data: EditionData, lang: Locale, page: SectionPage, urls: SiteUrls, description?: string): PageFrame {
  const s = strings(lang);
  const route = { page } as const;
  return pageFrame({ lang, route, title: s[`${page}.title`], description: description ?? s[`${page}.lead`], alternates: alternatesFor(route, lang, LOCALES), story: data.story }, urls);
}

/** The article's page in `lang` (with the base) and the 1-based number of paragraph `key`. */
function paragraphLink(data: EditionData, lang: Locale, key: string, base: string): { href: string; number: number } {
  const article = withBase(pathFor({ page: 'article', story: data.story.story }, lang), base);
  return { href: `${article}#${key}`, number: data.story.original.annotations.paragraphKeys.indexOf(key) + 1 };
}

/** One claim with its verdict, as the ledger and the glance show it. */
export interface ClaimView {
  id: string;
  verdict: Verdict;
  /** The verdict's name (`VerdictMark`, which draws its symbol from `verdict`). */
  label: string;
  /** The claim's words in the page's language. */
  quote: string;
  /** `lang` of the quote where it differs from the original's language (a translation's words). */
  quoteLang: Locale | undefined;
}

function claimView(c: Claim, data: EditionData, lang: Locale): ClaimView {
  return {
    id: c.id,
    verdict: c.verdict,
    label: verdictLabel(lang, c.verdict),
    quote: textIn(c.quote, lang),
    quoteLang: data.story.original.data.lang === lang ? undefined : lang,
  };
}

/** A claim in the glance list (home and search pages): linked to its ledger entry. */
export interface GlanceItem extends ClaimView {
  href: string;
}

/** Every claim in paragraph order, each linked to its entry in the ledger of `lang`. */
export function claimsGlance(data: EditionData, lang: Locale, base: string): GlanceItem[] {
  const ledger = withBase(pathFor({ page: 'claims' }, lang), base);
  return inArticleOrder(data.context.claims, data.story.original.annotations.paragraphKeys).map((c) => ({ ...claimView(c, data, lang), href: `${ledger}#${claimId(c.id)}` }));
}

/** One entry of the claims ledger. */
export interface LedgerEntry extends ClaimView {
  explanation: string;
  sources: Source[];
  /** The claim's paragraph in the article, and its number. */
  paragraph: { href: string; number: number };
}

/** The claims ledger: every claim in paragraph order, and a ClaimReview for each. */
export interface ClaimsRouteData {
  frame: PageFrame;
  claims: LedgerEntry[];
  reviews: Record<string, unknown>[];
}

export function claimsRouteData(data: EditionData, lang: Locale, urls: SiteUrls): ClaimsRouteData {
  const s = strings(lang);
  const original = data.story.original.data.original!;
  const ordered = inArticleOrder(data.context.claims, data.story.original.annotations.paragraphKeys);
  const page = absoluteUrl(pathFor({ page: 'claims' }, lang), urls.site, urls.base);
  return {
    frame: sectionFrame(data, lang, 'claims', urls),
    claims: ordered.map((c) => ({
      ...claimView(c, data, lang),
      explanation: c.explanation[lang],
      sources: sourcesOf(data.sources, c.sources),
      paragraph: paragraphLink(data, lang, c.paragraph, urls.base),
    })),
    reviews: ordered.map((c) =>
      claimReview({
        url: `${page}#${claimId(c.id)}`,
        claim: textIn(c.quote, lang),
        verdict: c.verdict,
        verdictName: verdictLabel(lang, c.verdict),
        lang,
        datePublished: edition.date,
        author: s['site.name'],
        original: { url: original.url, publisher: original.publisher, published: original.published },
      }),
    ),
  };
}

/** One sidebar in full on the context page. */
export interface ContextEntry {
  id: string;
  kind: SidebarData['kind'];
  kindLabel: string;
  title: string;
  /** The rendered body, unfolded (trusted: rendered from our Markdown). */
  html: string;
  /** "As of <date>". */
  asOf: string;
  sources: Source[];
  /** The paragraph it sits beside in the article, and its number. */
  paragraph: { href: string; number: number };
}

/** The context page: the sidebars of `lang` in paragraph order. */
export interface ContextRouteData {
  frame: PageFrame;
  sidebars: ContextEntry[];
}

export function contextRouteData(data: EditionData, lang: Locale, urls: SiteUrls): ContextRouteData {
  const s = strings(lang);
  return {
    frame: sectionFrame(data, lang, 'context', urls),
    sidebars: sidebarsInOrder(data.context.sidebars, lang, data.story.original.annotations.paragraphKeys).map((sb) => ({
      id: sb.id,
      kind: sb.data.kind,
      kindLabel: sidebarKindLabel(lang, sb.data.kind),
      title: sb.data.title,
      html: unfoldedSidebarHtml(sb.html),
      asOf: fill(s['context.asOf'], { date: formatPartialDate(sb.data.asOf, lang) }),
      sources: sourcesOf(data.sources, sb.data.sources),
      paragraph: paragraphLink(data, lang, sb.data.paragraph, urls.base),
    })),
  };
}

/** One event of the timeline. */
export interface TimelineEntry {
  id: string;
  /** The date as written (a partial date is a valid `<time datetime>`), and as readers of `lang` write it. */
  date: string;
  dateText: string;
  mark: { name: string; label: string } | undefined;
  text: string;
  sources: Source[];
}

/** The timeline page: every event in date order. */
export interface TimelineRouteData {
  frame: PageFrame;
  events: TimelineEntry[];
}

export function timelineRouteData(data: EditionData, lang: Locale, urls: SiteUrls): TimelineRouteData {
  return {
    frame: sectionFrame(data, lang, 'timeline', urls),
    events: sortEvents(data.context.timeline).map((e) => ({
      id: e.id,
      date: e.date,
      dateText: formatPartialDate(e.date, lang),
      mark: e.mark && { name: e.mark, label: timelineMarkLabel(lang, e.mark) },
      text: e.text[lang],
      sources: sourcesOf(data.sources, e.sources),
    })),
  };
}

/** The money page: the glossary's view model and the sources behind its ids. */
export interface MoneyRouteData {
  frame: PageFrame;
  page: MoneyPageView;
  /** The sources behind ids of the view model, each once, for `Cite`. */
  cite: (ids: readonly string[]) => Source[];
}

export function moneyRouteData(data: EditionData, lang: Locale, urls: SiteUrls): MoneyRouteData {
  return {
    frame: sectionFrame(data, lang, 'money', urls, strings(lang)['money.description']),
    page: moneyPageView(data.money, lang),
    cite: (ids) => sourcesOf(data.sources, ids),
  };
}

/** Everything annotated in the edition, linked: the search page's index for readers without its script. */
export interface BrowseData {
  notes: { number: number; type: string; typeLabel: string; href: string; excerpt: string }[];
  sidebars: { href: string; title: string }[];
  figures: { href: string; label: string }[];
  claims: GlanceItem[];
}

/** A note type's name; the Markdown plugin has already refused any other type. */
function noteTypeName(lang: Locale, type: string): string {
  if (!isNoteType(type)) throw new Error(`unknown note type "${type}"`);
  return noteTypeLabel(lang, type);
}

/** The search page: its frame, the base its script loads the index from, and the browse index. */
export interface SearchRouteData {
  frame: PageFrame;
  browse: BrowseData;
}

export function searchRouteData(data: EditionData, lang: Locale, urls: SiteUrls): SearchRouteData {
  const { base } = urls;
  const version = versionIn(data.story, lang) ?? data.story.original;
  const article = withBase(pathFor({ page: 'article', story: data.story.story }, version.data.lang), base);
  const context = withBase(pathFor({ page: 'context' }, lang), base);
  const money = withBase(pathFor({ page: 'money' }, lang), base);
  return {
    frame: sectionFrame(data, lang, 'search', urls),
    browse: {
      notes: version.annotations.notes.map((n) => ({ number: n.number, type: n.type, typeLabel: noteTypeName(lang, n.type), href: `${article}#note-${n.id}`, excerpt: n.excerpt })),
      sidebars: sidebarsInOrder(data.context.sidebars, lang, data.story.original.annotations.paragraphKeys).map((sb) => ({ href: `${context}#${sb.id}`, title: sb.data.title })),
      figures: data.money.figures.map((f) => ({ href: `${money}#${f.id}`, label: f.label[lang] })),
      claims: claimsGlance(data, lang, base),
    },
  };
}
