import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/edition/article-schema';
import { withRenderInputs } from './lib/edition/content-loader';
import { sidebarSchema } from './lib/context/schemas';

// Both collections are Markdown rendered with the money data, the sources and the UI
// strings: `withRenderInputs` renders them again when any of those changes, so the
// content store (node_modules/.astro) never serves HTML made from old data and no build
// needs `--force`.

/**
 * Every language version of every article: `content/articles/<lang>/<story>.md`.
 * Entry ids look like `da/skulder-ved-skulder`; the same story name in several
 * language folders is one story (see `src/lib/edition/stories.ts`).
 */
const articles = defineCollection({
  loader: withRenderInputs(glob({ base: './content/articles', pattern: '**/*.md' })),
  schema: articleSchema,
});

/** Context sidebars: `content/sidebars/<lang>/<id>.md`, the same id in every language. */
const sidebars = defineCollection({
  loader: withRenderInputs(glob({ base: './content/sidebars', pattern: '**/*.md' })),
  schema: sidebarSchema,
});

export const collections = { articles, sidebars };
