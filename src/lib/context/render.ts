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
import type { ClaimToMark } from './claim-marks';

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
 * A claim as the article marks it (claim-marks.ts): its quote in the page's language, the
 * `<mark>` (the verdict as a class, for its colour; the ledger links back to its paragraph) and
 * the verdict link that ends it: the verdict's symbol, named in words for screen readers
 * ("Påstand, ikke bekræftet"), leading to the claim's entry in the ledger.
 */
export function claimToMark(claim: Claim, lang: Locale, ledgerHref: string): ClaimToMark {
  const s = strings(lang);
  const verdict = `v-${claim.verdict}`;
  return {
    id: claim.id,
    quote: textIn(claim.quote, lang) ?? '',
    mark: h('mark', { className: [verdict] }),
    after: [
      h('a', { className: ['claim-ref'], href: `${ledgerHref}#${claimId(claim.id)}`, ariaLabel: fill(s['claims.markLabel'], { verdict: verdictLabel(lang, claim.verdict).toLocaleLowerCase(lang) }) }, [
        VERDICT_SYMBOL[claim.verdict],
      ]),
    ],
  };
}
