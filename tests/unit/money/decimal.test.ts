import { describe, expect, it } from 'vitest';
import { add, compare, div, mul, parseDecimal, rational, roundTo, sub, toNumber } from '../../../src/lib/money/decimal';
import { formatMoney, formatNumber, formatPercent } from '../../../src/lib/money/format';

describe('exact decimals', () => {
  it('parses plain decimals exactly and rejects anything else', () => {
    expect(parseDecimal('101.9268')).toEqual({ num: 254817n, den: 2500n });
    expect(parseDecimal('495000')).toEqual({ num: 495000n, den: 1n });
    expect(() => parseDecimal('1,5')).toThrow(/not a plain decimal/);
    expect(() => parseDecimal('1e3')).toThrow();
  });

  it('computes without floating point error', () => {
    expect(add(parseDecimal('0.1'), parseDecimal('0.2'))).toEqual(parseDecimal('0.3'));
    expect(sub(parseDecimal('1'), parseDecimal('0.9'))).toEqual(parseDecimal('0.1'));
    expect(mul(parseDecimal('1.5'), parseDecimal('2'))).toEqual(rational(3n));
    expect(compare(div(rational(1n), rational(3n)), parseDecimal('0.3333'))).toBe(1);
    expect(() => div(rational(1n), rational(0n))).toThrow(RangeError);
    expect(toNumber(parseDecimal('13.75'))).toBe(13.75);
  });

  it('rounds once, half away from zero, to any place', () => {
    expect(roundTo(div(parseDecimal('495000'), parseDecimal('13.6772')), 0)).toBe('36192');
    expect(roundTo(div(parseDecimal('495000'), parseDecimal('13.6772')), -1)).toBe('36190');
    expect(roundTo(div(parseDecimal('495000'), parseDecimal('13.6772')), 2)).toBe('36191.62');
    expect(roundTo(parseDecimal('2.5'), 0)).toBe('3');
    expect(roundTo(parseDecimal('-2.5'), 0)).toBe('-3');
    expect(roundTo(parseDecimal('-0.004'), 2)).toBe('0.00');
    expect(roundTo(parseDecimal('0.05'), 1)).toBe('0.1');
  });
});

describe('formatting with Intl, locale always passed', () => {
  it('writes Danish and English money as each language does', () => {
    const v = parseDecimal('36000');
    expect(formatMoney(v, 'DKK', 'da')).toBe('36.000\u00a0kr.');
    expect(formatMoney(v, 'DKK', 'en')).toBe('DKK\u00a036,000');
    expect(formatMoney(parseDecimal('495000'), 'RUB', 'da')).toBe('495.000\u00a0RUB');
    expect(formatMoney(parseDecimal('910776.6'), 'KZT', 'en')).toBe('KZT\u00a0910,777');
    expect(formatMoney(parseDecimal('36000.5'), 'DKK', 'da', 2)).toBe('36.000,50\u00a0kr.');
  });

  it('formats rates and signed percentages', () => {
    expect(formatNumber(parseDecimal('13.75'), 'da', 4)).toBe('13,7500');
    expect(formatNumber(parseDecimal('13.75'), 'en', 2)).toBe('13.75');
    // The typographic minus (U+2212) in every language, though Intl writes a hyphen-minus.
    expect(formatPercent(parseDecimal('-0.0053'), 'da')).toBe('\u22120,5\u00a0%');
    expect(formatPercent(parseDecimal('-0.0053'), 'en')).toBe('\u22120.5%');
    expect(formatPercent(parseDecimal('0.0006'), 'en')).toBe('+0.1%');
    expect(formatPercent(parseDecimal('0'), 'en')).toBe('0.0%');
  });
});
