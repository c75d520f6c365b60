import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { isPartialDate } from '../dates';
import { SECTION_PAGES } from '../i18n/paths';
import { localised } from './schema-parts';
import { parseYamlMap } from './yaml-map';

/** One entry of the edition's changelog (content/updates.yaml). */
export const updateSchema = z
  .object({
    /** The day of the update, YYYY-MM-DD. */
    date: z.string().refine((d) => d.length === 10 && isPartialDate(d), 'expected YYYY-MM-DD'),
    /** The page it announces. */
    page: z.enum(['home', 'article', ...SECTION_PAGES]),
    title: localised,
    text: localised,
  })
  .strict();

export type Update = z.output<typeof updateSchema> & { id: string };

export const UPDATES_FILE = 'content/updates.yaml';

/** The changelog, newest first. */
export function loadUpdates(root: string): Update[] {
  const entries = parseYamlMap(readFileSync(`${root.replace(/\/$/, '')}/${UPDATES_FILE}`, 'utf8'), UPDATES_FILE, updateSchema);
  return [...entries].map(([id, { value }]) => ({ id, ...value })).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
