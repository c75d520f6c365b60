import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { toNumber, type Rational } from './decimal';

/** One point of a series: a date (YYYY-MM-DD) and a value. */
export interface Point {
  date: string;
  value: Rational;
}

/** A drawn panel of the rate chart: everything the SVG needs, in its coordinates. */
export interface Panel {
  /** Top of the panel in the SVG. */
  top: number;
  height: number;
  path: string;
  /** Y ticks: position and value. */
  yTicks: { y: number; value: number }[];
  /** A horizontal reference line (the article's implied rate), if inside the range. */
  reference?: { y: number; value: number };
  /** Value range drawn. */
  min: number;
  max: number;
}

/** The whole chart: shared x axis (dates), one panel per series. */
export interface ChartGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  xTicks: { x: number; date: string }[];
  /** The marked day (Reuters' report), as an x position. */
  mark?: { x: number; date: string };
  panels: Panel[];
}

const WIDTH = 640;
const LEFT = 56;
const RIGHT = 16;
const PANEL = 150;
const GAP = 44;
const TOP = 24;
const BOTTOM = 28;

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Lays out small multiples of daily series over the same dates: one panel per series,
 * each with its own value scale (roubles per krone and per euro differ sevenfold), a
 * shared date axis, an optional reference value per panel and a marked day. Scales
 * and paths come from d3-scale and d3-shape; the component only draws the result.
 */
export function chartGeometry(series: { points: Point[]; reference?: Rational }[], mark?: string): ChartGeometry {
  const dates = series.flatMap((s) => s.points.map((p) => p.date)).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) throw new Error('a chart needs at least one point');
  const x = scaleUtc().domain([utc(first), utc(last)]).range([LEFT, WIDTH - RIGHT]);
  const panels = series.map((s, i): Panel => {
    const top = TOP + i * (PANEL + GAP);
    const values = s.points.map((p) => toNumber(p.value));
    const ref = s.reference === undefined ? undefined : toNumber(s.reference);
    const lo = Math.min(...values, ...(ref === undefined ? [] : [ref]));
    const hi = Math.max(...values, ...(ref === undefined ? [] : [ref]));
    const y = scaleLinear().domain([lo, hi]).nice(4).range([top + PANEL, top]);
    const [min, max] = y.domain() as [number, number];
    const path = line<Point>()
      .x((p) => x(utc(p.date)))
      .y((p) => y(toNumber(p.value)))(s.points);
    return {
      top,
      height: PANEL,
      path: round(path ?? ''),
      yTicks: y.ticks(4).map((value) => ({ y: r(y(value)), value })),
      ...(ref === undefined ? {} : { reference: { y: r(y(ref)), value: ref } }),
      min,
      max,
    };
  });
  return {
    width: WIDTH,
    height: TOP + series.length * PANEL + (series.length - 1) * GAP + BOTTOM,
    left: LEFT,
    right: WIDTH - RIGHT,
    xTicks: x.ticks(5).map((d) => ({ x: r(x(d)), date: d.toISOString().slice(0, 10) })),
    ...(mark ? { mark: { x: r(x(utc(mark))), date: mark } } : {}),
    panels,
  };
}

/** Two decimals are plenty for SVG coordinates, and keep the output small and stable. */
const r = (n: number) => Math.round(n * 100) / 100;
const round = (path: string) => path.replace(/\d+\.\d+/g, (n) => String(r(Number(n))));
