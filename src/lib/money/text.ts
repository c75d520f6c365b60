import type { Locale } from '../core/locales';
import { directionLabel, perCurrencyLabel } from '../i18n/labels';
import { fill, strings } from '../i18n/strings';
import type { Rational } from './decimal';
import type { Currency } from './currency';
import { formatNumber, formatPercent } from './format';
import { directionOf, type Direction } from './glossary';
import type { Interval } from './intervals';
import { PRECISION } from './precision';

/**
 * Pieces of money text shared by the glossary page and the amount notes: rates with
 * their unit in words, rate intervals, and deviations said in words ("0,5 % under").
 */

/** "rubler pr. krone" / "roubles per krone": the unit of a rate in running text. */
export function perUnit(currency: Currency, lang: Locale): string {
  // The compiler checks there is a unit for every other currency; roubles per rouble is no rate.
  if (currency === 'RUB') throw new Error('a rate is roubles per unit of another currency, never per rouble');
  return perCurrencyLabel(lang, currency);
}

/** An implied rate: two decimals at most, no trailing zeros ("13,75", "99"). */
export function formatImpliedRate(rate: Rational, lang: Locale): string {
  return formatNumber(rate, lang, PRECISION.rateImplied, { trim: true });
}

/**
 * A rate interval as the glossary shows it: "13,56–13,94"; one open downwards (from a
 * lower bound on the amount) "højst 103,13" / "at most 103.13". Ends rounded to the
 * nearest 0.01, no trailing zeros.
 */
export function formatRateInterval(interval: Interval, lang: Locale): string {
  const s = strings(lang);
  const { low, high } = interval;
  if (low && high) return `${formatImpliedRate(low, lang)}–${formatImpliedRate(high, lang)}`;
  if (high) return fill(s['money.interval.atMost'], { high: formatImpliedRate(high, lang) });
  if (low) return fill(s['money.interval.atLeast'], { low: formatImpliedRate(low, lang) });
  return s['money.interval.any'];
}

/** The word for a direction: "under"/"over" (da), "below"/"above" (en). */
export function directionWord(direction: Direction, lang: Locale): string {
  return directionLabel(lang, direction);
}

/**
 * Two deviations in words, without signs: "0,5 % under og 0,1 % over" when they go
 * different ways, "0,7 % og 0,1 % under" when they go the same way.
 */
export function deviationPair(first: Rational, second: Rational, lang: Locale): string {
  const s = strings(lang);
  const [d1, d2] = [directionOf(first), directionOf(second)];
  const [p1, p2] = [first, second].map((r) => formatPercent(r, lang, PRECISION.percent, { signed: false })) as [string, string];
  return d1 === d2
    ? fill(s['money.dev.same'], { dev1: p1, dev2: p2, dir: directionWord(d1, lang) })
    : fill(s['money.dev.each'], { dev1: p1, dir1: directionWord(d1, lang), dev2: p2, dir2: directionWord(d2, lang) });
}
