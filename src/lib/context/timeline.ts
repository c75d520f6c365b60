import type { PartialDate } from '../core/dates';
import type { TimelineEvent } from './schemas';

/**
 * Orders two partial dates (YYYY, YYYY-MM or YYYY-MM-DD). Part by part (year, month,
 * day) the earlier comes first; when one date is the other's period ("2023-08" and
 * "2023-08-03"), the less precise one comes after. A date known only to the month is
 * not earlier than the days in it: an event of "August 2023" may well have happened on
 * the 20th, and B.T.'s article of August 2023 followed Reuters' report of 3 August.
 * So "2023-08-03" < "2023-08" < "2023-09-01", and "2023-12-31" < "2023" < "2024-01".
 * Returns a negative number, zero (the same date at the same precision) or a positive one.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  }
  // One is a prefix of the other: the shorter (less precise) date ends its period.
  return pb.length - pa.length;
}

/**
 * Events in date order (see `compareDates`): a date known only to the month sorts after
 * the exact dates of that month, a year-only date after the months and days of its year;
 * equal dates keep their order in the file (`Array.prototype.sort` is stable).
 */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date));
}
