import type { RateRow } from './data';
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
  return { reports, pairs: outletPairs(data.figures), accuracy, days, chart, sourceIds };
}
