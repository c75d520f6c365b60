import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { fill, strings } from '../i18n/strings';
import type { RateRow } from './data';
import { formatNumber } from './format';
import type { MoneyPageModel, UsdCoverage } from './page-model';
import { PRECISION } from './precision';
import { formatImpliedRate } from './text';

/** The page's chart description: how the rouble moved in the month (`trendOf`), and what the lines mark. */
export function chartDescription(model: MoneyPageModel, lang: Locale): string {
  const s = strings(lang);
  const { dkk, eur } = model.trend;
  const day = (d: string) => formatPartialDate(d, lang);
  const r = (row: RateRow) => formatNumber(row.rubPerUnit, lang, row.derived ? PRECISION.rateDerived : PRECISION.rateProse);
  if (dkk.peak === dkk.first) throw new Error('the chart description assumes the rouble fell from the first day of the month; this series never did');
  const mark = model.chart.mark;
  const article = model.reports[0];
  if (!mark || !article) throw new Error('the chart description names the marked report day and the article’s rate; the chart has no mark or the page no figure');
  const parts = [
    fill(s['money.chart.desc.fell'], { first: r(dkk.first), firstDate: day(dkk.first.date), peak: r(dkk.peak), peakDate: day(dkk.peak.date), firstEur: r(eur.first), peakEur: r(eur.peak) }),
    dkk.after === 'none' ? undefined : fill(s[dkk.after === 'partial' ? 'money.chart.desc.partly' : 'money.chart.desc.fully'], { last: r(dkk.last), lastEur: r(eur.last), lastDate: day(dkk.last.date) }),
    fill(s['money.chart.desc.marks'], { mark: day(mark.date), rate: formatImpliedRate(article.articleRate, lang) }),
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
