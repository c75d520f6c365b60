import type { TimelineEvent } from './schemas';

/**
 * Events in date order. A partial date sorts at the start of its period ("2023-08"
 * before "2023-08-03"); equal dates keep their order in the file.
 */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
}
