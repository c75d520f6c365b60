import { describe, expect, it } from 'vitest';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import type { RateRow } from '../../../src/lib/money/data';
import { parseDecimal } from '../../../src/lib/money/decimal';
import { loadMoney } from '../../../src/lib/money/load';
import { moneyPage, trendOf } from '../../../src/lib/money/page-model';
import { chartDescription, usdNote } from '../../../src/lib/money/page-prose';

const money = loadMoney(process.cwd(), loadSourceRegistry(process.cwd()));
const model = moneyPage(money);
const plain = (s: string) => s.replaceAll('\u00a0', ' ');
const row = (date: string, value: string, derived = false): RateRow => ({ date, currency: 'USD', units: 1, rubValueText: value, rubPerUnit: parseDecimal(value), sourceText: '', sources: [], derived, where: `rates.csv:${date}` });

describe('the dollar note under the recomputed tables', () => {
  it('gives the first dollar rate’s day when it was read from a source', () => {
    expect(plain(usdNote({ first: row('2023-08-12', '96.5') }, 'da'))).toBe('Dollarkursen for 3. og 4. august 2023 har vi ikke fundet; den første, vi har for august, gælder fra 12. august 2023.');
  });

  it('says when the first is derived, with its rate, and when the first sourced one applies', () => {
    const text = plain(usdNote({ first: row('2023-08-11', '97.2755', true), firstSourced: row('2023-08-12', '96.5') }, 'en'));
    expect(text).toContain('11 August 2023');
    expect(text).toContain('97.28');
    expect(text).toContain('12 August 2023');
  });

  it('has no text for a month of derived dollar rates only', () => {
    expect(() => usdNote({ first: row('2023-08-11', '97', true) }, 'da')).toThrow('rates.csv:2023-08-11');
  });
});

describe('the chart’s description', () => {
  it('tells the month from the series: the fall, the partial recovery, the lines', () => {
    const en = chartDescription(model, 'en');
    expect(en).toMatch(/^The rouble fell until 15 August 2023: from 13\.55 roubles per krone on 1 August 2023 to 14\.85 \(from 100\.94 to 110\.68 roubles per euro\)\. It then partly recovered/);
    expect(en).toMatch(/the horizontal line is the rate the article’s conversion implies \(13\.75\)\.$/);
  });

  it('leaves out the recovery when the low was the last day, and says a full one', () => {
    const dkk = (...values: string[]) => trendOf(values.map((v, i) => ({ ...row(`2023-08-0${i + 1}`, v, true), currency: 'DKK' })));
    const none = chartDescription({ ...model, trend: { dkk: dkk('13', '14'), eur: model.trend.eur } }, 'en');
    expect(none).not.toContain('recovered');
    const full = chartDescription({ ...model, trend: { dkk: dkk('13', '14', '12.9'), eur: model.trend.eur } }, 'en');
    expect(full).toContain('It then fully recovered, to 12.90 roubles per krone');
  });

  it('needs the marked day and a figure', () => {
    const { mark: _, ...unmarked } = model.chart;
    expect(() => chartDescription({ ...model, chart: unmarked }, 'da')).toThrow('no mark');
    expect(() => chartDescription({ ...model, reports: [] }, 'da')).toThrow('no figure');
  });

  it('assumes the rouble fell from the first day', () => {
    const flat = trendOf([row('2023-08-01', '14'), row('2023-08-02', '13')]);
    expect(() => chartDescription({ ...model, trend: { dkk: flat, eur: flat } }, 'da')).toThrow('assumes the rouble fell');
  });
});
