import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { fill, strings, type StringKey } from '../i18n/strings';
import { parseDecimal, rational } from './decimal';
import { chartView, type ChartView } from './chart-view';
import { formatMoney, formatNumber, formatPercent } from './format';
import { figureView, type CitedText, type FigureView } from './figure-view';
import { directionOf, type OutletPair } from './glossary';
import { printedInterval } from './intervals';
import type { MoneyData } from './load';
import { moneyPage, uniqueIds, type MoneyPageModel } from './page-model';
import { chartDescription } from './page-prose';
import { amountPrecision, PRECISION, rateTablePlaces } from './precision';
import { directionWord, formatRateInterval } from './text';

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
  pairs: { label: string; heads: string[]; rows: PairRowView[]; method: string };
  rates: { chart: ChartView; description: string; days: { date: string; dkk: string; eur: string; marked: boolean }[]; sources: string[] };
  method: { rates: string; derived?: CitedText; rounding: string };
  sourceIds: string[];
}

/**
 * The method's examples of the interval rule, computed by the rule itself: "36000"
 * stands for 35,500–36,500.
 */
const INTERVAL_EXAMPLES = ['36000', '13600'] as const;

/** The string that names a pair's verdict: the verdict, or for a pair not assessed, why not. */
export function verdictKey(pair: Pick<OutletPair, 'outlet' | 'verdict' | 'reason'>): StringKey {
  if (pair.verdict !== 'not-assessed') return `money.verdict.${pair.verdict}`;
  if (!pair.reason) throw new Error(`the outlet pair of ${pair.outlet} was not assessed, and says no reason why`);
  return `money.verdict.${pair.reason}`;
}

function pairsView(data: MoneyData, model: MoneyPageModel, lang: Locale): MoneyPageView['pairs'] {
  const s = strings(lang);
  const examples = INTERVAL_EXAMPLES.map((text) => {
    const value = parseDecimal(text);
    const i = printedInterval(value, undefined);
    return { printed: formatNumber(value, lang, 0), interval: `${formatNumber(i.low!, lang, 0)}–${formatNumber(i.high!, lang, 0)}` };
  });
  return {
    label: `${s['money.pairs']}: ${s['money.col.verdict']}`,
    heads: data.figures.map((f) => fill(s['money.col.rateFor'], { label: f.label[lang] })),
    rows: model.pairs.map((p) => ({
      outlet: p.outlet,
      verdict: p.verdict,
      verdictText: s[verdictKey(p)],
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
  };
}

function ratesView(model: MoneyPageModel, lang: Locale): MoneyPageView['rates'] {
  const description = chartDescription(model, lang);
  return {
    chart: chartView(model.chart, description, lang),
    description,
    days: model.days.map((d) => ({
      date: formatPartialDate(d.date, lang, 'short'),
      dkk: d.dkk ? formatNumber(d.dkk.rubPerUnit, lang, rateTablePlaces(d.dkk)) : '–',
      eur: d.eur ? formatNumber(d.eur.rubPerUnit, lang, rateTablePlaces(d.eur)) : '–',
      marked: d.date === model.chart.mark?.date,
    })),
    sources: uniqueIds(model.days.flatMap((d) => [...(d.dkk?.sources ?? []), ...(d.eur?.sources ?? [])])),
  };
}

function methodView(data: MoneyData, model: MoneyPageModel, lang: Locale): MoneyPageView['method'] {
  const s = strings(lang);
  const accuracy = model.accuracy;
  const derivedAmount = amountPrecision('DKK', true);
  const tenge = amountPrecision('KZT', false);
  const unit = (places: number) => rational(10n ** BigInt(-places));
  return {
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
            sources: uniqueIds(data.divisorSources, accuracy.official.sources),
          },
        }
      : {}),
    rounding: fill(s['money.method.rounding'], {
      derivedStep: formatMoney(unit(derivedAmount.places), 'DKK', lang, 0, { prose: true }),
      tengeStep: formatMoney(unit(tenge.places), 'KZT', lang, 0, { prose: true }),
    }),
  };
}

/** Builds the whole page for one language: every number formatted, every sentence filled. */
export function moneyPageView(data: MoneyData, lang: Locale): MoneyPageView {
  const model = moneyPage(data);
  return {
    figures: model.reports.map((r) => figureView(r, model, lang)),
    pairs: pairsView(data, model, lang),
    rates: ratesView(model, lang),
    method: methodView(data, model, lang),
    sourceIds: model.sourceIds,
  };
}
