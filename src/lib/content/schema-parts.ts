import { z } from 'astro/zod';
import { toPartialDate } from '../dates';
import { LOCALES } from '../i18n/locales';

/**
 * A date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD), or at exactly the stated
 * precision; YAML dates (which js-yaml turns into Date objects) are accepted too.
 */
export const partialDate = (precision?: 'month' | 'day') =>
  z.unknown().transform((value, ctx) => {
    const date = toPartialDate(value);
    const wanted = precision === 'month' ? 7 : precision === 'day' ? 10 : undefined;
    if (date === undefined || (wanted !== undefined && date.length !== wanted)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a date as ${precision === 'month' ? 'YYYY-MM' : precision === 'day' ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD'}, got ${JSON.stringify(value)}`,
      });
      return z.NEVER;
    }
    return date;
  });

/** A non-empty text in every language of the edition: `{ da: …, en: … }`. */
export const localised = z
  .object(Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>)
  .strict();
