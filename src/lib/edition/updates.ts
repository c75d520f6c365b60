import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { formatPartialDate } from '../core/dates';
import { isDay } from '../core/ids';
import type { Locale } from '../core/locales';
import { pathFor, SECTION_PAGES, withBase, type Route } from '../i18n/paths';
import { strings } from '../i18n/strings';
import { localised } from '../core/schema-parts';
import { parseYamlMap } from '../core/yaml-map';

/** One entry of the edition's changelog (content/updates.yaml). */
export const updateSchema = z
  .object({
    /** The day of the update, YYYY-MM-DD. */
    date: z.string().refine(isDay, 'expected YYYY-MM-DD'),
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

/** The page an update announces, as a route (`article` is the edition's one story). */
export function routeOfUpdate(update: Pick<Update, 'page'>, story: string): Route {
  return update.page === 'article' ? { page: 'article', story } : { page: update.page };
}

/** The id of an update's entry in the log on the landing page: `update-<id>`. */
export function updateAnchor(id: string): string {
  return `update-${id}`;
}

/** One entry of the corrections and updates log, in one language, ready to render. */
export interface UpdateEntry {
  /** The element id of the entry (`update-<id>`). */
  anchor: string;
  /** YYYY-MM-DD, for `<time datetime>`. */
  date: string;
  /** The date as readers of `lang` write it. */
  dateText: string;
  title: string;
  text: string;
  /** The page the update concerns, with the site's base, and that page's name. */
  href: string;
  pageName: string;
}

/** The log of updates and corrections in `lang`, newest first, each linked to its page. */
export function updateEntries(updates: readonly Update[], lang: Locale, story: string, base: string): UpdateEntry[] {
  return updates.map((u) => ({
    anchor: updateAnchor(u.id),
    date: u.date,
    dateText: formatPartialDate(u.date, lang),
    title: u.title[lang],
    text: u.text[lang],
    href: withBase(pathFor(routeOfUpdate(u, story), lang), base),
    pageName: strings(lang)[`nav.${u.page}`],
  }));
}
