import { readFileSync } from 'node:fs';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ContentError } from '../../core/errors';
import type { Annotations } from '../../markdown/annotations';
import type { CollectedLink } from '../../markdown/rehype-collect-links';
import { splitEntryId } from '../stories';

/** A Markdown file of a collection, as far as it could be read. */
export interface Document<D> {
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
  /** What rendering found, if it rendered (`renderAll`). */
  rendered?: { annotations: Annotations; links: CollectedLink[]; html: string };
}

/**
 * Reads a collection entry (`file`, relative to `dir`) and validates its frontmatter with
 * the collection's schema. Each problem is pushed to `errors` with the field and, where the
 * field is written, its line in the file; a missing field says which type was expected.
 */
export function readDocument<S extends z.ZodType>(dir: string, file: string, schema: S, errors: ContentError[]): Document<z.output<S>> {
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

/**
 * A function giving the file line of a field of the frontmatter text `raw` (whose first
 * line is line `offset + 1` of the file), if the field is written there.
 *
 * @example
 *   fieldLines('title: A\nsources:\n  - x\n', 1)(['sources', '0']) → 4
 */
export function fieldLines(raw: string, offset: number): (path: readonly string[]) => number | undefined {
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
export function hasPath(value: unknown, path: readonly string[]): boolean {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/** The document's language as its frontmatter gives it (validated or not). */
export function langOf(doc: Document<unknown>): unknown {
  return (doc.data as { lang?: unknown } | undefined)?.lang ?? doc.frontmatter?.lang;
}

/** The story the context pages are about: the first by name, as `loadContextData` takes it. */
export function firstStory(articles: readonly Document<unknown>[]): string | undefined {
  return [...new Set(articles.map((a) => a.name))].sort()[0];
}
