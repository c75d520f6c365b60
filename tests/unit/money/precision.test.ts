import { describe, expect, it } from 'vitest';
import { div, parseDecimal } from '../../../src/lib/money/decimal';
import { formatAmount, formatMoney, formatNumber, formatPercent, MINUS, typographicMinus } from '../../../src/lib/money/format';
import { amountPrecision, AS_GIVEN, convertedPrecision, PRECISION, rateTablePlaces } from '../../../src/lib/money/precision';

const d = parseDecimal;
const NB = '\u00a0';

describe('the precision policy', () => {
  it('rounds computed kroner to tens with ≈, euros and dollars to whole units, tenge to hundreds with ≈', () => {
    expect(amountPrecision('DKK', true)).toEqual({ places: -1, approx: true });
    expect(amountPrecision('EUR', false)).toEqual({ places: 0, approx: false });
    expect(amountPrecision('USD', false)).toEqual({ places: 0, approx: false });
    expect(amountPrecision('KZT', false)).toEqual({ places: -2, approx: true });
    expect(convertedPrecision({ currency: 'DKK', derived: true })).toEqual({ places: -1, approx: true });
    expect(AS_GIVEN).toEqual({ places: 0, approx: false });
  });

  it('shows 495,000 roubles at 13.6772 as ≈ 36,190 kr, at 101.9268 as 4,856 euro, at 20.8613 per 100 tenge as ≈ 2,372,800 tenge', () => {
    const rub = d('495000');
    expect(formatAmount(div(rub, d('13.6772')), 'DKK', 'da', amountPrecision('DKK', true))).toBe(`≈${NB}36.190${NB}kr.`);
    expect(formatAmount(div(rub, d('13.6772')), 'DKK', 'en', amountPrecision('DKK', true))).toBe(`≈${NB}DKK${NB}36,190`);
    expect(formatAmount(div(rub, d('101.9268')), 'EUR', 'da', amountPrecision('EUR', false), true)).toBe(`4.856${NB}euro`);
    expect(formatAmount(div(rub, d('0.208613')), 'KZT', 'da', amountPrecision('KZT', false))).toBe(`≈${NB}2.372.800${NB}KZT`);
  });

  it('lists official rates with four decimals and derived ones with two; rates in text with two', () => {
    expect(rateTablePlaces({ derived: false })).toBe(4);
    expect(rateTablePlaces({ derived: true })).toBe(2);
    expect([PRECISION.rateProse, PRECISION.rateImplied, PRECISION.percent, PRECISION.ratio]).toEqual([2, 2, 1, 2]);
  });
});

describe('formatting', () => {
  it('writes the typographic minus in both languages, for money, numbers and percentages', () => {
    expect(MINUS).toBe('\u2212');
    expect(typographicMinus('-0.5%')).toBe('\u22120.5%');
    expect(formatMoney(d('-5'), 'DKK', 'en')).toBe(`\u2212DKK${NB}5`);
    expect(formatMoney(d('-5'), 'DKK', 'da')).toBe(`\u22125${NB}kr.`);
    expect(formatNumber(d('-1.25'), 'da', 2)).toBe('\u22121,25');
    expect(formatPercent(d('-0.0027'), 'en')).toBe('\u22120.3%');
    expect(formatPercent(d('0.0027'), 'da')).toBe(`+0,3${NB}%`);
    expect(`${formatMoney(d('-5'), 'EUR', 'da')}${formatNumber(d('-2'), 'en', 0)}`).not.toContain('-');
  });

  it('gives a percentage without its sign for text that says the direction in words', () => {
    expect(formatPercent(d('-0.0053'), 'da', 1, { signed: false })).toBe(`0,5${NB}%`);
    expect(formatPercent(d('0.0006'), 'en', 1, { signed: false })).toBe('0.1%');
  });

  it('drops trailing zeros of an implied rate on request', () => {
    expect(formatNumber(d('99'), 'da', 2, { trim: true })).toBe('99');
    expect(formatNumber(d('13.75'), 'da', 2, { trim: true })).toBe('13,75');
    expect(formatNumber(div(d('495000'), d('5300')), 'en', 2, { trim: true })).toBe('93.4');
    expect(formatNumber(d('13.75'), 'da', 4)).toBe('13,7500');
  });

  it('writes Danish running text with currency words and keeps ISO codes in tables; English keeps the codes', () => {
    expect(formatMoney(d('495000'), 'RUB', 'da', 0, { prose: true })).toBe(`495.000${NB}rubler`);
    expect(formatMoney(d('1'), 'RUB', 'da', 0, { prose: true })).toBe(`1${NB}rubel`);
    expect(formatMoney(d('4856'), 'EUR', 'da', 0, { prose: true })).toBe(`4.856${NB}euro`);
    expect(formatMoney(d('5300'), 'USD', 'da', 0, { prose: true })).toBe(`5.300${NB}dollar`);
    expect(formatMoney(d('36000'), 'DKK', 'da', 0, { prose: true })).toBe(`36.000${NB}kr.`);
    expect(formatMoney(d('4856'), 'EUR', 'da')).toBe(`4.856${NB}EUR`);
    expect(formatMoney(d('4856'), 'EUR', 'en', 0, { prose: true })).toBe(`EUR${NB}4,856`);
  });
});
