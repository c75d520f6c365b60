import { intlLocale, type Locale } from '../i18n/locales';
import { roundTo, type Rational } from './decimal';

/** The currencies the edition deals in (ISO 4217). */
export const CURRENCIES = ['RUB', 'DKK', 'EUR', 'USD', 'KZT'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Formats an exact amount in `lang` with Intl: Danish "36.000 kr.", English
 * "DKK 36,000". `places` is where to round (0: whole units; -1: tens; 2: øre/cents),
 * the one rounding of the value. The rounded decimal string goes to Intl as a string,
 * so no floating-point step can change a digit.
 */
export function formatMoney(value: Rational, currency: Currency, lang: Locale, places = 0): string {
  const digits = Math.max(0, places);
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'currency',
    currency,
    currencyDisplay: currency === 'DKK' && lang === 'da' ? 'symbol' : 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(roundTo(value, places) as Intl.StringNumericLiteral);
}

/** Formats a plain number (a rate, a multiple) in `lang`, rounded to `places`. */
export function formatNumber(value: Rational, lang: Locale, places: number): string {
  const digits = Math.max(0, places);
  return new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    roundTo(value, places) as Intl.StringNumericLiteral,
  );
}

/** Formats a percentage with its sign ("−0,5 %", "+0.1%"), from a ratio (0.005 → 0.5 %). */
export function formatPercent(ratio: Rational, lang: Locale, places = 1): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  }).format(roundTo(ratio, places + 2) as Intl.StringNumericLiteral);
}
