import type { Verdict } from './schemas';

/** The top of the numeric scale: a confirmed claim. */
export const BEST_RATING = 3;
/**
 * The bottom of the numeric scale: a false claim, a verdict this edition does not give.
 * Consumers of ClaimReview (fact-check aggregators, search engines) read the worst rating
 * as "false", so no verdict of ours may carry it.
 */
export const WORST_RATING = 1;

/**
 * The numeric rating of each verdict, stated on the ledger page too (`claims.scale`).
 * Only verdicts that place a claim on a true–false scale get a number: confirmed (3) and
 * imprecise (2). "Not confirmed" says that our sources do not bear the claim out, not that
 * it is false, and "cannot be checked" says nothing about it either way: neither has a
 * place on that scale, so both go unrated and carry their verdict in words only
 * (`reviewRating.alternateName`, which every review has).
 */
export const RATING: Readonly<Record<Verdict, number | undefined>> = {
  confirmed: 3,
  imprecise: 2,
  'not-confirmed': undefined,
  'cannot-check': undefined,
};

/**
 * The schema.org Rating of one verdict: always the verdict in words (`alternateName`),
 * and the number with its scale only where `RATING` gives one.
 */
export function reviewRating(verdict: Verdict, verdictName: string): Record<string, unknown> {
  const rating = RATING[verdict];
  return {
    '@type': 'Rating',
    ...(rating === undefined ? {} : { ratingValue: rating, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    alternateName: verdictName,
  };
}

/** The B.T. article as the thing our reviews and our edition refer to. */
export interface OriginalRef {
  url: string;
  publisher: string;
  /** YYYY-MM: schema.org accepts a partial ISO 8601 date. */
  published: string;
  headline?: string | undefined;
}

/** One schema.org ClaimReview, for a claim of the original article. */
export function claimReview(args: {
  url: string;
  claim: string;
  verdict: Verdict;
  verdictName: string;
  lang: string;
  datePublished: string;
  author: string;
  original: OriginalRef;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: args.url,
    claimReviewed: args.claim,
    inLanguage: args.lang,
    datePublished: args.datePublished,
    author: { '@type': 'Organization', name: args.author },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: args.original.publisher },
      appearance: {
        '@type': 'NewsArticle',
        url: args.original.url,
        datePublished: args.original.published,
        publisher: { '@type': 'Organization', name: args.original.publisher },
      },
    },
    reviewRating: reviewRating(args.verdict, args.verdictName),
  };
}

/** The edition's own article page: an AnalysisNewsArticle based on the B.T. article. */
export function editionArticle(args: {
  url: string;
  headline: string;
  description: string;
  lang: string;
  datePublished: string;
  author: string;
  original: OriginalRef;
  /** For a translation: the URL of the original-language page. */
  translationOf?: string | undefined;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    url: args.url,
    headline: args.headline,
    description: args.description,
    inLanguage: args.lang,
    datePublished: args.datePublished,
    author: { '@type': 'Organization', name: args.author },
    publisher: { '@type': 'Organization', name: args.author },
    isBasedOn: { '@type': 'NewsArticle', url: args.original.url, datePublished: args.original.published, publisher: { '@type': 'Organization', name: args.original.publisher } },
    ...(args.translationOf ? { translationOfWork: { '@type': 'AnalysisNewsArticle', url: args.translationOf } } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so no string
 * in the data can close the element. A data block is never executed, so the site's
 * Content-Security-Policy does not need to allow it.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
