import raw from '../../../content/edition.json';
import { isDay } from '../core/ids';
import { ContentError } from '../core/errors';

/** The edition's own data (`content/edition.json`). */
export interface Edition {
  /** The day this edition was published, YYYY-MM-DD. */
  date: string;
}

/** Validates the edition data; throws naming the file and field. */
export function parseEdition(value: unknown, file = 'content/edition.json'): Edition {
  const date = (value as { date?: unknown } | null)?.date;
  if (typeof date !== 'string' || !isDay(date)) {
    throw new ContentError(file, 'date', `expected the edition date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  return { date };
}

/** This edition. */
export const edition: Edition = parseEdition(raw);
