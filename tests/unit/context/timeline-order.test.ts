import { describe, expect, it } from 'vitest';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import { loadContext } from '../../../src/lib/context/load';
import type { TimelineEvent } from '../../../src/lib/context/schemas';
import { compareDates, sortEvents } from '../../../src/lib/context/timeline';

const ev = (id: string, date: string): TimelineEvent => ({ id, date, text: { da: id, en: id, ru: id, kk: id }, sources: ['x'] });
const order = (events: TimelineEvent[]) => sortEvents(events).map((e) => e.id);

describe('compareDates', () => {
  it('puts the earlier date first at any precision', () => {
    expect(compareDates('2022-09-20', '2022-09-21')).toBeLessThan(0);
    expect(compareDates('2022-12', '2023-01-01')).toBeLessThan(0);
    expect(compareDates('2014', '2015-01-01')).toBeLessThan(0);
    expect(compareDates('2023-09-01', '2023-08')).toBeGreaterThan(0);
  });
  it('puts a month after its own days, and a year after its months and days', () => {
    expect(compareDates('2023-08', '2023-08-03')).toBeGreaterThan(0);
    expect(compareDates('2023-08', '2023-08-31')).toBeGreaterThan(0);
    expect(compareDates('2023', '2023-12')).toBeGreaterThan(0);
    expect(compareDates('2023', '2023-12-31')).toBeGreaterThan(0);
    expect(compareDates('2023-08-03', '2023-08')).toBeLessThan(0);
  });
  it('calls the same date at the same precision equal', () => {
    for (const d of ['2023', '2023-08', '2023-08-03']) expect(compareDates(d, d)).toBe(0);
  });
});

describe('sortEvents', () => {
  it('puts a month-only date after the exact dates of that month', () => {
    expect(order([ev('month', '2023-08'), ev('day', '2023-08-03'), ev('last', '2023-08-31'), ev('next', '2023-09-01')])).toEqual(['day', 'last', 'month', 'next']);
  });
  it('puts a year-only date after the months and days of that year', () => {
    expect(order([ev('year', '2023'), ev('month', '2023-08'), ev('day', '2023-12-31'), ev('before', '2022'), ev('after', '2024-01')])).toEqual(['before', 'month', 'day', 'year', 'after']);
  });
  it('keeps the file order of events on the same date, at each precision', () => {
    expect(order([ev('b1', '2023-08'), ev('d1', '2023-08-03'), ev('b2', '2023-08'), ev('d2', '2023-08-03'), ev('y1', '2023'), ev('y2', '2023')])).toEqual(['d1', 'd2', 'b1', 'b2', 'y1', 'y2']);
    expect(order([ev('y2', '2023'), ev('y1', '2023')])).toEqual(['y2', 'y1']);
  });
  it('does not change the list it was given', () => {
    const events = [ev('b', '2023-08'), ev('a', '2023-08-03')];
    sortEvents(events);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('the edition’s timeline', () => {
  const { timeline } = loadContext(process.cwd(), loadSourceRegistry(process.cwd()));
  const ids = sortEvents(timeline).map((e) => e.id);
  it('lists Reuters’ report (3 Aug 2023) before B.T.’s article (August 2023) that was based on it', () => {
    expect(ids.indexOf('reuters-report-2023')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('reuters-report-2023')).toBeLessThan(ids.indexOf('bt-article-2023'));
  });
  it('opens 24 February 2022 with the invasion, before the protest of that day', () => {
    expect(ids.indexOf('invasion-2022')).toBe(ids.indexOf('consulate-protest-2022') - 1);
  });
  it('cites Kommersant (21 Sep 2022) for the law’s passage only, not for its signing on 24 Sep', () => {
    const byId = new Map(timeline.map((e) => [e.id, e]));
    expect(byId.get('russia-citizenship-law-2022')?.sources).toEqual(['euroweeklynews-2022-09-24']);
    expect(byId.get('russia-citizenship-law-passed-2022')?.sources).toContain('kommersant-5571637');
  });
});
