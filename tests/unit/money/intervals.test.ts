import { describe, expect, it } from 'vitest';
import { parseDecimal, rational } from '../../../src/lib/money/decimal';
import { contains, intersect, lastDigitUnit, printedInterval, rateInterval, roundingHalfWidth } from '../../../src/lib/money/intervals';

const d = parseDecimal;

describe('the interval a printed figure stands for', () => {
  it('takes trailing zeros as rounding: the unit of the last significant digit', () => {
    expect(['36000', '13600', '4780', '2000', '5300', '1850', '1.25', '0.5'].map((v) => lastDigitUnit(d(v)))).toEqual([
      rational(1000n),
      rational(100n),
      rational(10n),
      rational(1000n),
      rational(100n),
      rational(10n),
      rational(1n, 100n),
      rational(1n, 10n),
    ]);
    expect(roundingHalfWidth(d('36000'))).toEqual(rational(500n));
    expect(() => lastDigitUnit(d('0'))).toThrow(RangeError);
  });

  it('gives a plain or “about” figure ± half a unit of its last digit', () => {
    expect(printedInterval(d('36000'), 'about')).toEqual({ low: d('35500'), high: d('36500') });
    expect(printedInterval(d('13600'), 'about')).toEqual({ low: d('13550'), high: d('13650') });
    expect(printedInterval(d('4780'), undefined)).toEqual({ low: d('4775'), high: d('4785') });
  });

  it('makes a lower bound one-sided, and widens it by the rounding where the sum itself is “at least”', () => {
    expect(printedInterval(d('4800'), 'over')).toEqual({ low: d('4800') });
    expect(printedInterval(d('1840'), 'just-over')).toEqual({ low: d('1840') });
    expect(printedInterval(d('1840'), 'just-over', true)).toEqual({ low: d('1835') });
    expect(printedInterval(d('1850'), 'at-least', true)).toEqual({ low: d('1845') });
    // "about" is never a bound, whatever the sum.
    expect(printedInterval(d('1800'), 'about', true)).toEqual({ low: d('1750'), high: d('1850') });
  });
});

describe('rate intervals', () => {
  it('divides the sum by the ends, swapped: 495,000 ÷ 36,500 … 495,000 ÷ 35,500', () => {
    expect(rateInterval(d('495000'), { low: d('35500'), high: d('36500') })).toEqual({ low: rational(990n, 73n), high: rational(990n, 71n) });
  });

  it('leaves the rate open downwards for an amount open upwards', () => {
    expect(rateInterval(d('495000'), { low: d('4800') })).toEqual({ high: d('103.125') });
    expect(() => rateInterval(d('495000'), {})).toThrow(RangeError);
  });

  it('intersects closed intervals, touching ends included, open ends ignored', () => {
    expect(intersect([{ low: d('1'), high: d('3') }, { low: d('2'), high: d('4') }])).toEqual({ low: d('2'), high: d('3') });
    expect(intersect([{ low: d('1'), high: d('2') }, { low: d('2'), high: d('4') }])).toEqual({ low: d('2'), high: d('2') });
    expect(intersect([{ low: d('1'), high: d('2') }, { low: d('2.01'), high: d('4') }])).toBeUndefined();
    expect(intersect([{ high: d('3') }, { low: d('2'), high: d('4') }])).toEqual({ low: d('2'), high: d('3') });
    expect(intersect([{ high: d('3') }, { high: d('5') }])).toEqual({ high: d('3') });
    expect(contains({ low: d('13.92'), high: d('13.95') }, d('13.9337'))).toBe(true);
    expect(contains({ high: d('13') }, d('13.0001'))).toBe(false);
  });
});
