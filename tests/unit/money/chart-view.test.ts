import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../../src/lib/money/chart';
import { chartView } from '../../../src/lib/money/chart-view';
import { parseDecimal } from '../../../src/lib/money/decimal';

const p = (date: string, value: string) => ({ date, value: parseDecimal(value) });
const geometry = chartGeometry(
  [{ points: [p('2023-08-01', '13.5'), p('2023-08-21', '14.5')], reference: parseDecimal('13.7523') }, { points: [p('2023-08-01', '100'), p('2023-08-21', '110')] }],
  '2023-08-03',
);

describe('the rate chart’s labels', () => {
  const da = chartView(geometry, 'En beskrivelse.', 'da');
  const en = chartView(geometry, 'A description.', 'en');

  it('keeps the geometry, and adds the title and the description', () => {
    expect([da.width, da.height, da.left, da.right]).toEqual([geometry.width, geometry.height, geometry.left, geometry.right]);
    expect(da.panels.map((x) => [x.top, x.path])).toEqual(geometry.panels.map((x) => [x.top, x.path]));
    expect(da.title).toBe('Rubler pr. krone og pr. euro, august 2023');
    expect(da.description).toBe('En beskrivelse.');
  });

  it('titles the panels krone first, then euro', () => {
    expect(da.panels.map((x) => x.title)).toEqual(['RUB pr. DKK (afledt)', 'RUB pr. EUR']);
    expect(en.panels.map((x) => x.title)).toEqual(['RUB per DKK (derived)', 'RUB per EUR']);
  });

  it('writes ticks in the language, with at most two decimals', () => {
    expect(da.panels[0]!.yTicks.map((t) => t.label)).toEqual(geometry.panels[0]!.yTicks.map((t) => String(t.value).replace('.', ',')));
    expect(da.panels[0]!.yTicks.map((t) => t.y)).toEqual(geometry.panels[0]!.yTicks.map((t) => t.y));
    expect(da.panels[0]!.reference).toEqual({ y: geometry.panels[0]!.reference!.y, label: 'artiklens kurs 13,75' });
    expect(en.panels[0]!.reference!.label).toBe('article’s rate 13.75');
    expect(da.panels[1]!.reference).toBeUndefined();
  });

  it('writes the dates as day and short month, and marks the report day', () => {
    expect(da.xTicks.map((t) => t.label)).toEqual(['6. aug.', '13. aug.', '20. aug.']);
    expect(en.xTicks.map((t) => t.label)).toEqual(['6 Aug', '13 Aug', '20 Aug']);
    expect(da.mark).toEqual({ x: geometry.mark!.x, top: geometry.panels[0]!.top, label: 'Reuters, 3. aug. 2023' });
  });

  it('has titles for two panels only', () => {
    const three = chartGeometry([{ points: [p('2023-08-01', '1')] }, { points: [p('2023-08-01', '1')] }, { points: [p('2023-08-01', '1')] }]);
    expect(() => chartView(three, '', 'da')).toThrow('not for panel 3');
  });
});
