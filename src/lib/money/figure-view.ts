import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { fill, strings } from '../i18n/strings';
import { REPORT_CURRENCIES, type Currency } from './currency';
import { formatAmount, formatMoney, formatNumber, formatPercent } from './format';
import { REPORT_DATES, type Converted, type FigureReport, type Perspective } from './glossary';
import { atDateSources, lacksUsd, uniqueIds, usdSources, type MoneyPageModel } from './page-model';
import { usdNote } from './page-prose';
import { amountPrecision, AS_GIVEN, convertedPrecision, PRECISION } from './precision';
import { formatImpliedRate, formatRateInterval, perUnit } from './text';

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
    /** Headers of the currency columns, in `REPORT_CURRENCIES` order. */
    heads: string[];
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
    /** What the table is, for screen readers. */
    label: string;
    head: { vsReport: string };
    rows: { outlet: string; isArticle: boolean; printed: string; rates: string; vsReport: Cell; sources: string[] }[];
  };
}

/** A currency column's header: the code, but the krone column says its rates are derived. */
export function currencyHead(currency: Currency, lang: Locale): string {
  return currency === 'DKK' ? strings(lang)['money.col.dkk'] : currency;
}

/** A figure against a wage, as a sentence: "0,87 × en gennemsnitlig dansk månedsløn …". */
function perspectiveText(p: Perspective, lang: Locale): CitedText {
  const s = strings(lang);
  const cur = p.wage.currency;
  const date = p.row ? formatPartialDate(p.row.date, lang, 'short') : undefined;
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
}

/** One figure's entry, formatted for `lang`. */
export function figureView(r: FigureReport, model: MoneyPageModel, lang: Locale): FigureView {
  const s = strings(lang);
  const f = r.figure;
  const short = (date: string) => formatPartialDate(date, lang, 'short');
  const show = (c: Converted, prose = false) => formatAmount(c.value, c.currency, lang, convertedPrecision(c.row), prose);
  const rub = formatMoney(f.rub, 'RUB', lang, 0, { prose: true });
  const article = r.article;
  const label = f.label[lang];
  const usd = lacksUsd(r) ? model.usd : undefined;
  return {
    id: f.id,
    label,
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
      heads: REPORT_CURRENCIES.map((c) => currencyHead(c, lang)),
      deviationHead: fill(s['money.col.deviation'], { outlet: article.outlet }),
      rows: r.atDates.map((d) => ({
        date: short(d.date),
        cells: REPORT_CURRENCIES.map((c): Cell => {
          const v = d.values[c];
          return v ? { text: show(v) } : { text: s['money.noRate'], none: true };
        }),
        deviation: d.articleDeviation ? formatPercent(d.articleDeviation, lang, PRECISION.percent) : '–',
      })),
      ...(usd ? { note: usdNote(usd, lang) } : {}),
      sources: uniqueIds(atDateSources(r), usd ? usdSources(usd) : []),
    },
    ranges: r.ranges.map((g) =>
      fill(s['money.rangeText'], {
        currency: s[`money.range.${g.currency}` as const],
        low: show(g.low, true),
        lowDate: short(g.low.row.date),
        high: show(g.high, true),
        highDate: short(g.high.row.date),
      }),
    ),
    perspectives: r.perspectives.map((p) => perspectiveText(p, lang)),
    outlets: {
      label: `${s['money.outlets']}: ${label}`,
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
