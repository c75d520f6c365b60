import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { treeDigest } from '../core/tree-digest';
import { filesUnder } from './check/tree';

/**
 * What the build reads, named once, for the caches that must notice a change
 * (`node_modules/.astro`'s content store, the content check's cache).
 */

/** The content folders that are Astro collections (src/content.config.ts): Astro tracks each of their files itself. */
export const COLLECTION_FOLDERS = ['content/articles', 'content/sidebars'] as const;

/** The UI strings, compiled into the Markdown plugins (note labels, paragraph links). */
export const STRINGS_FOLDER = 'src/lib/i18n/strings';

/**
 * The data files under `root` that pages are built from but that are not collections:
 * every entry of `content/` but the collection folders (today the sources, the money data,
 * claims, timeline, changelog and `edition.json`; a data file added later is included
 * without a change here), and the UI strings. Relative paths, sorted.
 */
export function dataInputs(root: string): string[] {
  const content = existsSync(join(root, 'content')) ? readdirSync(join(root, 'content')).map((name) => `content/${name}`) : [];
  return [...content.filter((p) => !(COLLECTION_FOLDERS as readonly string[]).includes(p)), STRINGS_FOLDER].sort();
}

/**
 * What an article's or a sidebar's rendered HTML depends on besides its own file: the data
 * files (`dataInputs`: the money figures and rates that amounts link to and notes show, the
 * sources that citations name, the strings of the notes' labels), the code of the Markdown
 * pipeline and everything it imports (all of `src/lib`; `base` and the rest of the config
 * Astro compares itself), and the versions of the packages it runs (`package-lock.json`).
 */
export function renderInputs(root: string): string[] {
  return [...new Set([...dataInputs(root), 'src/lib', 'package-lock.json'])].sort();
}

/**
 * One digest of `renderInputs(root)` and of the Node version (its ICU data formats the
 * notes' dates and numbers): it changes when any of them does (see `treeDigest`).
 */
export function renderInputsDigest(root: string): string {
  return createHash('sha256').update(treeDigest(root, renderInputs(root))).update(process.version).digest('hex');
}

/**
 * Every file the content check reads or judges: the whole of `content/` (hidden files
 * too: they are errors) and `public/` (names and kinds), the UI strings, and the code
 * that checks and renders them (`src/lib`, `package-lock.json`).
 */
export function checkInputs(): string[] {
  return ['content', 'public', 'src/lib', 'package-lock.json'];
}

/**
 * The data files as files (for a dev server's watch list): every file under `dataInputs`,
 * relative to `root`.
 */
export function dataInputFiles(root: string): string[] {
  return dataInputs(root).flatMap((p) => (existsSync(join(root, p)) && statSync(join(root, p)).isFile() ? [p] : filesUnder(root, p)));
}
