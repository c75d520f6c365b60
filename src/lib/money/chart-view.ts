import { formatPartialDate } from '../core/dates';
import { intlLocale, type Locale } from '../core/locales';
import { fill, strings } from '../i18n/strings';
import type { ChartGeometry, Panel } from './chart';

/** A panel of the rate chart with its texts: its title, the tick labels and the reference line's label. */
export interface PanelView extends Omit<Panel, 'yTicks' | 'reference'> {
  title: string;
  yTicks: { y: number; label: string }[];
  reference?: { y: number; label: string };
}

/** The rate chart, laid out and labelled for one language: the component only draws it. */
export interface ChartView extends Omit<ChartGeometry, 'panels' | 'xTicks' | 'mark'> {
  title: string;
  /** A one-sentence summary of what the chart shows (its accessible description). */
  description: string;
  panels: PanelView[];
  xTicks: { x: number; label: string }[];
  /** The marked day: its line's x, and its label, set at the top of the first panel (`top`). */
  mark?: { x: number; top: number; label: string };
}

const fail = (i: number): never => {
  throw new Error(`the money chart has titles for two panels (krone, euro), not for panel ${i + 1}`);
};

/**
 * Labels the money page's chart (`chartGeometry`: roubles per krone, then per euro) in
 * `lang`. Tick and reference values are plain numbers from the scales, so they get at
 * most two decimals ("13,75"), and the date ticks a day and a short month ("3. aug.").
 */
export function chartView(chart: ChartGeometry, description: string, lang: Locale): ChartView {
  const s = strings(lang);
  const num = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const titles = [s['money.chart.dkk'], s['money.chart.eur']];
  const { panels, xTicks, mark, ...frame } = chart;
  return {
    ...frame,
    title: s['money.chart.title'],
    description,
    panels: panels.map(({ yTicks, reference, ...p }, i) => ({
      ...p,
      title: titles[i] ?? fail(i),
      yTicks: yTicks.map((t) => ({ y: t.y, label: num.format(t.value) })),
      ...(reference ? { reference: { y: reference.y, label: fill(s['money.chart.reference'], { rate: num.format(reference.value) }) } } : {}),
    })),
    xTicks: xTicks.map((t) => ({ x: t.x, label: day.format(new Date(`${t.date}T00:00:00Z`)) })),
    ...(mark ? { mark: { x: mark.x, top: panels[0]?.top ?? 0, label: fill(s['money.chart.mark'], { date: formatPartialDate(mark.date, lang, 'short') }) } } : {}),
  };
}
