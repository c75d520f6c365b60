import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/content/article-schema';

/**
 * Every language version of every article: `content/articles/<lang>/<story>.md`.
 * Entry ids look like `da/skulder-ved-skulder`; the same story name in several
 * language folders is one story (see `src/lib/content/stories.ts`).
 */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/*.md' }),
  schema: articleSchema,
});

export const collections = { articles };
