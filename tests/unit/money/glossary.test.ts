import { describe, expect, it } from 'vitest';
import { loadSourceRegistry } from '../../../src/lib/content/load';
import { div, parseDecimal, roundTo } from '../../../src/lib/money/decimal';
import { convert, derivedAccuracy, figureReport, outletPairs, rateOn, significantDigits } from '../../../src/lib/money/glossary';
import { loadMoney } from '../../../src/lib/money/load';
import { figuresFor } from '../../../src/lib/money/match';

const money = loadMoney(process.cwd(), loadSourceRegistry(process.cwd()));
const figure = (id: string) => money.figures.find((f) => f.id === id)!;
const whole = (r: { value: Parameters<typeof roundTo>[0] } | undefined) => roundTo(r!.value, 0);

describe('conversions against hand-checked values', () => {
  it('495,000 RUB at 13.7583 RUB/DKK is 35,978 kr; at 13.6772 it is 36,192 kr', () => {
    expect(roundTo(div(parseDecimal('495000'), parseDecimal('13.7583')), 0)).toBe('35978');
    expect(roundTo(div(parseDecimal('495000'), parseDecimal('13.6772')), 0)).toBe('36192');
    const r = figureReport(figure('one-off'), money.rates, money.wages);
    expect(whole(r.atDates[0]!.values.DKK)).toBe('36192');
    expect(whole(r.atDates[1]!.values.DKK)).toBe('35978');
  });

  it('190,000 RUB at 20.8613 RUB per 100 KZT is 910,777 KZT', () => {
    const kzt = rateOn(money.rates, 'KZT', '2023-08-03')!;
    expect(kzt.units).toBe(100);
    expect(roundTo(convert(parseDecimal('190000'), kzt).value, 0)).toBe('910777');
    expect(whole(figureReport(figure('monthly-pay'), money.rates, money.wages).atDates[0]!.values.KZT)).toBe('910777');
  });

  it('gives the article’s implied rate and its deviation from the report days', () => {
    const r = figureReport(figure('one-off'), money.rates, money.wages);
    expect(roundTo(r.articleRate, 4)).toBe('13.7500');
    expect(roundTo(r.atDates[0]!.articleDeviation!, 3)).toBe('-0.005');
    expect(roundTo(r.atDates[1]!.articleDeviation!, 3)).toBe('0.001');
    expect(r.atDates[0]!.values.USD).toBeUndefined();
  });

  it('finds the August range with its dates (15 Aug low, 2 Aug high)', () => {
    const dkk = figureReport(figure('one-off'), money.rates, money.wages).ranges.find((g) => g.currency === 'DKK')!;
    expect([whole(dkk.low), dkk.low.row.date, whole(dkk.high), dkk.high.row.date]).toEqual(['33328', '2023-08-15', '36633', '2023-08-02']);
  });

  it('puts the sums against wages (facts.md: ≈2.5×, ≈2.6×, one third)', () => {
    const p = figureReport(figure('monthly-pay'), money.rates, money.wages).perspectives;
    expect(p.map((x) => [x.wage.id, roundTo(x.ratio, 1)])).toEqual([
      ['kazakhstan-q2-2023', '2.5'],
      ['russia-2023', '2.6'],
      ['denmark-2023', '0.3'],
    ]);
    expect(roundTo(p[2]!.monthly, 0)).toBe('41500');
  });

  it('states the derived krone rate’s accuracy against the one official quote (+0.27 %)', () => {
    const a = derivedAccuracy(money.rates, money.divisor)!;
    expect(a.date).toBe('2023-09-27');
    expect(roundTo(a.deviation, 4)).toBe('0.0027');
  });
});

describe('the outlets’ conversions', () => {
  it('flags Kristeligt Dagblad’s 13,600 kr next to its 36,000 kr, and passes B.T.', () => {
    const pairs = new Map(outletPairs(money.figures).map((p) => [p.outlet, p]));
    expect(pairs.get('Kristeligt Dagblad')?.verdict).toBe('does-not-fit');
    expect(roundTo(pairs.get('Kristeligt Dagblad')!.gap, 3)).toBe('0.016');
    expect(pairs.get('B.T.')?.verdict).toBe('fits');
    expect(pairs.get('Reuters')).toMatchObject({ verdict: 'not-assessed', reason: 'round-number' });
    expect(pairs.get('TASR')).toMatchObject({ verdict: 'not-assessed', reason: 'bound' });
  });

  it('counts significant digits as printed', () => {
    expect([36000, 13600, 2000, 4780].map((n) => significantDigits(parseDecimal(String(n))))).toEqual([2, 3, 1, 3]);
  });

  it('matches an amount in the text to its figure', () => {
    expect(figuresFor({ currency: 'RUB', value: parseDecimal('495000') }, money.figures).map((f) => f.id)).toEqual(['one-off']);
    expect(figuresFor({ currency: 'DKK', value: parseDecimal('13600') }, money.figures).map((f) => f.id)).toEqual(['monthly-pay']);
    expect(figuresFor({ currency: 'USD', value: parseDecimal('5300') }, money.figures).map((f) => f.id)).toEqual(['one-off']);
    expect(figuresFor({ currency: 'DKK', value: parseDecimal('1234') }, money.figures)).toEqual([]);
  });
});
