import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { fill, strings, type StringKey } from '../i18n/strings';
import type { RateRow } from './data';
import { compare, parseDecimal, rational, type Rational } from './decimal';
import { chartGeometry, type ChartGeometry } from './chart';
import { formatAmount, formatMoney, formatNumber, formatPercent } from './format';
import {
  derivedAccuracy,
  directionOf,
  figureReport,
  monthSeries,
  outletPairs,
  RANGE_MONTH,
  REPORT_DATES,
  type Converted,
  type FigureReport,
  type OutletPair,
} from './glossary';
import { printedInterval } from './intervals';
import type { MoneyData } from './load';
import { amountPrecision, AS_GIVEN, convertedPrecision, PRECISION, rateTablePlaces } from './precision';
import { directionWord, formatImpliedRate, formatRateInterval, perUnit } from './text';

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
  const sourceIds = [
    ...new Set([
      ...[...dkk, ...eur].flatMap((r) => r.sources),
      ...reports.flatMap((r) => r.atDates.flatMap((d) => Object.values(d.values).flatMap((v) => v?.row.sources ?? []))),
      ...(usd ? [...usd.first.sources, ...(usd.firstSourced?.sources ?? [])] : []),
      ...(accuracy ? [...accuracy.official.sources, ...accuracy.eur.sources] : []),
      ...data.figures.flatMap((f) => [...(f.remarkSources ?? []), ...f.conversions.flatMap((c) => c.sources)]),
      ...data.wages.flatMap((w) => w.sources),
    ]),
  ];
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

/** A text with the sources behind it. */
export interface CitedText {
  text: string;
  sources: string[];
}

/** A table cell: its text, and whether it says that a value is missing (shown muted). */
export interface Cell {
  text: string;
  none?: boolean;
}

/** One figure's entry on the page, every number formatted for one language. */
export interface FigureView {
  id: string;
  label: string;
  /** The sum in the heading ("mindst 190.000 rubler"). */
  amount: string;
  /** Its period after it (" om måneden"), or "". */
  period: string;
  remark?: CitedText;
  article: CitedText;
  recomputed: {
    caption: string;
    /** Header of the column with the article's deviation. */
    deviationHead: string;
    rows: { date: string; cells: Cell[]; deviation: string }[];
    /** The note under the table (the dollar rates we have), if any. */
    note?: string;
    sources: string[];
  };
  ranges: string[];
  perspectives: CitedText[];
  outlets: {
    head: { vsReport: string };
    rows: { outlet: string; isArticle: boolean; printed: string; rates: string; vsReport: Cell; sources: string[] }[];
  };
}

/** One outlet's row in the table "do each outlet's figures agree?". */
export interface PairRowView {
  outlet: string;
  verdict: OutletPair['verdict'];
  verdictText: string;
  /** The rate interval of each figure (in figure order), "–" where the outlet has none. */
  rates: string[];
  /** The rates the figures have in common, or "none". */
  common: string;
}

/** The whole page, formatted for one language: the layout only renders it. */
export interface MoneyPageView {
  figures: FigureView[];
  pairs: { heads: string[]; rows: PairRowView[]; method: string };
  rates: { description: string; days: { date: string; dkk: string; eur: string; marked: boolean }[]; sources: string[] };
  method: { rates: string; derived?: CitedText; rounding: string };
  chart: ChartGeometry;
  sourceIds: string[];
}

const CURRENCY_COLUMNS = ['DKK', 'EUR', 'USD', 'KZT'] as const;

/** The page's chart description: how the rouble moved in the month (`trendOf`), and what the lines mark. */
export function chartDescription(model: MoneyPageModel, lang: Locale): string {
  const s = strings(lang);
  const { dkk, eur } = model.trend;
  const day = (d: string) => formatPartialDate(d, lang);
  const r = (row: RateRow) => formatNumber(row.rubPerUnit, lang, row.derived ? PRECISION.rateDerived : PRECISION.rateProse);
  if (dkk.peak === dkk.first) throw new Error('the chart description assumes the rouble fell from the first day of the month; this series never did');
  const parts = [
    fill(s['money.chart.desc.fell'], { first: r(dkk.first), firstDate: day(dkk.first.date), peak: r(dkk.peak), peakDate: day(dkk.peak.date), firstEur: r(eur.first), peakEur: r(eur.peak) }),
    dkk.after === 'none' ? undefined : fill(s[dkk.after === 'partial' ? 'money.chart.desc.partly' : 'money.chart.desc.fully'], { last: r(dkk.last), lastEur: r(eur.last), lastDate: day(dkk.last.date) }),
    fill(s['money.chart.desc.marks'], { mark: day(model.chart.mark!.date), rate: formatImpliedRate(model.reports[0]!.articleRate, lang) }),
  ];
  return parts.filter(Boolean).join(' ');
}

/** The note under a recomputed table when a report date has no dollar rate: which dollar rates we do have. */
export function usdNote(usd: UsdCoverage, lang: Locale): string {
  const s = strings(lang);
  if (!usd.first.derived) return fill(s['money.usdNote'], { date: formatPartialDate(usd.first.date, lang) });
  if (!usd.firstSourced) throw new Error(`the month's dollar rates are all derived (first: ${usd.first.where}); the page has no text for that`);
  return fill(s['money.usdNote.derived'], {
    date: formatPartialDate(usd.first.date, lang),
    rate: formatNumber(usd.first.rubPerUnit, lang, PRECISION.rateDerived),
    sourcedDate: formatPartialDate(usd.firstSourced.date, lang),
  });
}

function figureView(r: FigureReport, model: MoneyPageModel, lang: Locale): FigureView {
  const s = strings(lang);
  const f = r.figure;
  const short = (date: string) => formatPartialDate(date, lang, 'short');
  const show = (c: Converted, prose = false) => formatAmount(c.value, c.currency, lang, convertedPrecision(c.row), prose);
  const rub = formatMoney(f.rub, 'RUB', lang, 0, { prose: true });
  const article = r.article;
  const noUsd = r.atDates.some((d) => !d.values.USD);
  const usd = noUsd ? model.usd : undefined;
  const recomputedSources = [
    ...new Set([
      ...r.atDates.flatMap((d) => Object.values(d.values).flatMap((v) => v?.row.sources ?? [])),
      ...(usd ? [...usd.first.sources, ...(usd.firstSourced?.sources ?? [])] : []),
    ]),
  ];
  const perspectives = r.perspectives.map((p): CitedText => {
    const cur = p.wage.currency;
    const date = p.row ? short(p.row.date) : undefined;
    const values = {
      ratio: formatNumber(p.ratio, lang, PRECISION.ratio),
      label: p.wage.label[lang],
      ...(date ? { date } : {}),
    };
    const text =
      p.wage.per === 'year'
        ? fill(s[date ? 'money.perspective.yearConverted' : 'money.perspective.year'], {
            ...values,
            basis: p.wage.basis?.[lang] ?? '',
            yearly: formatAmount(p.wage.value, cur, lang, AS_GIVEN, true),
            // The template writes the "≈" of this derived amount itself ("÷ 12 ≈ …").
            wage: formatMoney(p.monthly, cur, lang, amountPrecision(cur, true).places, { prose: true }),
          })
        : fill(s[date ? 'money.perspective.monthConverted' : 'money.perspective.month'], { ...values, wage: formatAmount(p.monthly, cur, lang, AS_GIVEN, true) });
    return { text, sources: p.wage.sources };
  });
  return {
    id: f.id,
    label: f.label[lang],
    amount: `${f.qualifier ? `${s['money.atLeast']} ` : ''}${rub}`,
    period: f.period === 'month' ? ` ${s['money.period.month']}` : '',
    ...(f.remark ? { remark: { text: f.remark[lang], sources: f.remarkSources ?? [] } } : {}),
    article: {
      text: fill(s['money.articleText'], {
        outlet: article.outlet,
        printed: formatAmount(article.value, article.currency, lang, AS_GIVEN, true),
        rate: formatImpliedRate(r.articleRate, lang),
        per: perUnit(article.currency, lang),
      }),
      sources: article.sources,
    },
    recomputed: {
      caption: fill(s['money.recomputedCaption'], { amount: rub }),
      deviationHead: fill(s['money.col.deviation'], { outlet: article.outlet }),
      rows: r.atDates.map((d) => ({
        date: short(d.date),
        cells: CURRENCY_COLUMNS.map((c): Cell => {
          const v = d.values[c];
          return v ? { text: show(v) } : { text: s['money.noRate'], none: true };
        }),
        deviation: d.articleDeviation ? formatPercent(d.articleDeviation, lang, PRECISION.percent) : '–',
      })),
      ...(usd ? { note: usdNote(usd, lang) } : {}),
      sources: recomputedSources,
    },
    ranges: r.ranges.map((g) =>
      fill(s['money.rangeText'], {
        currency: s[`money.range.${g.currency}` as StringKey],
        low: show(g.low, true),
        lowDate: short(g.low.row.date),
        high: show(g.high, true),
        highDate: short(g.high.row.date),
      }),
    ),
    perspectives,
    outlets: {
      head: { vsReport: fill(s['money.col.vsReport'], { date: short(REPORT_DATES[0]) }) },
      rows: r.outlets.map((o) => ({
        outlet: o.conversion.outlet,
        isArticle: o.conversion.article === true,
        printed: `${o.conversion.qualifier ? `${s[`money.qualifier.${o.conversion.qualifier}`]} ` : ''}${formatAmount(o.conversion.value, o.conversion.currency, lang, AS_GIVEN)}`,
        rates: formatRateInterval(o.rates, lang),
        vsReport: o.versusReportDate ? { text: formatPercent(o.versusReportDate, lang, PRECISION.percent) } : { text: s['money.noRate'], none: true },
        sources: o.conversion.sources,
      })),
    },
  };
}

/**
 * The method's examples of the interval rule, computed by the rule itself: "36000"
 * stands for 35,500–36,500.
 */
const INTERVAL_EXAMPLES = ['36000', '13600'] as const;

/** Builds the whole page for one language: every number formatted, every sentence filled. */
export function moneyPageView(data: MoneyData, lang: Locale): MoneyPageView {
  const s = strings(lang);
  const model = moneyPage(data);
  const accuracy = model.accuracy;
  const examples = INTERVAL_EXAMPLES.map((text) => {
    const value = parseDecimal(text);
    const i = printedInterval(value, undefined);
    return { printed: formatNumber(value, lang, 0), interval: `${formatNumber(i.low!, lang, 0)}–${formatNumber(i.high!, lang, 0)}` };
  });
  const derivedAmount = amountPrecision('DKK', true);
  const tenge = amountPrecision('KZT', false);
  const unit = (places: number) => rational(10n ** BigInt(-places));
  return {
    figures: model.reports.map((r) => figureView(r, model, lang)),
    pairs: {
      heads: data.figures.map((f) => fill(s['money.col.rateFor'], { label: f.label[lang] })),
      rows: model.pairs.map((p) => ({
        outlet: p.outlet,
        verdict: p.verdict,
        verdictText: s[`money.verdict.${p.verdict === 'not-assessed' ? p.reason : p.verdict}` as StringKey],
        rates: data.figures.map((f) => {
          const e = p.entries.find((x) => x.figure.id === f.id);
          return e ? formatRateInterval(e.conversion.rates, lang) : '–';
        }),
        common: p.verdict === 'not-assessed' ? '–' : p.common ? formatRateInterval(p.common, lang) : s['money.common.none'],
      })),
      method: fill(s['money.method.pairs'], {
        example1: examples[0]!.printed,
        interval1: examples[0]!.interval,
        example2: examples[1]!.printed,
        interval2: examples[1]!.interval,
      }),
    },
    rates: {
      description: chartDescription(model, lang),
      days: model.days.map((d) => ({
        date: formatPartialDate(d.date, lang, 'short'),
        dkk: d.dkk ? formatNumber(d.dkk.rubPerUnit, lang, rateTablePlaces(d.dkk)) : '–',
        eur: d.eur ? formatNumber(d.eur.rubPerUnit, lang, rateTablePlaces(d.eur)) : '–',
        marked: d.date === model.chart.mark?.date,
      })),
      sources: [...new Set(model.days.flatMap((d) => [...(d.dkk?.sources ?? []), ...(d.eur?.sources ?? [])]))],
    },
    method: {
      rates: s['money.method.rates'],
      ...(accuracy
        ? {
            derived: {
              text: fill(s['money.method.derived'], {
                divisor: formatNumber(data.divisor, lang, PRECISION.divisor),
                date: formatPartialDate(accuracy.date, lang),
                official: formatNumber(accuracy.official.rubPerUnit, lang, PRECISION.rateProse),
                deviation: formatPercent(accuracy.deviation, lang, PRECISION.percent, { signed: false }),
                direction: directionWord(directionOf(accuracy.deviation), lang),
                derived: formatNumber(accuracy.derived, lang, PRECISION.rateDerived),
              }),
              sources: [...new Set([...(data.rules.find((r) => r.divisor)?.sources ?? []), ...accuracy.official.sources])],
            },
          }
        : {}),
      rounding: fill(s['money.method.rounding'], {
        derivedStep: formatMoney(unit(derivedAmount.places), 'DKK', lang, 0, { prose: true }),
        tengeStep: formatMoney(unit(tenge.places), 'KZT', lang, 0, { prose: true }),
      }),
    },
    chart: model.chart,
    sourceIds: model.sourceIds,
  };
}
