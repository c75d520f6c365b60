import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { fill, strings } from '../i18n/strings';
import { formatList } from '../i18n/lists';
import { formatAmount, formatMoney } from './format';
import type { Converted, FigureReport } from './glossary';
import { AS_GIVEN, convertedPrecision } from './precision';
import { deviationPair, formatImpliedRate, perUnit } from './text';

/** A figure note's text: its sentences, then "more in" and a link to the glossary entry. */
export interface FigureNoteText {
  /** The sentences, in order ("Efterregnet: 495.000 rubler er ≈ …"). */
  sentences: string[];
  /** The words before the link ("Alle omregninger og kilder i"). */
  more: string;
  /** The glossary entry: its address and the link's text. */
  link: { href: string; text: string };
  /** The ids of the sources of every number used, in order, without duplicates. */
  sources: string[];
}

/**
 * The text of a figure's generated note, as data: the recomputed values
 * on the report dates (in the article's currency, and in euros beside them), the rate
 * the article's conversion implies and how far its amount is from the recomputed ones
 * (in words: "0,5 % under og 0,1 % over"), the figure's sourced remark, the original
 * report's own conversion (Reuters' dollars), a link to the glossary entry, and the
 * citations of every number used. Numbers follow the precision policy (`precision.ts`).
 * The Markdown layer (`remarkMoney`) turns it into a typed `{figure}` note; nothing here
 * is Markdown, so nothing is parsed again.
 */
export function figureNote(report: FigureReport, lang: Locale, href: string): FigureNoteText {
  const s = strings(lang);
  const [d1, d2] = report.atDates;
  const currency = report.article.currency;
  const at1 = d1?.values[currency];
  const at2 = d2?.values[currency];
  if (!d1 || !d2 || !at1 || !at2) throw new Error(`no ${currency} rate on the report dates for the figure "${report.figure.id}"`);
  const show = (c: Converted) => formatAmount(c.value, c.currency, lang, convertedPrecision(c.row), true);
  // Euros beside the recomputed amounts, where the article's currency is not the euro.
  const eur = currency === 'EUR' ? [] : [d1.values.EUR, d2.values.EUR];
  const withEuro = (c: Converted, e: Converted | undefined) => (e ? formatList([show(c), show(e)], lang, 'disjunction') : show(c));
  const original = report.figure.conversions.find((c) => c.original);
  const sentences = [
    fill(s['money.note.recomputed'], {
      amount: formatMoney(report.figure.rub, 'RUB', lang, 0, { prose: true }),
      at1: withEuro(at1, eur[0]),
      date1: formatPartialDate(d1.date, lang, 'short'),
      at2: withEuro(at2, eur[1]),
      date2: formatPartialDate(d2.date, lang, 'short'),
    }),
    fill(s['money.note.article'], {
      printed: formatAmount(report.article.value, currency, lang, AS_GIVEN, true),
      rate: formatImpliedRate(report.articleRate, lang),
      per: perUnit(currency, lang),
      deviations: deviationPair(d1.articleDeviation!, d2.articleDeviation!, lang),
    }),
    report.figure.remark?.[lang],
    original &&
      fill(s['money.note.original'], {
        outlet: original.outlet,
        printed: `${original.qualifier ? `${s[`money.qualifier.${original.qualifier}`]} ` : ''}${formatAmount(original.value, original.currency, lang, AS_GIVEN, true)}`,
      }),
  ].filter((x): x is string => Boolean(x));
  const sources = [
    ...new Set([
      ...at1.row.sources,
      ...at2.row.sources,
      ...eur.flatMap((e) => e?.row.sources ?? []),
      ...report.article.sources,
      ...(report.figure.remarkSources ?? []),
      ...(original?.sources ?? []),
    ]),
  ];
  return { sentences, more: s['money.note.more'], link: { href, text: s['money.note.link'] }, sources };
}
