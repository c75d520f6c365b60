import type { SourceRegistry } from '../sources/sources';
import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { claimId, sidebarIds } from '../core/page-ids';
import { textIn } from '../core/schema-parts';
import { sidebarKindLabel, verdictLabel } from '../i18n/labels';
import { fill, strings } from '../i18n/strings';
import { sourceListHast } from '../markdown/citation-hast';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { foldSidebar, sidebarTree } from './fold';
import type { Claim, SidebarData, Verdict } from './schemas';

/** A symbol per verdict, always beside its word (never the only cue). */
export const VERDICT_SYMBOL: Record<Verdict, string> = { confirmed: '✓', imprecise: '≈', 'not-confirmed': '✗', 'cannot-check': '?' };

/**
 * A sidebar as it stands beside its paragraph: an `<aside>` holding a `<details>`
 * (folded to its title on phones, open in the margin on wide screens), with its kind in
 * words, its body up to the fold (see fold.ts), its "as of" date, its sources and a link
 * to the context page, which says so when the rest of it is there.
 */
export function sidebarAside(id: string, data: SidebarData, bodyHtml: string, lang: Locale, registry: SourceRegistry, pageHref: string): Element {
  const s = strings(lang);
  const { lede, folded } = foldSidebar(sidebarTree(bodyHtml));
  return h('aside', { className: ['sidebar', `k-${data.kind}`], id: sidebarIds(id).aside, ariaLabelledBy: [sidebarIds(id).title] }, [
    h('details', {}, [
      h('summary', {}, [
        h('span', { className: ['sidebar-kind'] }, [sidebarKindLabel(lang, data.kind)]),
        ' ',
        h('span', { className: ['sidebar-title'], id: sidebarIds(id).title }, [data.title]),
      ]),
      h('div', { className: ['sidebar-body'] }, [
        ...lede,
        h('p', { className: ['sidebar-meta'] }, [
          fill(s['context.asOf'], { date: formatPartialDate(data.asOf, lang) }),
          ' ',
          ...sourceListHast(data.sources.map((id) => registry.get(id)!), lang, 'short', { source: s['notes.source'], sources: s['notes.sources'] }),
          '.',
          ' ',
          h('a', { href: `${pageHref}#${id}` }, [s[folded ? 'context.continue' : 'context.more']]),
          ' ',
          h('a', { className: ['passage-link'], href: `#${sidebarIds(id).aside}`, ariaLabel: fill(s['share.entryLink'], { title: data.title }) }, ['¶']),
        ]),
      ]),
    ]),
  ]);
}

/**
 * The verdict markers under a paragraph, each linking to its entry in the ledger: the
 * verdict in words (and, where the paragraph has several claims, the claim's first words).
 */
export function verdictMarkers(claims: readonly Claim[], lang: Locale, ledgerHref: string): Element {
  const s = strings(lang);
  return h(
    'ul',
    { className: ['verdicts'], ariaLabel: s['claims.markers'] },
    claims.map((c) =>
      h('li', {}, [
        h('a', { href: `${ledgerHref}#${claimId(c.id)}`, className: ['verdict', `v-${c.verdict}`] }, [
          h('span', { ariaHidden: 'true' }, [`${VERDICT_SYMBOL[c.verdict]} `]),
          verdictLabel(lang, c.verdict),
          // The claim's first words only where the paragraph has several to tell apart.
          ...(claims.length > 1 ? [': ', h('q', {}, [shortQuote(textIn(c.quote, lang))])] : []),
        ]),
      ]),
    ),
  );
}

/** The first words of a quote, enough to tell two markers apart ("Det er ulovligt for …"). */
export function shortQuote(quote: string, words = 5): string {
  const parts = quote.replace(/[.,;:]+$/, '').split(/\s+/);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
}
