import { add, compare, div, rational, sub, type Rational } from './decimal';

/**
 * A closed interval of exact values; a missing end is unbounded (for a rate: a missing
 * `low` means anything above zero).
 */
export interface Interval {
  low?: Rational;
  high?: Rational;
}

/** The outlet's hedge on a printed conversion (content/money/figures.yaml). */
export type Qualifier = 'about' | 'over' | 'at-least' | 'just-over';

/** Hedges that make a printed number a lower bound: "over", "just over", "at least". */
export const LOWER_BOUND_QUALIFIERS: readonly Qualifier[] = ['over', 'just-over', 'at-least'];

/**
 * The unit of the last significant digit of a printed number: trailing zeros of a whole
 * number are rounding, so 36000 → 1000, 13600 → 100, 4780 → 10, 2000 → 1000; a number
 * with decimals → its last decimal place (1.25 → 0.01). Throws on zero or a negative.
 */
export function lastDigitUnit(value: Rational): Rational {
  if (value.num <= 0n) throw new RangeError('a printed amount must be positive');
  if (value.den === 1n) {
    let unit = 1n;
    while ((value.num / unit) % 10n === 0n) unit *= 10n;
    return rational(unit);
  }
  let scale = 1n;
  while ((value.num * scale) % value.den !== 0n) {
    scale *= 10n;
    if (scale > 10n ** 30n) throw new RangeError('not a finite decimal');
  }
  return rational(1n, scale);
}

/** Half a unit of the last significant digit: how far rounding can have moved the printed number. */
export function roundingHalfWidth(value: Rational): Rational {
  return div(lastDigitUnit(value), rational(2n));
}

/**
 * The amounts a printed conversion can stand for.
 *
 * - Plain or "about": the printed number is rounded to its last significant digit, so
 *   it stands for ± half a unit of that digit: "36000" → [35500, 36500], "13600" →
 *   [13550, 13650], "4780" → [4775, 4785]. (The widest reading of trailing zeros, so an
 *   outlet is never judged on more precision than it printed.)
 * - A lower bound ("over", "just over", "at least") on a sum stated exactly: the amount
 *   is at least the printed number, [v, ∞).
 * - A lower bound on a sum that is itself "at least" (Reuters: "at least 190,000
 *   roubles"): the hedge may be the sum's, carried into the conversion, rather than the
 *   conversion's own, and the text does not say which. Both readings are allowed — the
 *   rounded [v − h, v + h] and the bound [v, ∞) — so the interval is their union,
 *   [v − h, ∞).
 */
export function printedInterval(value: Rational, qualifier: Qualifier | undefined, sumIsLowerBound = false): Interval {
  const h = roundingHalfWidth(value);
  if (qualifier && LOWER_BOUND_QUALIFIERS.includes(qualifier)) return { low: sumIsLowerBound ? sub(value, h) : value };
  return { low: sub(value, h), high: add(value, h) };
}

/**
 * The rates (roubles per unit) at which `rub` roubles come to an amount in `amount`:
 * rub ÷ high … rub ÷ low. An amount unbounded above gives rates down to zero (no `low`).
 */
export function rateInterval(rub: Rational, amount: Interval): Interval {
  if (!amount.low || amount.low.num <= 0n) throw new RangeError('an amount interval needs a positive lower end');
  return { ...(amount.high ? { low: div(rub, amount.high) } : {}), high: div(rub, amount.low) };
}

/** The values every interval contains (closed: touching ends overlap), or undefined if none. */
export function intersect(intervals: readonly Interval[]): Interval | undefined {
  let low: Rational | undefined;
  let high: Rational | undefined;
  for (const i of intervals) {
    if (i.low && (!low || compare(i.low, low) > 0)) low = i.low;
    if (i.high && (!high || compare(i.high, high) < 0)) high = i.high;
  }
  if (low && high && compare(low, high) > 0) return undefined;
  return { ...(low ? { low } : {}), ...(high ? { high } : {}) };
}

/** Whether `value` lies in `interval`. */
export function contains(interval: Interval, value: Rational): boolean {
  return (!interval.low || compare(value, interval.low) >= 0) && (!interval.high || compare(value, interval.high) <= 0);
}

