import type { SourceRegistry } from '../sources/sources';
import type { Locale } from '../core/locales';
import type { ParagraphExtras } from './compose';
import { claimToMark, sidebarAside } from './render';
import type { Claim, SidebarData } from './schemas';

/** A sidebar as the article needs it: its id, data and rendered body. */
export interface SidebarInput {
  id: string;
  data: SidebarData;
  html: string;
}

/** What `articleExtras` needs. */
export interface ExtrasInput {
  /** Every sidebar of every language; only `lang`'s are used. */
  sidebars: readonly SidebarInput[];
  /** The claims ledger (one entry per claim, keyed to its paragraph). */
  claims: readonly Claim[];
  lang: Locale;
  registry: SourceRegistry;
  /** The context page and the claims ledger in `lang`, with the base applied. */
  contextHref: string;
  ledgerHref: string;
}

/**
 * What goes with each paragraph of an article version, by paragraph key: its sidebars in
 * `lang` (in the order given) and its claims, to be marked in its text. For
 * `wrapParagraphs`/`composeBody`.
 *
 * @example
 *   articleExtras({ sidebars: [law(da)], claims: [illegal], lang: 'da', … })
 *   → Map { 'p-law' → { asides: [<aside id="sidebar-law">], markers: [] },
 *           'p-illegal' → { asides: [], markers: [<ul class="verdicts">] } }
 */
export function articleExtras(input: ExtrasInput): Map<string, ParagraphExtras> {
  const { lang, registry } = input;
  const extras = new Map<string, ParagraphExtras>();
  const at = (key: string) => extras.get(key) ?? extras.set(key, { asides: [], claims: [] }).get(key)!;
  for (const sb of input.sidebars.filter((x) => x.data.lang === lang)) {
    at(sb.data.paragraph).asides.push(sidebarAside(sb.id, sb.data, sb.html, lang, registry, input.contextHref));
  }
  for (const c of input.claims) at(c.paragraph).claims.push(claimToMark(c, lang, input.ledgerHref));
  return extras;
}
