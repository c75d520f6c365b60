import { isPartialDate } from './dates';

/**
 * The one home of the rules for names written in content, so that a note label, a source
 * key, a YAML entry id and a paragraph key cannot drift apart.
 */

/** An id: a lower-case letter or digit, then lower-case letters, digits and hyphens (`daryo-2023-08-04`). */
export const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A paragraph key (`{#one-off-payment}`): starts with a letter, words of letters and digits
 * joined by single hyphens, no hyphen at either end. Stricter than `ID` because keys are
 * read aloud in URLs and quoted in sidebars and claims.
 */
export const PARAGRAPH_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Whether `value` is a real calendar day written as YYYY-MM-DD (not a month, not 2023-02-30). */
export function isDay(value: string): boolean {
  return value.length === 10 && isPartialDate(value);
}
