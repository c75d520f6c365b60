import remarkGfm from 'remark-gfm';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { SourceRegistry } from '../sources/sources';
import { fill, strings, type StringKey } from '../i18n/strings';
import { isLocale } from '../core/locales';
import { rehypeExternalLinks } from './rehype-external-links';
import { remarkCitations } from './remark-citations';
import { remarkMoney } from './remark-money';
import type { Figure } from '../money/data';
import { figureNote } from '../money/figure-note';
import { figureReport } from '../money/glossary';
import type { MoneyData } from '../money/load';
import { pathFor, withBase } from '../i18n/paths';
import { remarkNoRawHtml } from './remark-no-raw-html';
import { remarkNoImages } from './remark-no-images';
import { remarkSidebarBlocks } from './remark-sidebar-blocks';
import { noteHandlers } from './note-nodes';
import { paragraphHandlers } from './paragraph-nodes';
import { remarkNotes, type NoteStrings } from './remark-notes';
import { remarkParagraphKeys } from './remark-paragraph-keys';
import type { Locale } from '../core/locales';

/** What the Markdown pipeline needs from the content. */
export interface PipelineData {
  /** The source registry from `content/sources/*.yaml`. */
  sources: SourceRegistry;
  /** The money figures and rates (content/money/). */
  money: MoneyData;
  /** Astro's `base`, for links to the glossary. */
  base: string;
}

/**
 * The one ordered list of remark plugins, used by `astro-config.ts` and by the tests, so
 * the tests run exactly what the site runs. Order matters: what content may not hold is
 * refused first (raw HTML, images, a sidebar's blocks); then keys (notes record the
 * paragraph they sit in), citations before notes (notes render the cited sources).
 */
export function remarkPlugins(data: PipelineData): RemarkPlugins {
  return [
    remarkGfm,
    remarkNoRawHtml,
    remarkNoImages,
    [remarkSidebarBlocks, { applies: isSidebarPath }],
    [
      remarkParagraphKeys,
      {
        required: isArticlePath,
        classLabel: (className: string, lang: string) =>
          className === 'caption' && isLocale(lang) ? strings(lang)['para.caption'] : undefined,
        linkLabel: (position: number, lang: string) =>
          isLocale(lang) ? fill(strings(lang)['share.paragraphLink'], { n: String(position) }) : undefined,
      },
    ],
    [
      remarkMoney,
      {
        figures: () => data.money.figures,
        glossaryHref: (lang: Locale) => withBase(pathFor({ page: 'money' }, lang), data.base),
        note: (figure: Figure, lang: Locale, href: string) => figureNote(figureReport(figure, data.money.rates, data.money.wages), lang, href),
      },
    ],
    [remarkCitations, { sources: data.sources }],
    [remarkNotes, { sources: data.sources, strings: noteStrings }],
  ];
}

/** The rehype plugins, in order. */
export function rehypePlugins(_data: PipelineData): RehypePlugins {
  return [rehypeExternalLinks];
}

/**
 * Astro's unified Markdown processor with our plugin lists, as `astro-config.ts` sets it
 * (`markdown.processor`); the content check (`checkContent`) and the tests render with
 * the same one. `observe` appends read-only rehype plugins after ours (the content check
 * collects links with one); they must not change the tree. remark-rehype renders the
 * plugins' own Markdown nodes with their handlers (paragraph-nodes.ts, note-nodes.ts).
 */
export function markdownProcessor(data: PipelineData, observe: RehypePlugins = []) {
  return unified({
    // `unified()` would register remark-gfm itself; our list carries it so tests match.
    gfm: false,
    // The original is reproduced exactly: no typographic quote or dash rewriting.
    smartypants: false,
    remarkPlugins: remarkPlugins(data),
    remarkRehype: { handlers: { ...paragraphHandlers, ...noteHandlers } },
    rehypePlugins: [...rehypePlugins(data), ...observe],
  });
}

/** Note words for `lang`, from the UI strings. */
export function noteStrings(lang: Locale): NoteStrings {
  const s = strings(lang);
  const k = (key: StringKey) => s[key];
  return {
    types: {
      correction: k('notes.type.correction'),
      context: k('notes.type.context'),
      translation: k('notes.type.translation'),
      figure: k('notes.type.figure'),
    },
    ref: k('notes.ref'),
    back: k('notes.back'),
    source: k('notes.source'),
    sources: k('notes.sources'),
    link: k('share.noteLink'),
  };
}

/**
 * Whether a Markdown file is an article version, whose paragraphs must all be keyed:
 * any file in a folder named `articles` (`content/articles/…`, and the test fixtures
 * under `tests/fixtures/articles/…`), or one rendered without a path.
 */
export function isArticlePath(path: string): boolean {
  return path === '' || /(^|[\\/])articles[\\/]/.test(path);
}

/** Whether a Markdown file is a sidebar version: any file in a folder named `sidebars`. */
export function isSidebarPath(path: string): boolean {
  return /(^|[\\/])sidebars[\\/]/.test(path);
}
