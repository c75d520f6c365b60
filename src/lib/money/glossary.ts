import { abs, compare, div, rational, sub, type Rational } from './decimal';
import { intersect, printedInterval, rateInterval, type Interval } from './intervals';
import type { Conversion, Figure, RateRow, Wage } from './data';
import { MONTH_CURRENCIES, REPORT_CURRENCIES, type Currency, type MonthCurrency } from './currency';

/** The dates the glossary recomputes at: the day of Reuters' report and the day after. */
export const REPORT_DATES = ['2023-08-03', '2023-08-04'] as const;
/** The month whose range the glossary shows. */
export const RANGE_MONTH = '2023-08';

/** A value converted at one rate row (the row is its provenance). */
export interface Converted {
  currency: Currency;
  value: Rational;
  row: RateRow;
}

/** The rate for `currency` in force on `date`: the official row, else a derived one. */
export function rateOn(rows: readonly RateRow[], currency: Currency, date: string): RateRow | undefined {
  const found = rows.filter((r) => r.currency === currency && r.date === date);
  return found.find((r) => !r.derived) ?? found[0];
}

/** Every row of `currency` in `month` (YYYY-MM), by date. */
export function monthSeries(rows: readonly RateRow[], currency: Currency, month: string): RateRow[] {
  const dates = [...new Set(rows.filter((r) => r.currency === currency && r.date.startsWith(`${month}-`)).map((r) => r.date))].sort();
  return dates.map((d) => rateOn(rows, currency, d)!);
}

/** `rub` roubles in `currency` at `row`'s rate. */
export function convert(rub: Rational, row: RateRow): Converted {
  return { currency: row.currency, value: div(rub, row.rubPerUnit), row };
}

/** Roubles per unit implied by a printed conversion: 495,000 RUB / 36,000 kr = 13.75. */
export function impliedRate(rub: Rational, printed: Rational): Rational {
  return div(rub, printed);
}

/** (a − b) / b: how far `a` is from `b`, as a ratio (0.005 = 0.5 %). */
export function deviation(a: Rational, b: Rational): Rational {
  return div(sub(a, b), b);
}

/** The recomputed values on one date. */
export interface AtDate {
  date: string;
  values: Partial<Record<Currency, Converted>>;
  /** How far the article's printed value is from the recomputed one in its currency. */
  articleDeviation?: Rational;
}

/** Lowest and highest value of a figure in a month, with the rows (dates) they come from. */
export interface Range {
  currency: MonthCurrency;
  low: Converted;
  high: Converted;
}

/** A figure against a wage: how many months of that wage it is. */
export interface Perspective {
  wage: Wage;
  /** The wage per month (a yearly wage ÷ 12, derived). */
  monthly: Rational;
  /** The figure in the wage's currency (at the first report date's rate, if not roubles). */
  figureValue: Rational;
  row?: RateRow;
  ratio: Rational;
}

/** How one outlet converted one figure. */
export interface OutletConversion {
  conversion: Conversion;
  /** The rate the printed number implies, taken as exact: rub ÷ printed. */
  rate: Rational;
  /** The amounts the printed number stands for (its rounding and hedge, `printedInterval`). */
  amount: Interval;
  /** The rates those amounts imply (`rateInterval`). */
  rates: Interval;
  /** How far the printed amount is from the amount recomputed on the report date, where a rate exists. */
  versusReportDate?: Rational;
}

/**
 * Whether an outlet's conversions of the figures can rest on one rate.
 * `fits`: their rate intervals overlap (`common`), so one rate explains every figure;
 * `does-not-fit`: they cannot overlap, so no single rate explains them, whatever the
 * rounding; `not-assessed` (with the reason): figures in different currencies, whose
 * rates cannot be compared.
 */
export interface OutletPair {
  outlet: string;
  currency: Currency;
  /** The outlet's conversion of each figure it converted, in figure order. */
  entries: { figure: Figure; conversion: OutletConversion }[];
  /** The rates every conversion allows, if they overlap. */
  common?: Interval;
  verdict: 'fits' | 'does-not-fit' | 'not-assessed';
  /** Why a pair was not assessed. */
  reason?: 'currencies-differ';
}

/** One outlet's conversion of `figure`, with its implied rate and intervals. */
export function outletConversion(figure: Figure, conversion: Conversion, reportRow?: RateRow): OutletConversion {
  const amount = printedInterval(conversion.value, conversion.qualifier, figure.qualifier === 'at-least');
  return {
    conversion,
    rate: impliedRate(figure.rub, conversion.value),
    amount,
    rates: rateInterval(figure.rub, amount),
    ...(reportRow ? { versusReportDate: deviation(conversion.value, convert(figure.rub, reportRow).value) } : {}),
  };
}

/** Everything the glossary shows for one figure. */
export interface FigureReport {
  figure: Figure;
  article: Conversion;
  articleRate: Rational;
  atDates: AtDate[];
  ranges: Range[];
  perspectives: Perspective[];
  outlets: OutletConversion[];
}

/** Builds the report of one figure from the rate rows and wage benchmarks. */
export function figureReport(figure: Figure, rows: readonly RateRow[], wages: readonly Wage[]): FigureReport {
  const article = figure.conversions.find((c) => c.article)!;
  const atDates = REPORT_DATES.map((date) => {
    const values: AtDate['values'] = {};
    for (const currency of REPORT_CURRENCIES) {
      const row = rateOn(rows, currency, date);
      if (row) values[currency] = convert(figure.rub, row);
    }
    const mine = values[article.currency];
    return { date, values, ...(mine ? { articleDeviation: deviation(article.value, mine.value) } : {}) };
  });
  const ranges: Range[] = MONTH_CURRENCIES.flatMap((currency) => {
    const series = monthSeries(rows, currency, RANGE_MONTH).map((row) => convert(figure.rub, row));
    if (series.length === 0) return [];
    const low = series.reduce((a, b) => (compare(b.value, a.value) < 0 ? b : a));
    const high = series.reduce((a, b) => (compare(b.value, a.value) > 0 ? b : a));
    return [{ currency, low, high }];
  });
  const perspectives = wages.map((wage): Perspective => {
    const monthly = wage.per === 'year' ? div(wage.value, rational(12n)) : wage.value;
    const row = wage.currency === 'RUB' ? undefined : rateOn(rows, wage.currency, REPORT_DATES[0]);
    if (wage.currency !== 'RUB' && !row) throw new Error(`no ${wage.currency} rate on ${REPORT_DATES[0]} for the wage "${wage.id}"`);
    const figureValue = row ? convert(figure.rub, row).value : figure.rub;
    return { wage, monthly, figureValue, ...(row ? { row } : {}), ratio: div(figureValue, monthly) };
  });
  const outlets = figure.conversions.map((conversion) => outletConversion(figure, conversion, rateOn(rows, conversion.currency, REPORT_DATES[0])));
  return { figure, article, articleRate: impliedRate(figure.rub, article.value), atDates, ranges, perspectives, outlets };
}

/**
 * Compares each outlet's conversions of the figures. Two conversions by one outlet
 * should rest on one rate. A printed number stands for an interval of amounts (its
 * rounding and hedge, `printedInterval`), hence for an interval of rates; the outlet's
 * figures fit when their rate intervals overlap and do not fit only when they cannot.
 * A lower bound ("over") gives a rate interval open downwards: it still contradicts a
 * figure whose every possible rate lies above it, but two bounds never contradict each
 * other. Figures in different currencies are `not-assessed`.
 */
export function outletPairs(figures: readonly Figure[]): OutletPair[] {
  const outlets = [...new Set(figures.flatMap((f) => f.conversions.map((c) => c.outlet)))];
  return outlets.flatMap((outlet): OutletPair[] => {
    const entries = figures.flatMap((figure) => {
      const c = figure.conversions.find((x) => x.outlet === outlet);
      return c ? [{ figure, conversion: outletConversion(figure, c) }] : [];
    });
    if (entries.length < 2) return [];
    const currency = entries[0]!.conversion.conversion.currency;
    const base = { outlet, currency, entries };
    if (entries.some((e) => e.conversion.conversion.currency !== currency)) return [{ ...base, verdict: 'not-assessed', reason: 'currencies-differ' }];
    const common = intersect(entries.map((e) => e.conversion.rates));
    return [common ? { ...base, common, verdict: 'fits' } : { ...base, verdict: 'does-not-fit' }];
  });
}

/**
 * How far the derived krone series is from an official CBR quote: on the one day with
 * an official DKK rate, the official rate against the same day's EUR rate ÷ `divisor`.
 */
export function derivedAccuracy(rows: readonly RateRow[], divisor: Rational): { date: string; official: RateRow; eur: RateRow; derived: Rational; deviation: Rational } | undefined {
  const official = rows.find((r) => r.currency === 'DKK' && !r.derived);
  if (!official) return undefined;
  const eur = rows.find((r) => r.currency === 'EUR' && !r.derived && r.date === official.date);
  if (!eur) return undefined;
  const derived = div(eur.rubPerUnit, divisor);
  return { date: official.date, official, eur, derived, deviation: deviation(official.rubPerUnit, derived) };
}

/**
 * Checks that every derived DKK row is the same day's EUR rate ÷ `divisor`, to within
 * the last written digit. Returns a message per row that is not.
 */
export function checkDerivedRows(rows: readonly RateRow[], divisor: Rational): string[] {
  return rows
    .filter((r) => r.derived && r.currency === 'DKK')
    .flatMap((r) => {
      const eur = rows.find((e) => e.currency === 'EUR' && !e.derived && e.date === r.date);
      if (!eur) return [`${r.where}: derived DKK rate on ${r.date} has no EUR rate to derive it from`];
      const places = (r.rubValueText.split('.')[1] ?? '').length;
      const step = rational(1n, 10n ** BigInt(places));
      const gap = sub(div(eur.rubPerUnit, divisor), r.rubPerUnit);
      return compare(abs(gap), step) < 0 ? [] : [`${r.where}: derived DKK ${r.rubValueText} is not EUR ${eur.rubValueText} ÷ ${divisor.num}/${divisor.den}`];
    });
}

/** Which way a deviation goes, for text that says it in words ("0,5 % under"): its exact sign. */
export type Direction = 'below' | 'above' | 'equal';

/** The direction of a ratio such as `deviation(printed, recomputed)`. */
export function directionOf(ratio: Rational): Direction {
  return ratio.num < 0n ? 'below' : ratio.num > 0n ? 'above' : 'equal';
}
