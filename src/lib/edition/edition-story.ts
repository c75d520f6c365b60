import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The story the edition is built around. The stories code (`buildStories`, the article and
 * card routes) is written for many; the pages that belong to the edition as a whole (the
 * navigation's "article" link, the context page, the claims ledger, the credit in the footer)
 * are about one. This decides which, once: the first by name, as the content check takes it
 * (`check-content.ts`, `firstStory`). Throws when there is none, naming where articles go.
 */
export function editionStory<S extends { story: string }>(stories: readonly S[]): S {
  const first = [...stories].sort((a, b) => (a.story < b.story ? -1 : a.story > b.story ? 1 : 0))[0];
  if (!first) throw new Error('content/articles: no article (each language version goes in content/articles/<lang>/<story>.md)');
  return first;
}

/** Where articles live, relative to the project root: `<lang>/<story>.md`. */
export const ARTICLES_DIR = 'content/articles';

/**
 * The story names under `root` (`content/articles/<lang>/<story>.md`), sorted, each once: for
 * code that runs before Astro's content layer does (the sitemap, the benchmark).
 */
export function storyNames(root: string): string[] {
  const dir = join(root, ARTICLES_DIR);
  const names = new Set<string>();
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(dir, folder.name))) if (file.endsWith('.md')) names.add(file.slice(0, -'.md'.length));
  }
  return [...names].sort();
}
