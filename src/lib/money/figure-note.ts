import type { PhrasingContent } from 'mdast';
import { formatPartialDate } from '../dates';
import type { Locale } from '../i18n/locales';
import { fill, strings } from '../i18n/strings';
import { formatMoney, formatNumber, formatPercent } from './format';
import type { FigureReport } from './glossary';

/**
 * The text of a figure's generated note, as Markdown-tree nodes: the recomputed values
 * on the report dates, the rate the article's conversion implies and its deviation, the
 * figure's sourced remark, a link to the glossary entry, and the citations of every
 * number used. Written like an author's note (`{figure} … [@a; @b]`) so that the note
 * plugins treat it the same way.
 */
export function figureNote(report: FigureReport, lang: Locale, href: string): PhrasingContent[] {
  const s = strings(lang);
  const [d1, d2] = report.atDates;
  const currency = report.article.currency;
  const at1 = d1?.values[currency];
  const at2 = d2?.values[currency];
  if (!d1 || !d2 || !at1 || !at2) throw new Error(`no ${currency} rate on the report dates for the figure "${report.figure.id}"`);
  const sentences = [
    fill(s['money.note.recomputed'], {
      amount: formatMoney(report.figure.rub, 'RUB', lang),
      at1: formatMoney(at1.value, currency, lang),
      date1: formatPartialDate(d1.date, lang, 'short'),
      at2: formatMoney(at2.value, currency, lang),
      date2: formatPartialDate(d2.date, lang, 'short'),
    }),
    fill(s['money.note.article'], {
      printed: formatMoney(report.article.value, currency, lang),
      rate: formatNumber(report.articleRate, lang, 4),
      unit: currency,
      dev1: formatPercent(d1.articleDeviation!, lang),
      dev2: formatPercent(d2.articleDeviation!, lang),
    }),
    report.figure.remark?.[lang],
  ].filter(Boolean);
  const sources = [
    ...new Set([...at1.row.sources, ...at2.row.sources, ...report.article.sources, ...(report.figure.remarkSources ?? [])]),
  ];
  return [
    { type: 'text', value: `{figure} ${sentences.join(' ')} ${s['money.note.more']} ` },
    { type: 'link', url: href, children: [{ type: 'text', value: s['money.note.link'] }] },
    { type: 'text', value: `. [${sources.map((id) => `@${id}`).join('; ')}]` },
  ];
}
