import { z } from 'astro/zod';
import { partialDate } from '../core/schema-parts';
import { LOCALES } from '../core/locales';

/** One of the edition's languages. */
export const localeSchema = z.enum(LOCALES);

/** What we know of the original publication; only on the original version. */
export const originalSchema = z
  .object({
    /** The publisher, e.g. `B.T.`. */
    publisher: z.string().trim().min(1),
    /** The article's address. */
    url: z.url({ protocol: /^https$/ }),
    /** Month of publication, YYYY-MM: no day is known, none is invented. */
    published: partialDate('month'),
    /** The headline the URL's slug suggests; shown as derived, never as B.T.'s headline. */
    headlineFromUrl: z.string().trim().min(1).optional(),
    /** The report the article is based on. */
    basedOn: z
      .object({
        /** The agency, e.g. `Reuters`. */
        publisher: z.string().trim().min(1),
        /** Its date, YYYY-MM-DD. */
        date: partialDate('day'),
      })
      .strict(),
  })
  .strict();

/** Frontmatter of one language version of an article (`content/articles/<lang>/<story>.md`). */
export const articleSchema = z
  .object({
    /** The version's language; must match its folder. */
    lang: localeSchema,
    /** Our own title for this version, shown labelled as ours (B.T.'s headline is unknown). */
    title: z.string().trim().min(5).max(120),
    /** One or two sentences for link previews and search results. */
    description: z.string().trim().min(40).max(300),
    /** Set on the original only. */
    original: originalSchema.optional(),
    /** Set on translations only. */
    translation: z
      .object({
        /** The language translated from (the original's). */
        from: localeSchema,
        /**
         * Whether a native speaker of the translation's language has reviewed it. Required:
         * the page says it either way, in the reader's language.
         */
        reviewed: z.boolean(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.original === undefined) === (a.translation === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['original'], message: 'a version needs exactly one of "original" (the source article) or "translation" (ours)' });
    }
    if (a.translation && a.translation.from === a.lang) {
      ctx.addIssue({ code: 'custom', path: ['translation', 'from'], message: 'a translation cannot be from its own language' });
    }
  });

/** Validated article frontmatter. */
export type ArticleData = z.output<typeof articleSchema>;
