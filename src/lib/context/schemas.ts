import { z } from 'astro/zod';
import { ID, PARAGRAPH_KEY } from '../core/ids';
import { localised, partialDate } from '../core/schema-parts';
import { LOCALES } from '../core/locales';

/** Registry ids of sources; at least `min`. */
const sourceIds = (min: number) => z.array(z.string().regex(ID)).min(min, `needs at least ${min} source${min === 1 ? '' : 's'}`);

/** Frontmatter of a context sidebar (`content/sidebars/<lang>/<id>.md`). */
export const sidebarSchema = z
  .object({
    /** The sidebar's language; must match its folder. */
    lang: z.enum(LOCALES),
    /** A short, plain title. */
    title: z.string().trim().min(3).max(90),
    /** Legal or political context. */
    kind: z.enum(['legal', 'political']),
    /** The key of the article paragraph the sidebar sits beside. */
    paragraph: z.string().regex(PARAGRAPH_KEY, 'expected a paragraph key'),
    /** The date its facts are current to. */
    asOf: partialDate(),
    /** Registry ids of the sources it relies on. */
    sources: sourceIds(1),
  })
  .strict();

export type SidebarData = z.output<typeof sidebarSchema>;

/** The verdicts of the claims ledger, strongest first. */
export const VERDICTS = ['confirmed', 'imprecise', 'not-confirmed', 'cannot-check'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One claim of the article (`content/claims.yaml`). */
export const claimSchema = z
  .object({
    /** The key of the paragraph the claim comes from. */
    paragraph: z.string().regex(PARAGRAPH_KEY, 'expected a paragraph key'),
    /** The claim's words, exactly as in each language version of that paragraph. */
    quote: localised,
    verdict: z.enum(VERDICTS),
    /** Why, in one to three sentences per language. */
    explanation: localised,
    /** Registry ids; required unless the claim cannot be checked. */
    sources: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.verdict !== 'cannot-check' && c.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `a "${c.verdict}" verdict needs at least one source` });
    }
  });

export type Claim = z.output<typeof claimSchema> & { id: string };

/** One dated event (`content/timeline.yaml`). */
export const eventSchema = z
  .object({
    /** When, as precisely as known. */
    date: partialDate(),
    /** One line per language. */
    text: localised,
    sources: sourceIds(1),
    /** Marks the article's own date or the Reuters report. */
    mark: z.enum(['article', 'reuters']).optional(),
  })
  .strict();

export type TimelineEvent = z.output<typeof eventSchema> & { id: string };
