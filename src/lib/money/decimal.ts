/**
 * Exact decimal and rational arithmetic on BigInt, for money and exchange rates.
 * Amounts and rates are read as exact decimals ("101.9268"), every conversion is an
 * exact fraction, and rounding happens once, when a value is shown (`roundTo`).
 */

/** An exact fraction `num / den`, `den > 0`, always reduced. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A reduced rational. Throws on a zero denominator. */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

/** Parses a plain decimal string ("495000", "101.9268", "-0.27"). Throws on anything else. */
export function parseDecimal(text: string): Rational {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new SyntaxError(`not a plain decimal number: "${text}"`);
  const frac = m[3] ?? '';
  const num = BigInt(`${m[2]}${frac}`) * (m[1] ? -1n : 1n);
  return rational(num, 10n ** BigInt(frac.length));
}

export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);
export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
/** -1, 0 or 1. */
/** |a|. */
export const abs = (a: Rational): Rational => (a.num < 0n ? rational(-a.num, a.den) : a);

export const compare = (a: Rational, b: Rational): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/**
 * Rounds to `places` decimal places (negative: to tens, hundreds…), half away from
 * zero, and returns the exact decimal string, e.g. `roundTo(36192.23…, 0)` → "36192",
 * `roundTo(36192.23…, -1)` → "36190". The one place where rounding happens.
 */
export function roundTo(value: Rational, places: number): string {
  const scale = 10n ** BigInt(Math.abs(places));
  // value × 10^places, rounded half away from zero, as an integer.
  const [n, d] = places >= 0 ? [value.num * scale, value.den] : [value.num, value.den * scale];
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  if (places <= 0) {
    const whole = q * scale;
    return `${negative && whole !== 0n ? '-' : ''}${whole}`;
  }
  const digits = q.toString().padStart(places + 1, '0');
  const out = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && q !== 0n ? `-${out}` : out;
}

/** The nearest JavaScript number, for drawing (chart coordinates), never for display. */
export function toNumber(value: Rational): number {
  return Number(value.num) / Number(value.den);
}
