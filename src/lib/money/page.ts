import type { RateRow } from './data';
import { compare } from './decimal';
import { chartGeometry, type ChartGeometry } from './chart';
import { derivedAccuracy, figureReport, monthSeries, outletPairs, RANGE_MONTH, REPORT_DATES, type FigureReport, type OutletPair } from './glossary';
import type { MoneyData } from './load';

/** One day of the rate table beside the chart. */
export interface SeriesDay {
  date: string;
  dkk?: RateRow;
  eur?: RateRow;
}

/** Everything the money glossary page shows, computed from the data. */
export interface MoneyPageModel {
  reports: FigureReport[];
  pairs: OutletPair[];
  accuracy: ReturnType<typeof derivedAccuracy>;
  days: SeriesDay[];
  chart: ChartGeometry;
  /** Every source behind a number on the page, in order of first use. */
  sourceIds: string[];
  /** The month's first and highest rate per series, for the chart's description. */
  extremes: { dkk: { first: RateRow; peak: RateRow }; eur: { first: RateRow; peak: RateRow } };
  /** The first day of the month with a dollar rate, if any. */
  firstUsdDate?: string;
}

/** The first row of a series and the one with the most roubles per unit (the rouble's low). */
function extremesOf(series: readonly RateRow[]): { first: RateRow; peak: RateRow } {
  if (series.length === 0) throw new Error('an empty rate series has no first or highest rate');
  return { first: series[0]!, peak: series.reduce((a, b) => (compare(b.rubPerUnit, a.rubPerUnit) > 0 ? b : a)) };
}

/** Builds the glossary page's model. */
export function moneyPage(data: MoneyData): MoneyPageModel {
  const reports = data.figures.map((f) => figureReport(f, data.rates, data.wages));
  const dkk = monthSeries(data.rates, 'DKK', RANGE_MONTH);
  const eur = monthSeries(data.rates, 'EUR', RANGE_MONTH);
  const dates = [...new Set([...dkk, ...eur].map((r) => r.date))].sort();
  const days = dates.map((date) => ({
    date,
    ...(dkk.find((r) => r.date === date) ? { dkk: dkk.find((r) => r.date === date)! } : {}),
    ...(eur.find((r) => r.date === date) ? { eur: eur.find((r) => r.date === date)! } : {}),
  }));
  const article = reports[0]?.articleRate;
  const chart = chartGeometry(
    [
      { points: dkk.map((r) => ({ date: r.date, value: r.rubPerUnit })), ...(article ? { reference: article } : {}) },
      { points: eur.map((r) => ({ date: r.date, value: r.rubPerUnit })) },
    ],
    REPORT_DATES[0],
  );
  const accuracy = derivedAccuracy(data.rates, data.divisor);
  const sourceIds = [
    ...new Set([
      ...[...dkk, ...eur].flatMap((r) => r.sources),
      ...reports.flatMap((r) => r.atDates.flatMap((d) => Object.values(d.values).flatMap((v) => v?.row.sources ?? []))),
      ...(accuracy ? [...accuracy.official.sources, ...accuracy.eur.sources] : []),
      ...data.figures.flatMap((f) => [...(f.remarkSources ?? []), ...f.conversions.flatMap((c) => c.sources)]),
      ...data.wages.flatMap((w) => w.sources),
    ]),
  ];
  const firstUsdDate = monthSeries(data.rates, 'USD', RANGE_MONTH)[0]?.date;
  return {
    reports,
    pairs: outletPairs(data.figures),
    accuracy,
    days,
    chart,
    sourceIds,
    extremes: { dkk: extremesOf(dkk), eur: extremesOf(eur) },
    ...(firstUsdDate ? { firstUsdDate } : {}),
  };
}
