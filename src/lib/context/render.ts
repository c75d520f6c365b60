import type { SourceRegistry } from '../sources/sources';
import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';
import { claimId, sidebarIds } from '../core/page-ids';
import { textIn } from '../core/schema-parts';
import { sidebarKindLabel, verdictLabel } from '../i18n/labels';
import { fill, strings } from '../i18n/strings';
import { sourceListHast, withStop } from '../markdown/citation-hast';
import type { Element } from 'hast';
import { h, s as svg } from 'hastscript';
import { foldSidebar, sidebarTree } from './fold';
import type { Claim, SidebarData, Verdict } from './schemas';
import type { ClaimToMark } from './claim-marks';

/** A symbol per verdict, always beside its word (never the only cue); as the UI strings write it (the legend). */
export const VERDICT_SYMBOL: Record<Verdict, string> = { confirmed: '✓', imprecise: '≈', 'not-confirmed': '✗', 'cannot-check': '?' };

/**
 * The symbols as pages draw them: an SVG path each (16 × 16, stroked in the text's colour;
 * base.css `.vi`), not the characters. ✓ ≈ ✗ are in few text fonts, and the fallback font a
 * browser must then load made the article's first layout ≈ 40 ms longer on the bench machine
 * (#17); a drawn symbol also looks the same in every font, and in print and forced colours.
 */
export const VERDICT_ICON: Record<Verdict, string> = {
  confirmed: 'M3 8.5l3.5 3.5L13 4.5',
  imprecise: 'M2.5 6.5q2.75-2.5 5.5 0t5.5 0M2.5 11q2.75-2.5 5.5 0t5.5 0',
  'not-confirmed': 'M4 4l8 8M12 4l-8 8',
  'cannot-check': 'M5.5 6a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1.9-1.1 1.6v.7M8 12.6v.4',
};

/** The verdict's symbol drawn (`VERDICT_ICON`), hidden from screen readers, which read the verdict's words. */
export function verdictIcon(verdict: Verdict): Element {
  return svg('svg', { className: ['vi'], viewBox: '0 0 16 16', ariaHidden: 'true' }, [svg('path', { d: VERDICT_ICON[verdict] })]);
}

/** A piece of a text with verdict symbols in it: words, or a verdict whose symbol stood there. */
export type VerdictSegment = { text: string } | { verdict: Verdict };

/**
 * A text with verdict symbols in it (the legend's "✓ bekræftet, ≈ upræcist, …"), cut into its
 * words and the verdicts whose symbols stand between them, in order, for a page to draw them.
 */
export function verdictSegments(text: string): VerdictSegment[] {
  const bySymbol = new Map(Object.entries(VERDICT_SYMBOL).map(([verdict, symbol]) => [symbol, verdict as Verdict]));
  const segments: VerdictSegment[] = [];
  for (const char of text) {
    const verdict = bySymbol.get(char);
    const last = segments.at(-1);
    if (verdict) segments.push({ verdict });
    else if (last && 'text' in last) last.text += char;
    else segments.push({ text: char });
  }
  return segments;
}

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
          ...withStop(sourceListHast(data.sources.map((id) => registry.get(id)!), lang, 'short', { source: s['notes.source'], sources: s['notes.sources'] })),
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
        verdictIcon(claim.verdict),
      ]),
    ],
  };
}
