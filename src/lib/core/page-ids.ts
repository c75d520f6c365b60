/**
 * The element ids the pages give their parts, in one table: the layouts and components
 * import them for their `id=` attributes, and the content check (`edition/internal-links.ts`)
 * reads the same table to know which `#fragments` a link written in content may name. A
 * renamed id therefore changes both at once; an id that is not here is not a link target.
 * Imports nothing.
 */

/** Fixed ids, by the page that carries them. `main` is the skip link's target on every page. */
export const PAGE_IDS = {
  all: { main: 'main' },
  article: { body: 'article-body', titleLabel: 'title-label', layers: 'layers' },
  money: { outlets: 'outlets', rates: 'rates', method: 'method', sources: 'money-sources' },
} as const;

/** The fixed ids of `page` (and of every page), as a list. */
export function fixedIds(page: Exclude<keyof typeof PAGE_IDS, 'all'>): string[] {
  return [...Object.values(PAGE_IDS.all), ...Object.values(PAGE_IDS[page])];
}

/** The id of the heading of the entry `id` (a glossary figure, a sidebar on the context page). */
export const titleId = (id: string): string => `${id}-title`;

/** The id of a claim in the claims ledger. */
export const claimId = (id: string): string => `claim-${id}`;

/** The ids of a note on an article page: the note itself and its marker in the text. */
export const noteIds = (id: string): { note: string; ref: string } => ({ note: `note-${id}`, ref: `ref-${id}` });

/** The ids of a sidebar beside its paragraph on an article page: the aside and its title. */
export const sidebarIds = (id: string): { aside: string; title: string } => ({ aside: `sidebar-${id}`, title: `sidebar-${id}-title` });
