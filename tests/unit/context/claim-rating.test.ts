import { describe, expect, it } from 'vitest';
import { BEST_RATING, claimReview, RATING, reviewRating, WORST_RATING } from '../../../src/lib/context/jsonld';
import { VERDICTS, type Verdict } from '../../../src/lib/context/schemas';
import { LOCALES } from '../../../src/lib/core/locales';
import { strings, type StringKey } from '../../../src/lib/i18n/strings';

const names = (lang: (typeof LOCALES)[number]) => Object.fromEntries(VERDICTS.map((v) => [v, strings(lang)[`claims.verdict.${v}` as StringKey]])) as Record<Verdict, string>;

describe('the ClaimReview rating of each verdict', () => {
  it('rates confirmed 3 and imprecise 2 on a 1–3 scale, and leaves not-confirmed and cannot-check unrated', () => {
    expect(reviewRating('confirmed', 'Confirmed')).toEqual({ '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'Confirmed' });
    expect(reviewRating('imprecise', 'Imprecise')).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: 'Imprecise' });
    expect(reviewRating('not-confirmed', 'Not confirmed')).toEqual({ '@type': 'Rating', alternateName: 'Not confirmed' });
    expect(reviewRating('cannot-check', 'Cannot be checked')).toEqual({ '@type': 'Rating', alternateName: 'Cannot be checked' });
  });

  it('has a mapping for every verdict and no other', () => {
    expect(Object.keys(RATING).sort()).toEqual([...VERDICTS].sort());
  });

  it('never gives the worst rating ("false") to any verdict, least of all to not-confirmed', () => {
    for (const v of VERDICTS) {
      const r = reviewRating(v, v);
      if ('ratingValue' in r) {
        expect(r.ratingValue, v).toBeGreaterThan(WORST_RATING);
        expect(r.ratingValue, v).toBeLessThanOrEqual(BEST_RATING);
        expect(r).toMatchObject({ bestRating: BEST_RATING, worstRating: WORST_RATING });
      }
    }
    expect(reviewRating('not-confirmed', 'x')).not.toHaveProperty('ratingValue');
  });

  it('rates a confirmed claim above an imprecise one', () => {
    expect(RATING.confirmed).toBe(BEST_RATING);
    expect(RATING.imprecise!).toBeLessThan(RATING.confirmed!);
  });

  it('carries the verdict in words in every review, in each language', () => {
    for (const lang of LOCALES) {
      for (const v of VERDICTS) {
        const review = claimReview({ url: 'u', claim: 'q', verdict: v, verdictName: names(lang)[v], lang, datePublished: '2026-11-25', author: 'S', original: { url: 'o', publisher: 'B.T.', published: '2023-08' } });
        expect((review.reviewRating as { alternateName: string }).alternateName).toBe(names(lang)[v]);
        expect(names(lang)[v].trim()).not.toBe('');
      }
    }
  });

  it('is stated on the ledger page as it is: a number for each rated verdict, none for the others', () => {
    for (const lang of LOCALES) {
      const scale = strings(lang)['claims.scale'];
      for (const v of VERDICTS) {
        const name = names(lang)[v].toLowerCase();
        const rating = RATING[v];
        if (rating === undefined) {
          expect(scale.toLowerCase(), `${lang} names ${v}`).toContain(name);
          expect(scale.toLowerCase(), `${lang} gives ${v} no number`).not.toMatch(new RegExp(`\\d = ${name}`));
        } else {
          expect(scale.toLowerCase(), `${lang} ${v}`).toContain(`${rating} = ${name}`);
        }
      }
      expect(scale, `${lang} states the worst rating`).toContain(`${WORST_RATING} = `);
    }
  });
});
