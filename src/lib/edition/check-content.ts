import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { checkClaims, checkSidebars, paragraphTexts, type SidebarEntry } from '../context/check';
import { CONTEXT_FILES, parseClaims, parseTimeline } from '../context/load';
import { checkFold } from '../context/fold';
import { sidebarSchema, type Claim } from '../context/schemas';
import { isLocale, LOCALES, type Locale } from '../core/locales';
import { pathFor } from '../i18n/paths';
import { checkStrings, stringsFile } from '../i18n/strings';
import { markdownProcessor } from '../markdown/plugins';
import { rehypeCollectLinks, type CollectedLink } from '../markdown/rehype-collect-links';
import type { Annotations } from '../markdown/annotations';
import { loadMoney, type MoneyData } from '../money/load';
import { filesIn } from '../core/files';
import { articleSchema, type ArticleData } from './article-schema';
import { parseEdition } from './edition';
import { checkEncoding } from './encoding';
import { ContentError, ContentErrors } from '../core/errors';
import { checkInternalLink, siteTable, type SiteTable } from './internal-links';
import { loadSourceRegistry } from '../sources/load';
import type { SourceRegistry } from '../sources/sources';
import { buildStories, splitEntryId, type Version } from './stories';
import { loadUpdates } from './updates';

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
}

/** Files that are not text; the encoding check skips them. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|pdf|zip|woff2?)$/i;

/**
 * Runs every content check the build runs, over the tree under `root` (a folder with
 * `content/`, and `src/lib/i18n/strings/` for the UI strings), before anything renders:
 *
 * - every file under content/ (and the UI strings) is UTF-8 without a byte-order mark;
 * - the UI strings of every language are complete;
 * - the edition, the changelog, the source registry, the money data (rates and their
 *   sources, figures, wages, and the rates the computations need), the claims and the
 *   timeline parse and validate;
 * - every article and sidebar: its frontmatter against the collection's Zod schema, its
 *   Markdown through the site's own processor and plugin list (`markdownProcessor`);
 * - every story across languages (`buildStories`), the sidebars and the claims against
 *   the article (as `loadContextData` does), and every internal link in the Markdown
 *   (`checkInternalLink`).
 *
 * All problems are collected; the first does not hide the others. A check that needs
 * data that failed to load (the money data for rendering, a story whose version did not
 * render for the cross-language check) is skipped rather than reporting consequences of
 * a problem already reported. Throws `ContentErrors` listing each problem with its file,
 * place (`line:column` or a field) and what is wrong; returns the data the Markdown
 * pipeline needs. Reads files under `root` and nothing else; the Markdown is rendered
 * with the site's own plugins and their compiled-in UI strings (`strings.ts`), while the
 * strings files under `root` are what the strings check reads.
 */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckedContent> {
  const dir = root.replace(/\/$/, '');
  const base = options.base ?? '/';
  const errors: ContentError[] = [];
  const attempt = <T>(file: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      errors.push(...asContentErrors(e, file, dir));
      return undefined;
    }
  };
  const read = (file: string) => readFileSync(`${dir}/${file}`, 'utf8');

  // Bytes first: a BOM or a Latin-1 file would otherwise show up as a puzzling parse error.
  const textFiles = [...filesUnder(dir, 'content'), ...filesUnder(dir, 'src/lib/i18n/strings')].filter((f) => !BINARY.test(f));
  for (const file of textFiles) {
    const problem = checkEncoding(readFileSync(`${dir}/${file}`), file);
    if (problem) errors.push(problem);
  }

  const articleFiles = filesUnder(dir, 'content/articles').filter((f) => f.endsWith('.md'));
  const sidebarFiles = filesUnder(dir, 'content/sidebars').filter((f) => f.endsWith('.md'));
  const folderLanguages = articleFiles.map((f) => f.split('/')[2]!).filter((l) => /^[a-z]{2,3}$/.test(l));
  const languages = [...new Set([...(options.locales ?? LOCALES), ...folderLanguages])];
  const strings: Record<string, Record<string, unknown> | undefined> = {};
  for (const lang of languages) {
    const file = stringsFile(lang);
    if (existsSync(`${dir}/${file}`)) strings[lang] = attempt(file, () => parseJson(read(file), file) as Record<string, unknown>);
  }
  if (languages.every((l) => !existsSync(`${dir}/${stringsFile(l)}`) || strings[l])) errors.push(...checkStrings(strings, languages));

  attempt('content/edition.json', () => parseEdition(parseJson(read('content/edition.json'), 'content/edition.json')));
  attempt('content/updates.yaml', () => loadUpdates(dir));
  const sources = attempt('content/sources', () => loadSourceRegistry(dir));
  const money = sources && attempt('content/money', () => loadMoney(dir, sources));
  const claims = sources && attempt(CONTEXT_FILES.claims, () => parseClaims(read(CONTEXT_FILES.claims), CONTEXT_FILES.claims, sources));
  const timeline = sources && attempt(CONTEXT_FILES.timeline, () => parseTimeline(read(CONTEXT_FILES.timeline), CONTEXT_FILES.timeline, sources));

  const articles = articleFiles.map((file) => readDocument(dir, file, articleSchema, errors));
  const sidebars = sidebarFiles.map((file) => readDocument(dir, file, sidebarSchema, errors));
  for (const s of sidebars) errors.push(...checkFold(s.content, s.file));
  if (articleFiles.length === 0) errors.push(new ContentError('content/articles', 'folder', 'no article: the site is built around at least one story (content/articles/<lang>/<story>.md)'));

  if (sources && money) {
    await renderAll([...articles, ...sidebars], { sources, money, base }, errors);
    const site = siteTable({
      base,
      // An article that did not render is still a page; only its fragments are unknown.
      articles: articles.flatMap((a) => {
        const lang = langOf(a);
        if (!isLocale(lang)) return [];
        const found = a.rendered?.annotations;
        return [{ story: a.name, lang, ...(found ? { keys: found.paragraphKeys, notes: found.notes.map((n) => n.id), sources: found.notes.flatMap((n) => n.sources) } : {}) }];
      }),
      sidebars: sidebars.flatMap((s) => (isLocale(langOf(s)) ? [{ id: s.name, lang: langOf(s) as Locale }] : [])),
      figures: money.figures.map((f) => f.id),
      ...(claims ? { claims: claims.map((c) => c.id) } : {}),
      ...(timeline ? { events: timeline.map((e) => e.id) } : {}),
      publicFiles: filesUnder(dir, 'public').map((f) => f.slice('public'.length)),
    });
    checkStoriesAndContext(articles, sidebars, sources, claims, errors);
    errors.push(...checkLinks(articles, sidebars, site, firstStory(articles)));
  }

  if (errors.length) throw new ContentErrors(errors);
  return { sources: sources!, money: money! };
}

/** A Markdown file of a collection, as far as it could be read. */
interface Document<D> {
  /** Path relative to the root, for messages. */
  file: string;
  abs: string;
  /** `<lang>` of `content/<collection>/<lang>/<name>.md`. */
  folder: string;
  /** The story or sidebar id. */
  name: string;
  /** The frontmatter as written, if it parsed. */
  frontmatter?: Record<string, unknown>;
  /** The frontmatter after the schema, if it passed. */
  data?: D;
  /** The body with the frontmatter blanked out, so lines and columns are the file's. */
  content: string;
  /** The body as Astro stores it (`entry.body`). */
  body: string;
  rendered?: { annotations: Annotations; links: CollectedLink[] };
}

/** Reads a collection entry and validates its frontmatter with the collection's schema. */
function readDocument<S extends z.ZodType>(dir: string, file: string, schema: S, errors: ContentError[]): Document<z.output<S>> {
  const abs = `${dir}/${file}`;
  const code = readFileSync(abs, 'utf8');
  const { folder, story: name } = splitEntryId(file.split('/').slice(2).join('/').replace(/\.md$/, ''));
  const raw = extractFrontmatter(code);
  // Lines before the frontmatter's text starts (the `---` line and anything above it).
  const offset = raw === undefined ? 0 : code.slice(0, code.indexOf('---') + 3).split('\n').length - 1;
  const doc: Document<z.output<S>> = { file, abs, folder, name, content: code, body: code.trim() };
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    // As Astro reads a content entry (astro/dist/content/utils.js: safeParseFrontmatter).
    parsed = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' });
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number }; reason?: string }).mark;
    const place = mark ? `${offset + mark.line + 1}:${mark.column + 1}` : '1:1';
    errors.push(new ContentError(file, place, `the frontmatter is not valid YAML: ${(e as { reason?: string }).reason ?? (e as Error).message}`));
    return doc;
  }
  doc.frontmatter = parsed.frontmatter;
  doc.content = parsed.content;
  doc.body = parsed.content.trim();
  const result = schema.safeParse(parsed.frontmatter);
  if (result.success) {
    doc.data = result.data;
    return doc;
  }
  const lines = fieldLines(raw ?? '', offset);
  for (const issue of result.error.issues) {
    const keys = (issue as { keys?: string[] }).keys;
    const path = [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' && keys?.length === 1 ? keys : [])];
    const field = path.join('.') || '(frontmatter)';
    const line = lines(path);
    const expected = (issue as { expected?: string }).expected;
    const missing = line === undefined && issue.code === 'invalid_type' && expected && !hasPath(parsed.frontmatter, path);
    errors.push(new ContentError(file, line ? `${field} (line ${line})` : field, missing ? `missing (expected ${expected})` : issue.message));
  }
  return doc;
}

/** A function giving the file line of a field of the frontmatter text `raw`, if present. */
function fieldLines(raw: string, offset: number): (path: readonly string[]) => number | undefined {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(raw, { lineCounter });
  return (path) => {
    let node: unknown = yaml.contents;
    let at: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (!pair) break;
        at = (pair.key as YamlNode).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(key)) {
        const item = node.items[Number(key)] as YamlNode | undefined;
        if (!item) break;
        at = item.range?.[0];
        node = item;
      } else break;
    }
    return at === undefined ? undefined : offset + lineCounter.linePos(at).line;
  };
}

/** Whether `value` has a property at `path` (even one set to null). */
function hasPath(value: unknown, path: readonly string[]): boolean {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

function langOf(doc: Document<unknown>): unknown {
  return (doc.data as { lang?: unknown } | undefined)?.lang ?? doc.frontmatter?.lang;
}

/**
 * Renders every document that has frontmatter through the site's Markdown processor,
 * recording its annotations and links; a failure becomes a content error at its line.
 */
async function renderAll(docs: Document<unknown>[], data: Parameters<typeof markdownProcessor>[0], errors: ContentError[]): Promise<void> {
  const links = new Map<string, CollectedLink[]>();
  const renderer = await markdownProcessor(data, [[rehypeCollectLinks, { collect: (path: string, found: CollectedLink[]) => links.set(path, found) }]]).createRenderer({ syntaxHighlight: false });
  // Astro's renderer logs each failure before rethrowing it; we report each one once, below.
  const log = console.error;
  console.error = (...args: unknown[]) => {
    if (!(args[0] instanceof Error && args[0].message.startsWith('Failed to parse Markdown file'))) log(...args);
  };
  try {
    for (const doc of docs) {
      if (!doc.frontmatter) continue;
      try {
        // As Astro's glob loader renders an entry: the schema's output as frontmatter.
        const { metadata } = await renderer.render(doc.content, { fileURL: pathToFileURL(doc.abs), frontmatter: { ...(doc.data ?? doc.frontmatter) } as Record<string, unknown> });
        const annotations = (metadata.frontmatter.annotations as Annotations | undefined) ?? { paragraphKeys: [], notes: [] };
        doc.rendered = { annotations, links: links.get(doc.abs) ?? [] };
      } catch (e) {
        const m = e as { reason?: string; line?: number; column?: number; message?: string };
        const place = m.line ? `${m.line}:${m.column ?? 1}` : '(rendering)';
        errors.push(new ContentError(doc.file, place, m.reason ?? String(m.message).replace(/^Failed to parse Markdown file "[^"]*":\n/, '')));
      }
    }
  } finally {
    console.error = log;
  }
}

/**
 * The cross-language check of every story whose versions all read and rendered, then
 * the sidebars and claims against the first story (as the pages do).
 */
function checkStoriesAndContext(
  articles: Document<ArticleData>[],
  sidebars: Document<z.output<typeof sidebarSchema>>[],
  sources: SourceRegistry,
  claims: Claim[] | undefined,
  errors: ContentError[],
): void {
  const broken = new Set(articles.filter((a) => !a.data || !a.rendered).map((a) => a.name));
  const versions = articles.flatMap((a): (Version & { body: string })[] =>
    a.data && a.rendered && !broken.has(a.name)
      ? [{ id: `${a.folder}/${a.name}`, file: a.file, folder: a.folder, story: a.name, data: a.data, annotations: a.rendered.annotations, body: a.body }]
      : [],
  );
  const { stories, errors: storyErrors } = buildStories(versions);
  errors.push(...storyErrors);
  const first = firstStory(articles);
  const story = stories.find((s) => s.story === first);
  if (!story || storyErrors.some((e) => versions.some((v) => v.story === first && v.file === e.file))) return;
  const all = [story.original, ...story.translations];
  const brokenSidebars = new Set(sidebars.filter((s) => !s.data).map((s) => s.name));
  const entries: SidebarEntry[] = sidebars.flatMap((s) => (s.data && !brokenSidebars.has(s.name) ? [{ id: s.name, file: s.file, folder: s.folder, data: s.data }] : []));
  errors.push(...checkSidebars(entries, new Set(story.original.annotations.paragraphKeys), (id) => sources.has(id), all.map((v) => v.data.lang)));
  if (claims) errors.push(...checkClaims(claims, CONTEXT_FILES.claims, new Map(all.map((v) => [v.data.lang, paragraphTexts(v.body)]))));
}

/** The story the context pages are about: the first by name, as `loadContextData` takes it. */
function firstStory(articles: readonly Document<unknown>[]): string | undefined {
  return [...new Set(articles.map((a) => a.name))].sort()[0];
}

/**
 * Every link written in an article or a sidebar, checked against the site's pages. An
 * article's links are read from its own page; a sidebar's from both pages it appears on
 * (beside its paragraph in the article, and on the context page).
 */
function checkLinks(articles: Document<ArticleData>[], sidebars: Document<unknown>[], site: SiteTable, story: string | undefined): ContentError[] {
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
    const own = new Set(s.rendered.annotations.notes.flatMap((n) => [`#note-${n.id}`, `#ref-${n.id}`]));
    for (const link of s.rendered.links) {
      if (link.href.startsWith('#')) {
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

/** Files under `dir/sub`, relative to `dir` (none if the folder does not exist). */
function filesUnder(dir: string, sub: string): string[] {
  return existsSync(`${dir}/${sub}`) ? filesIn(`${dir}/${sub}`).map((f) => `${sub}/${f}`) : [];
}

/** `JSON.parse`, failing with the line and column of a syntax error. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /line (\d+) column (\d+)/.exec((e as Error).message);
    throw new ContentError(file, m ? `${m[1]}:${m[2]}` : '1:1', `not valid JSON: ${(e as Error).message}`);
  }
}

/** Any error from a loader as content errors; a missing file names itself. */
function asContentErrors(e: unknown, file: string, dir: string): ContentError[] {
  if (e instanceof ContentErrors) return e.problems;
  if (e instanceof ContentError) return [e];
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') {
    const missing = err.path?.startsWith(`${dir}/`) ? err.path.slice(dir.length + 1) : (err.path ?? file);
    return [new ContentError(missing, 'file', 'missing: the build reads this file')];
  }
  return [new ContentError(file, '(file)', err instanceof Error ? err.message : String(e))];
}
