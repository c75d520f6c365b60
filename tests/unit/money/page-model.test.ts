import { describe, expect, it } from 'vitest';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import type { RateRow } from '../../../src/lib/money/data';
import { parseDecimal, roundTo } from '../../../src/lib/money/decimal';
import { loadMoney } from '../../../src/lib/money/load';
import { atDateSources, lacksUsd, moneyPage, uniqueIds, usdCoverage, usdSources } from '../../../src/lib/money/page-model';

const money = loadMoney(process.cwd(), loadSourceRegistry(process.cwd()));
const model = moneyPage(money);
const report = (id: string) => model.reports.find((r) => r.figure.id === id)!;

describe('the money page’s model (content/money)', () => {
  it('recomputes each figure on both report dates, at the hand-checked values', () => {
    expect(model.reports.map((r) => r.figure.id)).toEqual(['one-off', 'monthly-pay']);
    const whole = (id: string, i: number, c: 'DKK' | 'KZT') => roundTo(report(id).atDates[i]!.values[c]!.value, 0);
    // 495,000 RUB at 13.6772 and 13.7583 RUB/DKK; 190,000 RUB at 20.8613 RUB per 100 KZT.
    expect([whole('one-off', 0, 'DKK'), whole('one-off', 1, 'DKK'), whole('monthly-pay', 0, 'KZT')]).toEqual(['36192', '35978', '910777']);
    expect(report('one-off').atDates.map((d) => d.date)).toEqual(['2023-08-03', '2023-08-04']);
  });

  it('lists every day of August with its krone and euro rates, and charts them', () => {
    expect(model.days).toHaveLength(31);
    expect([model.days[0]!.date, model.days.at(-1)!.date]).toEqual(['2023-08-01', '2023-08-31']);
    expect(model.days.every((d) => d.dkk && d.eur)).toBe(true);
    expect(model.days[2]).toMatchObject({ date: '2023-08-03', eur: { rubValueText: '101.9268' } });
    expect(model.chart.panels).toHaveLength(2);
    expect(model.chart.mark?.date).toBe('2023-08-03');
    expect(model.chart.panels[0]!.reference?.value).toBeCloseTo(495000 / 36000, 10);
    expect(model.chart.panels[1]!.reference).toBeUndefined();
  });

  it('follows the euro through the month too', () => {
    expect(model.trend.eur).toMatchObject({ first: { date: '2023-08-01' }, peak: { date: '2023-08-15' }, last: { date: '2023-08-31' }, after: 'partial' });
  });

  it('lists each source once, every one behind a recomputed figure or the dollar note among them', () => {
    expect(new Set(model.sourceIds).size).toBe(model.sourceIds.length);
    for (const r of model.reports) for (const id of atDateSources(r)) expect(model.sourceIds).toContain(id);
    for (const id of usdSources(model.usd!)) expect(model.sourceIds).toContain(id);
    for (const w of money.wages) for (const id of w.sources) expect(model.sourceIds).toContain(id);
    expect(model.sourceIds).toContain('bankstoday-2023-08-12');
  });

  it('says which figures lack a dollar rate on a report date', () => {
    expect(model.reports.map(lacksUsd)).toEqual([true, true]);
    const withUsd = { ...report('one-off'), atDates: report('one-off').atDates.map((d) => ({ ...d, values: { ...d.values, USD: d.values.DKK! } })) };
    expect(lacksUsd(withUsd)).toBe(false);
  });
});

describe('source lists', () => {
  const row = (date: string, derived: boolean, sources: string[]): RateRow => ({ date, currency: 'USD', units: 1, rubValueText: '97', rubPerUnit: parseDecimal('97'), sourceText: '', sources, derived, where: '' });

  it('joins lists, each id once, in order of first use', () => {
    expect(uniqueIds(['a', 'b'], [], ['b', 'c', 'a'], ['d'])).toEqual(['a', 'b', 'c', 'd']);
    expect(uniqueIds()).toEqual([]);
  });

  it('names the dollar rates’ sources: the first rate’s, then the first sourced one’s', () => {
    const usd = usdCoverage([row('2023-08-11', true, ['calc']), row('2023-08-12', false, ['bank']), row('2023-08-13', false, ['other'])])!;
    expect(usdSources(usd)).toEqual(['calc', 'bank']);
    expect(usdSources(usdCoverage([row('2023-08-12', false, ['bank'])])!)).toEqual(['bank']);
    expect(usdCoverage([row('2023-07-31', false, ['july'])])).toBeUndefined();
  });
});
