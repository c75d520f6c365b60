import { sidebarSchema } from '../context/schemas';
import { checkFold } from '../context/fold';
import { ContentError, ContentErrors } from '../core/errors';
import { LOCALES } from '../core/locales';
import type { MoneyData } from '../money/load';
import type { RenderMemo } from '../markdown/render-memo';
import type { SourceRegistry } from '../sources/sources';
import { articleSchema } from './article-schema';
import { checkAcrossLanguages } from './check/cross-language';
import { checkContext } from './check/context';
import { checkStringsFiles, loadTreeData } from './check/data';
import { firstStory, readDocument } from './check/document';
import { checkFilesEncoding } from './check/encoding';
import { checkFileTree } from './check/file-tree';
import { checkLinks, contentSiteTable } from './check/links';
import { renderAll } from './check/render';
import { attempter, filesUnder } from './check/tree';

/** Options for `checkContent`. */
export interface CheckOptions {
  /**
   * The languages whose UI strings (`src/lib/i18n/strings/<lang>.json` under the root)
   * must be complete; default `LOCALES`. Languages with an article folder are added.
   */
  locales?: readonly string[];
  /** Astro's `base`, as the build uses it; default `/`. */
  base?: string;
}

/** What the build needs from a content tree that passed the check. */
export interface CheckedContent {
  /** The source registry (content/sources/*.yaml). */
  sources: SourceRegistry;
  /** The money data (content/money/). */
  money: MoneyData;
  /** The check's renders of the articles and sidebars, for the build to take (`reusingRenders`). */
  renders: RenderMemo;
}

/**
 * Runs every content check the build runs over the tree under `root` (a folder with
 * `content/`, and `src/lib/i18n/strings/` for the UI strings), before anything renders; each
 * job is a module of `./check/`: the names and kinds of the files (`file-tree`), the bytes
 * and characters of every file (`encoding`), the UI strings and
 * the data files (`data`), every article's and sidebar's frontmatter (`document`), their
 * Markdown through the site's own processor (`render`), every story across languages
 * (`cross-language`), the sidebars and claims against the story (`context`), and every
 * internal link (`links`).
 *
 * All problems are collected; the first does not hide the others. A check that needs data
 * that failed (the money data for rendering, a story whose version did not render for the
 * cross-language check) is skipped rather than reporting consequences of a problem already
 * reported. Throws `ContentErrors` listing each problem with its file, place (`line:column`
 * or a field) and what is wrong; returns the data the Markdown pipeline needs. Reads files
 * under `root` and nothing else; the Markdown is rendered with the site's own plugins and
 * their compiled-in UI strings (`strings.ts`), while the strings files under `root` are what
 * the strings check reads.
 */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckedContent> {
  const dir = root.replace(/\/$/, '');
  const base = options.base ?? '/';
  const errors: ContentError[] = [];
  const attempt = attempter(dir, errors);

  // The files as the site will see them (no hidden files, no links), then their bytes: a BOM
  // or a Latin-1 file would otherwise show up as a puzzling parse error.
  errors.push(...checkFileTree(dir));
  errors.push(...checkFilesEncoding(dir, [...filesUnder(dir, 'content'), ...filesUnder(dir, 'src/lib/i18n/strings')]));

  const articleFiles = filesUnder(dir, 'content/articles').filter((f) => f.endsWith('.md'));
  const sidebarFiles = filesUnder(dir, 'content/sidebars').filter((f) => f.endsWith('.md'));
  const folderLanguages = articleFiles.map((f) => f.split('/')[2]!).filter((l) => /^[a-z]{2,3}$/.test(l));
  errors.push(...checkStringsFiles(dir, [...new Set([...(options.locales ?? LOCALES), ...folderLanguages])], attempt));
  const { sources, money, claims, timeline } = loadTreeData(dir, attempt);
  const renders: RenderMemo = new Map();

  const articles = articleFiles.map((file) => readDocument(dir, file, articleSchema, errors));
  const sidebars = sidebarFiles.map((file) => readDocument(dir, file, sidebarSchema, errors));
  for (const s of sidebars) errors.push(...checkFold(s.content, s.file));
  if (articleFiles.length === 0) errors.push(new ContentError('content/articles', 'folder', 'no article: the site is built around at least one story (content/articles/<lang>/<story>.md)'));

  if (sources && money) {
    await renderAll([...articles, ...sidebars], { sources, money, base }, errors, renders);
    const first = firstStory(articles);
    const { errors: storyErrors, story } = checkAcrossLanguages(articles, first);
    errors.push(...storyErrors);
    if (story) errors.push(...checkContext(story, sidebars, sources, claims));
    const site = contentSiteTable(base, articles, sidebars, { figures: money.figures.map((f) => f.id), claims, timeline }, filesUnder(dir, 'public'));
    errors.push(...checkLinks(articles, sidebars, site, first));
  }

  if (errors.length) throw new ContentErrors(errors);
  return { sources: sources!, money: money!, renders };
}
