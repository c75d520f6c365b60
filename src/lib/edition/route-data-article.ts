import type { Locale } from '../core/locales';
import { alternatesFor } from '../i18n/alternates';
import { absoluteUrl, pathFor, withBase } from '../i18n/paths';
import { strings } from '../i18n/strings';
import { composeBody } from '../context/compose';
import { articleExtras } from '../context/extras';
import { editionArticle } from '../context/jsonld';
import type { ArticleData } from './article-schema';
import { edition } from './edition';
import { layerControls, type LayerControls } from './layers';
import type { EditionData, RenderedVersion } from './queries';
import { pageFrame, type PageFrame, type SiteUrls } from './route-data';
import { versionsOf, type Story } from './stories';

/** One language version of an article page. */
export interface ArticleRouteData {
  frame: PageFrame;
  version: RenderedVersion;
  lang: Locale;
  /** Whether this version is a translation (not the original). */
  isTranslation: boolean;
  /** What is known of the original publication, and its language. */
  original: NonNullable<ArticleData['original']>;
  originalLang: Locale;
  /** On a translation: the original's page (with the base). */
  originalHref: string | undefined;
  /** On a translation: whether a native speaker has reviewed it. */
  reviewed: boolean | undefined;
  /** The sidebars and claims set beside the paragraphs, and the sources they cite. */
  /** The context page and the claims ledger in `lang` (with the base), linked from the paragraphs. */
  contextHref: string;
  ledgerHref: string;
  /**
   * The article's body as HTML: the version's rendered Markdown with each paragraph's
   * sidebars wrapped in and claims marked as a tree (`articleExtras`, `composeBody`);
   * trusted, rendered from our own Markdown, serialised once.
   */
  body: string;
  /** schema.org data of the page. */
  jsonLd: Record<string, unknown>;
  /** The annotation layers and readings the reader can choose. */
  controls: LayerControls;
}

/** Everything the article page of `version` (one language of `story`) shows. */
export function articleRouteData(data: EditionData, story: Story<RenderedVersion>, version: RenderedVersion, urls: SiteUrls): ArticleRouteData {
  const { site, base } = urls;
  const { lang } = version.data;
  const s = strings(lang);
  const route = { page: 'article', story: story.story } as const;
  const original = story.original.data.original!;
  const originalLang = story.original.data.lang;
  const isTranslation = version !== story.original;
  const alternates = alternatesFor(route, lang, versionsOf(story).map((v) => v.data.lang));
  const contextHref = withBase(pathFor({ page: 'context' }, lang), base);
  const ledgerHref = withBase(pathFor({ page: 'claims' }, lang), base);
  return {
    frame: pageFrame({ lang, route, title: version.data.title, description: version.data.description, alternates, story: data.story }, urls),
    version,
    lang,
    isTranslation,
    original,
    originalLang,
    originalHref: isTranslation ? withBase(pathFor(route, originalLang), base) : undefined,
    reviewed: version.data.translation?.reviewed,
    contextHref,
    ledgerHref,
    body: composeBody(
      version.entry.rendered?.html ?? '',
      articleExtras({ sidebars: data.context.sidebars, claims: data.context.claims, lang, registry: data.sources, contextHref, ledgerHref }),
    ),
    controls: layerControls(lang, {
      notes: version.annotations.notes,
      claims: data.context.claims.length,
      sidebars: data.context.sidebars.filter((sb) => sb.data.lang === lang).length,
    }),
    jsonLd: editionArticle({
      url: absoluteUrl(pathFor(route, lang), site, base),
      headline: version.data.title,
      description: version.data.description,
      lang,
      datePublished: edition.date,
      author: s['site.name'],
      original: { url: original.url, publisher: original.publisher, published: original.published },
      translationOf: isTranslation ? absoluteUrl(pathFor(route, originalLang), site, base) : undefined,
    }),
  };
}
