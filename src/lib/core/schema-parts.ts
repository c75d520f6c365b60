import { z } from 'astro/zod';
import { toPartialDate } from './dates';
import { LOCALES, type Locale } from './locales';

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

/** A text the same in every language (a name), or one per language. */
export type LocalisedText = string | z.output<typeof localised>;

/**
 * A text that is the same in every language, such as a proper name (`ORF`), or one per
 * language where it describes: `{ da: Statista med tal fra OECD, en: Statista, citing the OECD }`.
 * A per-language text must have every language of the edition (`LOCALES`).
 */
export const textOrLocalised = z.union([z.string().trim().min(1), localised], {
  error: (issue) => {
    const value = issue.input;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `expected a text, or one per language: { ${LOCALES.map((l) => `${l}: …`).join(', ')} }`;
    }
    const missing = LOCALES.filter((l) => typeof (value as Record<string, unknown>)[l] !== 'string');
    return `a text per language needs a non-empty text for every language of the edition (${LOCALES.join(', ')}); missing: ${missing.join(', ')}`;
  },
});

/** `text` in `lang`: the text itself, or its version in that language. */
export function textIn(text: LocalisedText, lang: Locale): string {
  return typeof text === 'string' ? text : text[lang];
}
