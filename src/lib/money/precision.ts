import type { RateRow } from './data';
import type { Currency } from './currency';

/**
 * How precisely the money glossary and the amount notes show each kind of number: the
 * edition's precision policy, decided once, here. Every value is computed exactly
 * (`decimal.ts`) and rounded once, when shown, to the places below. The method text
 * (`money.method.rounding`) describes the same policy in words.
 *
 * Why these places:
 * - Kroner we computed go through the *derived* krone rate, which may be about 0.3 % off
 *   the central bank's own (0.3 % of 36,000 kr is about 110 kr): shown to the nearest
 *   10 kr and marked "≈", never to the krone.
 * - Euros and dollars computed from the central bank's *official* rates carry no such
 *   error: whole units, as any converted amount is usually shown.
 * - Tenge run to millions; the nearest 100 tenge (about 20 roubles) is plenty, marked "≈".
 * - A monthly wage derived from a yearly one (÷ 12) is shown like derived kroner.
 * - Amounts as printed or as read from a source (the rouble sums, the outlets' figures,
 *   the wages) are shown exactly as given.
 * - Rates in running text, implied rates and derived rates: two decimals (0.01 rouble is
 *   under 0.1 % of any rate here); implied rates without trailing zeros ("99", "13,75").
 *   Four decimals only where the central bank's official rates are listed as published.
 * - Percentages: one decimal. Ratios (multiples of a wage): two decimals.
 */
export const PRECISION = {
  /** Rates in running text (rubles per unit). */
  rateProse: 2,
  /** Official CBR rates in the table of source rates, as published. */
  rateOfficial: 4,
  /** Derived rates (the krone series, a derived dollar rate) anywhere, tables included. */
  rateDerived: 2,
  /** Rates implied by a printed conversion, and their intervals; trailing zeros dropped. */
  rateImplied: 2,
  /** The EUR/DKK divisor of the derived krone series: the method's constant, shown as stated. */
  divisor: 4,
  /** Every percentage. */
  percent: 1,
  /** Multiples (a sum against a wage). */
  ratio: 2,
} as const;

/** Where an amount is rounded to (0: whole units, −1: tens, −2: hundreds), and whether it is marked "≈". */
export interface AmountPrecision {
  places: number;
  /** Rounded coarser than whole units, so marked "≈" when shown. */
  approx: boolean;
}

/** An amount shown exactly as printed or as read from a source. */
export const AS_GIVEN: AmountPrecision = { places: 0, approx: false };

/**
 * The precision of an amount we computed in `currency`; `derived` when it rests on a
 * derived rate or a derived quantity (a yearly wage ÷ 12). Tenge: nearest 100; derived:
 * nearest 10; otherwise whole units. Anything coarser than whole units is marked "≈".
 */
export function amountPrecision(currency: Currency, derived: boolean): AmountPrecision {
  const places = currency === 'KZT' ? -2 : derived ? -1 : 0;
  return { places, approx: places < 0 };
}

/** The precision of an amount converted at `row`'s rate. */
export function convertedPrecision(row: Pick<RateRow, 'currency' | 'derived'>): AmountPrecision {
  return amountPrecision(row.currency, row.derived);
}

/** The decimals a source rate is listed with: official rates as published, derived ones to two. */
export function rateTablePlaces(row: Pick<RateRow, 'derived'>): number {
  return row.derived ? PRECISION.rateDerived : PRECISION.rateOfficial;
}
