import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/edition/article-schema';
import { sidebarSchema } from './lib/context/schemas';

/**
 * Every language version of every article: `content/articles/<lang>/<story>.md`.
 * Entry ids look like `da/skulder-ved-skulder`; the same story name in several
 * language folders is one story (see `src/lib/edition/stories.ts`).
 */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/*.md' }),
  schema: articleSchema,
});

/** Context sidebars: `content/sidebars/<lang>/<id>.md`, the same id in every language. */
const sidebars = defineCollection({
  loader: glob({ base: './content/sidebars', pattern: '**/*.md' }),
  schema: sidebarSchema,
});

export const collections = { articles, sidebars };
