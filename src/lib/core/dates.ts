import { dateTimeFormat } from './intl';
import { intlLocale, type Locale } from './locales';

/**
 * A calendar date known to a given precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Sources often give only a month (B.T.'s article) or a year; we never invent a day.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether `value` is a valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar day). */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

/**
 * Normalises what YAML gives for a date (js-yaml turns an unquoted `2023-08-03` into a
 * `Date` at UTC midnight) into a `PartialDate` string. Returns `undefined` if invalid.
 */
export function toPartialDate(value: unknown): PartialDate | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value === 'string' && isPartialDate(value)) return value;
  return undefined;
}

/** The precision of a partial date. */
export function precisionOf(date: PartialDate): 'year' | 'month' | 'day' {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * Formats a partial date for readers in `lang`, at its own precision
 * (`2023-08` → "august 2023" in Danish, "August 2023" in English).
 * `style: 'short'` abbreviates the month, for citations.
 */
export function formatPartialDate(date: PartialDate, lang: Locale, style: 'long' | 'short' = 'long'): string {
  if (!isPartialDate(date)) throw new Error(`Not a date: "${date}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [y, m = '01', d = '01'] = date.split('-');
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const precision = precisionOf(date);
  const month = style === 'short' ? 'short' : 'long';
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month }
        : { year: 'numeric', month, day: 'numeric' };
  const parts = dateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' }).formatToParts(when);
  const year = style === 'long' ? LONG_YEAR[lang] : undefined;
  return parts
    .map((part, i) => (year && part.type === 'literal' && parts[i - 1]?.type === 'year' && i < parts.length - 1 ? part.value.replace(year.abbreviated, year.written) : part.value))
    .join('');
}

/**
 * Where a language's long dates write the year differently from Intl's pattern: Kazakh
 * prose says "2023 жылғы 3 тамыз" (the year as an attribute of the day), where ICU
 * abbreviates to "2023 ж. 3 тамыз"; a year alone keeps Intl's form.
 */
const LONG_YEAR: { [L in Locale]?: { abbreviated: string; written: string } } = {
  kk: { abbreviated: 'ж.', written: 'жылғы' },
};
