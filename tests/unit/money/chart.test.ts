import { describe, expect, it } from 'vitest';
import { chartGeometry, type Point } from '../../../src/lib/money/chart';
import { parseDecimal } from '../../../src/lib/money/decimal';

const points = (...rows: [string, string][]): Point[] => rows.map(([date, value]) => ({ date, value: parseDecimal(value) }));

// Three days, 1, 11 and 21 August: the x scale runs 56 → 624 px, so 11 August is halfway (340).
const krone = points(['2023-08-01', '10'], ['2023-08-11', '20'], ['2023-08-21', '15']);
const euro = points(['2023-08-01', '100'], ['2023-08-21', '110']);

describe('the rate chart’s geometry', () => {
  const chart = chartGeometry([{ points: krone }, { points: euro }], '2023-08-11');

  it('stacks one 150 px panel per series, 44 px apart, on a 640 px wide frame', () => {
    expect([chart.width, chart.left, chart.right, chart.height]).toEqual([640, 56, 624, 24 + 150 + 44 + 150 + 28]);
    expect(chart.panels.map((p) => [p.top, p.height])).toEqual([
      [24, 150],
      [218, 150],
    ]);
  });

  it('scales each panel to its own values, on round ticks', () => {
    const [k, e] = chart.panels;
    expect([k!.min, k!.max]).toEqual([10, 20]);
    // 10 → the panel's foot (174), 20 → its top (24): 15 px per unit, a tick every 2.
    expect(k!.yTicks).toEqual([10, 12, 14, 16, 18, 20].map((value) => ({ value, y: 174 - (value - 10) * 15 })));
    expect([e!.min, e!.max]).toEqual([100, 110]);
    expect(e!.yTicks[0]).toEqual({ value: 100, y: 368 });
    expect(e!.yTicks.at(-1)).toEqual({ value: 110, y: 218 });
  });

  it('draws each series as a path through its points', () => {
    expect(chart.panels[0]!.path).toBe('M56,174L340,24L624,99');
    expect(chart.panels[1]!.path).toBe('M56,368L624,218');
  });

  it('shares the date axis and marks the day', () => {
    expect(chart.mark).toEqual({ x: 340, date: '2023-08-11' });
    // Twenty days over 568 px: 28.4 px a day; d3 picks weekly ticks, on Sundays.
    expect(chart.xTicks).toEqual([
      { x: 198, date: '2023-08-06' },
      { x: 396.8, date: '2023-08-13' },
      { x: 595.6, date: '2023-08-20' },
    ]);
  });

  it('widens a panel to show a reference value outside the series', () => {
    const withRef = chartGeometry([{ points: krone, reference: parseDecimal('25') }]);
    const p = withRef.panels[0]!;
    expect([p.min, p.max]).toEqual([10, 25]);
    expect(p.reference).toEqual({ value: 25, y: 24 });
    expect(withRef.mark).toBeUndefined();
    expect(withRef.height).toBe(24 + 150 + 28);
  });

  it('rounds coordinates to two decimals', () => {
    const odd = chartGeometry([{ points: points(['2023-08-01', '1'], ['2023-08-04', '2'], ['2023-08-07', '3']) }], '2023-08-02');
    for (const n of odd.panels[0]!.path.match(/\d+(\.\d+)?/g)!) expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
    expect(odd.mark!.x).toBe(150.67);
  });

  it('needs a point', () => {
    expect(() => chartGeometry([{ points: [] }])).toThrow('a chart needs at least one point');
  });
});
