import { numberFormat } from '../core/intl';
import { intlLocale, type Locale } from '../core/locales';
import { abs, roundTo, type Rational } from './decimal';
import type { Currency } from './currency';
import type { AmountPrecision } from './precision';
import { pluralForm, type PluralForms } from '../i18n/plural';

/** U+2212 MINUS SIGN: the typographic minus, in every language (Intl writes a hyphen-minus). */
export const MINUS = '\u2212';

/** Replaces the hyphen-minus Intl writes before a negative number with the typographic minus. */
export function typographicMinus(formatted: string): string {
  return formatted.replaceAll('-', MINUS);
}

/**
 * Words for currencies in running text, where a language's house style prefers them to
 * ISO codes (Danish: "4.856 euro", "495.000 rubler"; Russian "495 000 рублей"; the codes
 * stay in tables), one form per plural category of the language (`Intl.PluralRules`,
 * which also knows that Russian "13,75" takes "рубля" and Kazakh keeps the singular).
 * Danish kroner keep Intl's "kr."; a language absent here writes the codes in running text too.
 */
const PROSE_UNITS: { [L in Locale]?: Partial<Record<Currency, PluralForms>> } = {
  da: {
    RUB: { one: 'rubel', other: 'rubler' },
    EUR: { one: 'euro', other: 'euro' },
    USD: { one: 'dollar', other: 'dollar' },
    KZT: { one: 'tenge', other: 'tenge' },
  },
  ru: {
    RUB: { one: 'рубль', few: 'рубля', many: 'рублей', other: 'рубля' },
    DKK: { one: 'крона', few: 'кроны', many: 'крон', other: 'кроны' },
    EUR: { one: 'евро', few: 'евро', many: 'евро', other: 'евро' },
    USD: { one: 'доллар', few: 'доллара', many: 'долларов', other: 'доллара' },
    KZT: { one: 'тенге', few: 'тенге', many: 'тенге', other: 'тенге' },
  },
  kk: {
    RUB: { one: 'рубль', other: 'рубль' },
    DKK: { one: 'крона', other: 'крона' },
    EUR: { one: 'еуро', other: 'еуро' },
    USD: { one: 'доллар', other: 'доллар' },
    KZT: { one: 'теңге', other: 'теңге' },
  },
};

/** How an amount is written: with the table's ISO code, or as running text (see `PROSE_UNITS`). */
export interface MoneyOptions {
  /** Running text rather than a table cell. */
  prose?: boolean;
  /** Prefix "≈ " (the amount is rounded coarser than whole units). */
  approx?: boolean;
}

/**
 * Formats an exact amount in `lang` with Intl: Danish "36.000 kr.", English
 * "DKK 36,000". `places` is where to round (0: whole units; -1: tens; 2: øre/cents),
 * the one rounding of the value. The rounded decimal string goes to Intl as a string,
 * so no floating-point step can change a digit. A negative amount gets the typographic
 * minus.
 */
export function formatMoney(value: Rational, currency: Currency, lang: Locale, places = 0, options: MoneyOptions = {}): string {
  const digits = Math.max(0, places);
  const rounded = roundTo(value, places);
  const word = options.prose ? PROSE_UNITS[lang]?.[currency] : undefined;
  // A word's plural form is the number's as written: Intl's rules see "1,00" differently from "1".
  const fractions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const text = word
    ? `${formatNumber(value, lang, places)}\u00a0${pluralForm(word, intlLocale(lang), Math.abs(Number(rounded)), fractions)}`
    : typographicMinus(
        numberFormat(intlLocale(lang), {
          style: 'currency',
          currency,
          currencyDisplay: currency === 'DKK' && lang === 'da' ? 'symbol' : 'code',
          ...fractions,
        }).format(rounded as Intl.StringNumericLiteral),
      );
  return options.approx ? `≈\u00a0${text}` : text;
}

/** Formats an amount we computed at the precision the policy gives it (`precision.ts`). */
export function formatAmount(value: Rational, currency: Currency, lang: Locale, precision: AmountPrecision, prose = false): string {
  return formatMoney(value, currency, lang, precision.places, { prose, approx: precision.approx });
}

/**
 * Formats a plain number (a rate, a multiple) in `lang`, rounded to `places`; with
 * `trim`, without trailing zeros ("99", "13,75", "93,4"). Negative: typographic minus.
 */
export function formatNumber(value: Rational, lang: Locale, places: number, options: { trim?: boolean } = {}): string {
  const digits = Math.max(0, places);
  return typographicMinus(
    numberFormat(intlLocale(lang), { minimumFractionDigits: options.trim ? 0 : digits, maximumFractionDigits: digits }).format(
      roundTo(value, places) as Intl.StringNumericLiteral,
    ),
  );
}

/**
 * Formats a percentage from a ratio (0.005 → 0.5 %): signed ("−0,5 %", "+0.1%") or, with
 * `signed: false`, its size alone ("0,5 %") for text that says the direction in words.
 */
export function formatPercent(ratio: Rational, lang: Locale, places = 1, options: { signed?: boolean } = {}): string {
  const signed = options.signed ?? true;
  const value = signed ? ratio : abs(ratio);
  return typographicMinus(
    numberFormat(intlLocale(lang), {
      style: 'percent',
      signDisplay: signed ? 'exceptZero' : 'never',
      minimumFractionDigits: places,
      maximumFractionDigits: places,
    }).format(roundTo(value, places + 2) as Intl.StringNumericLiteral),
  );
}
