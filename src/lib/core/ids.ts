import { codePointName } from './characters';
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

/**
 * A name written in content, quoted for an error message, with the code point and
 * position (in characters, from 1) of every character that is not printable ASCII: a
 * Cyrillic "е" in a Latin key looks exactly like the valid key it imitates, so the
 * message must show what the reader of the message cannot see.
 *
 * @example
 *   quoteName('rеuters') → '"rеuters" (U+0435 at 2)'
 *   quoteName('reuters') → '"reuters"'
 */
export function quoteName(value: string): string {
  const odd = [...value].flatMap((ch, i) => {
    const cp = ch.codePointAt(0)!;
    return cp < 0x20 || cp > 0x7e ? [`${codePointName(cp)} at ${i + 1}`] : [];
  });
  return `${JSON.stringify(value)}${odd.length ? ` (${odd.join(', ')})` : ''}`;
}
