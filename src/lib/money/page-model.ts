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

/**
 * How a month's rate series moved, for the chart's description: its first day, the day
 * of the rouble's low (most roubles per unit) and its last day, and what happened after
 * the low — `none` (the low was the last day), a `partial` or a `full` recovery (back to
 * or below the first day's rate).
 */
export interface Trend {
  first: RateRow;
  peak: RateRow;
  last: RateRow;
  after: 'none' | 'partial' | 'full';
}

/** The dollar rates the page says it has for the month: the first, and the first read from a source. */
export interface UsdCoverage {
  first: RateRow;
  /** The first row read from a source, when the first is derived. */
  firstSourced?: RateRow;
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
  /** How the krone (and, beside it, the euro) series moved in the month. */
  trend: { dkk: Trend; eur: Trend };
  /** The month's dollar rates, if any. */
  usd?: UsdCoverage;
}

/** Source ids from several lists, each once, in order of first use. */
export function uniqueIds(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** The sources of the rates a figure was recomputed at, on every report date. */
export function atDateSources(report: FigureReport): string[] {
  return report.atDates.flatMap((d) => Object.values(d.values).flatMap((v) => v?.row.sources ?? []));
}

/** The sources of the dollar rates the page says it has. */
export function usdSources(usd: UsdCoverage): string[] {
  return [...usd.first.sources, ...(usd.firstSourced?.sources ?? [])];
}

/** Whether a figure could not be recomputed in dollars on some report date (the table then says which dollar rates exist). */
export function lacksUsd(report: FigureReport): boolean {
  return report.atDates.some((d) => !d.values.USD);
}

/** How a series moved: its first and last rows, the rouble's low, and the recovery after it. */
export function trendOf(series: readonly RateRow[]): Trend {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) throw new Error('an empty rate series has no trend');
  const peak = series.reduce((a, b) => (compare(b.rubPerUnit, a.rubPerUnit) > 0 ? b : a));
  const after = peak === last ? 'none' : compare(last.rubPerUnit, first.rubPerUnit) <= 0 ? 'full' : 'partial';
  return { first, peak, last, after };
}

/** The month's dollar coverage: the first row, and (if that one is derived) the first read from a source. */
export function usdCoverage(rows: readonly RateRow[]): UsdCoverage | undefined {
  const series = monthSeries(rows, 'USD', RANGE_MONTH);
  const first = series[0];
  if (!first) return undefined;
  const firstSourced = first.derived ? series.find((r) => !r.derived) : undefined;
  return { first, ...(firstSourced ? { firstSourced } : {}) };
}

/** Builds the glossary page's model. */
export function moneyPage(data: MoneyData): MoneyPageModel {
  const reports = data.figures.map((f) => figureReport(f, data.rates, data.wages));
  const dkk = monthSeries(data.rates, 'DKK', RANGE_MONTH);
  const eur = monthSeries(data.rates, 'EUR', RANGE_MONTH);
  const dates = [...new Set([...dkk, ...eur].map((r) => r.date))].sort();
  const days = dates.map((date) => {
    const d = dkk.find((r) => r.date === date);
    const e = eur.find((r) => r.date === date);
    return { date, ...(d ? { dkk: d } : {}), ...(e ? { eur: e } : {}) };
  });
  const article = reports[0]?.articleRate;
  const chart = chartGeometry(
    [
      { points: dkk.map((r) => ({ date: r.date, value: r.rubPerUnit })), ...(article ? { reference: article } : {}) },
      { points: eur.map((r) => ({ date: r.date, value: r.rubPerUnit })) },
    ],
    REPORT_DATES[0],
  );
  const accuracy = derivedAccuracy(data.rates, data.divisor);
  const usd = usdCoverage(data.rates);
  const sourceIds = uniqueIds(
    [...dkk, ...eur].flatMap((r) => r.sources),
    reports.flatMap(atDateSources),
    usd ? usdSources(usd) : [],
    accuracy ? [...accuracy.official.sources, ...accuracy.eur.sources] : [],
    data.figures.flatMap((f) => [...(f.remarkSources ?? []), ...f.conversions.flatMap((c) => c.sources)]),
    data.wages.flatMap((w) => w.sources),
  );
  return {
    reports,
    pairs: outletPairs(data.figures),
    accuracy,
    days,
    chart,
    sourceIds,
    trend: { dkk: trendOf(dkk), eur: trendOf(eur) },
    ...(usd ? { usd } : {}),
  };
}
