import { describe, expect, it } from 'vitest';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import { div, parseDecimal, rational, roundTo } from '../../../src/lib/money/decimal';
import { convert, derivedAccuracy, figureReport, outletPairs, rateOn } from '../../../src/lib/money/glossary';
import { contains, intersect, printedInterval, rateInterval } from '../../../src/lib/money/intervals';
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
  it('finds every outlet’s figures consistent once their rounding is allowed for, Kristeligt Dagblad included', () => {
    const pairs = new Map(outletPairs(money.figures).map((p) => [p.outlet, p]));
    expect([...pairs.values()].map((p) => [p.outlet, p.verdict])).toEqual([
      ['B.T.', 'fits'],
      ['Reuters', 'fits'],
      ['Kristeligt Dagblad', 'fits'],
      ['ORF', 'fits'],
      ['TASR', 'fits'],
      ['Relations-internationales.net', 'fits'],
      ['De Volkskrant', 'fits'],
    ]);
    // KD: "ca. 36.000" → 35,500–36,500 kr → 495,000/36,500 … 495,000/35,500 = 990/73 … 990/71;
    // "ca. 13.600" → 13,550–13,650 kr → 190,000/13,650 … 190,000/13,550 = 3800/273 … 3800/271.
    // They overlap at 3800/273 … 990/71 = 13.9194… … 13.9437…
    const kd = pairs.get('Kristeligt Dagblad')!;
    expect(kd.entries.map((e) => e.conversion.rates)).toEqual([
      { low: rational(990n, 73n), high: rational(990n, 71n) },
      { low: rational(3800n, 273n), high: rational(3800n, 271n) },
    ]);
    expect(kd.common).toEqual({ low: rational(3800n, 273n), high: rational(990n, 71n) });
    expect([roundTo(kd.common!.low!, 4), roundTo(kd.common!.high!, 4)]).toEqual(['13.9194', '13.9437']);
    // The derived rate in force 5–7 Aug 2023 lies in that overlap: 495,000 → 35,525 kr, 190,000 → 13,636 kr.
    const weekend = rateOn(money.rates, 'DKK', '2023-08-05')!;
    expect(weekend.rubValueText).toBe('13.9337');
    expect(contains(kd.common!, weekend.rubPerUnit)).toBe(true);
    expect([roundTo(convert(parseDecimal('495000'), weekend).value, 0), roundTo(convert(parseDecimal('190000'), weekend).value, 0)]).toEqual(['35525', '13636']);
    // B.T.: 36,000 (35,500–36,500) and 13,800 (13,750–13,850) overlap at 190,000/13,850 … 190,000/13,750.
    expect(pairs.get('B.T.')!.common).toEqual({ low: rational(3800n, 277n), high: rational(152n, 11n) });
    // Reuters: about $5,300 (5,250–5,350) inside about $2,000 (1,500–2,500 → 76 … 126.67).
    expect(pairs.get('Reuters')!.common).toEqual({ low: div(parseDecimal('495000'), parseDecimal('5350')), high: div(parseDecimal('495000'), parseDecimal('5250')) });
  });

  it('reads a lower bound on a conversion of an “at least” sum both ways (Relations-internationales)', () => {
    const ri = outletPairs(money.figures).find((p) => p.outlet === 'Relations-internationales.net')!;
    // €4,780 → 4,775–4,785; “just over €1,840” of “at least 190,000 roubles” → 1,835 … ∞, so the rate is at most 190,000/1,835.
    expect(ri.entries[1]!.conversion.amount).toEqual({ low: parseDecimal('1835') });
    expect(ri.common).toEqual({ low: div(parseDecimal('495000'), parseDecimal('4785')), high: rational(38000n, 367n) });
    // Read strictly as the conversion's own bound (1,840 … ∞) the two would not overlap:
    // 190,000/1,840 = 103.26 is below 495,000/4,785 = 103.45. That reading is not the only one the text allows.
    const strict = rateInterval(parseDecimal('190000'), printedInterval(parseDecimal('1840'), 'just-over', false));
    expect(intersect([ri.entries[0]!.conversion.rates, strict])).toBeUndefined();
  });

  it('flags a pair that no rate can explain, and only such a pair', () => {
    const made = (monthly: { value: number; qualifier?: 'about' | 'over' }, oneOff: { value: number; qualifier?: 'about' | 'over' } = { value: 36000 }) => {
      const conv = (value: number, qualifier?: 'about' | 'over') => ({ outlet: 'X', currency: 'DKK' as const, value: parseDecimal(String(value)), sources: ['bt-2023-08'], ...(qualifier ? { qualifier } : {}) });
      const once = { ...figure('one-off'), conversions: [conv(oneOff.value, oneOff.qualifier)] };
      const month = { ...figure('monthly-pay'), qualifier: undefined, conversions: [conv(monthly.value, monthly.qualifier)] };
      return outletPairs([once, month])[0]!;
    };
    // 36,000 → 13.56 … 13.94; 13,200 → 13,150–13,250 → 14.34 … 14.45: apart.
    expect(made({ value: 13200 })).toMatchObject({ verdict: 'does-not-fit' });
    expect(made({ value: 13200 }).common).toBeUndefined();
    // 13,650 → 13,645–13,655 → 13.914 … 13.925: inside 13.56 … 13.94.
    expect(made({ value: 13650 }).verdict).toBe('fits');
    // A lower bound can still contradict: over 4,800 euro caps the rate at 103.125; about 1,700 euro (1,650–1,750) needs 108.57 or more.
    const eur = (value: number, qualifier?: 'about' | 'over') => ({ value, ...(qualifier ? { qualifier } : {}) });
    const withEur = (a: ReturnType<typeof eur>, b: ReturnType<typeof eur>) => {
      const conv = (c: ReturnType<typeof eur>) => ({ outlet: 'Y', currency: 'EUR' as const, value: parseDecimal(String(c.value)), sources: ['bt-2023-08'], ...(c.qualifier ? { qualifier: c.qualifier } : {}) });
      return outletPairs([
        { ...figure('one-off'), conversions: [conv(a)] },
        { ...figure('monthly-pay'), qualifier: undefined, conversions: [conv(b)] },
      ])[0]!;
    };
    expect(withEur(eur(4800, 'over'), eur(1700, 'about')).verdict).toBe('does-not-fit');
    // About 1,900 euro (1,850–1,950 → 97.44 … 102.70) lies under the cap.
    expect(withEur(eur(4800, 'over'), eur(1900, 'about')).common).toEqual({ low: div(parseDecimal('190000'), parseDecimal('1950')), high: div(parseDecimal('190000'), parseDecimal('1850')) });
    // Two lower bounds never contradict each other: both rates are only capped.
    expect(withEur(eur(4800, 'over'), eur(1000, 'over'))).toMatchObject({ verdict: 'fits', common: { high: parseDecimal('103.125') } });
    // Different currencies are not compared.
    const mixed = outletPairs([
      { ...figure('one-off'), conversions: [{ outlet: 'Z', currency: 'DKK', value: parseDecimal('36000'), sources: ['bt-2023-08'] }] },
      { ...figure('monthly-pay'), conversions: [{ outlet: 'Z', currency: 'EUR', value: parseDecimal('1800'), sources: ['bt-2023-08'] }] },
    ])[0]!;
    expect(mixed).toMatchObject({ verdict: 'not-assessed', reason: 'currencies-differ' });
  });

  it('matches an amount in the text to its figure', () => {
    expect(figuresFor({ currency: 'RUB', value: parseDecimal('495000') }, money.figures).map((f) => f.id)).toEqual(['one-off']);
    expect(figuresFor({ currency: 'DKK', value: parseDecimal('13600') }, money.figures).map((f) => f.id)).toEqual(['monthly-pay']);
    expect(figuresFor({ currency: 'USD', value: parseDecimal('5300') }, money.figures).map((f) => f.id)).toEqual(['one-off']);
    expect(figuresFor({ currency: 'DKK', value: parseDecimal('1234') }, money.figures)).toEqual([]);
  });
});
