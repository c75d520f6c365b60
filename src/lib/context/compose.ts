import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { markClaims, type ClaimToMark } from './claim-marks';

/** What goes with one paragraph: sidebars (hast) and the claims to mark in its text. */
export interface ParagraphExtras {
  asides: Element[];
  claims: ClaimToMark[];
}

/**
 * Puts sidebars and claim marks with their paragraphs in an article's body tree. Each
 * claim is marked in its paragraph's text (claim-marks.ts); a paragraph (`<p id="key">`)
 * with sidebars is wrapped:
 *
 *     <div class="passage"> <aside …>…</aside> <p id="key">…</p> </div>
 *
 * The sidebar comes first so that, floated into the margin on wide screens, it starts
 * level with its paragraph; on narrow screens the stylesheet shows it after the
 * paragraph, folded to its title. Returns a new tree (the input is left as it was).
 * Throws on a key with no paragraph and on a claim that cannot be marked (the content
 * check reports those first, with file and place).
 */
export function wrapParagraphs(tree: Root, extras: ReadonlyMap<string, ParagraphExtras>): Root {
  const seen = new Set<string>();
  const wrap = <T extends RootContent>(node: T): T | Element => {
    if (node.type !== 'element') return node;
    const key = node.properties.id;
    const x = typeof key === 'string' && node.tagName === 'p' ? extras.get(key) : undefined;
    if (x && (x.asides.length || x.claims.length)) {
      seen.add(String(key));
      const { paragraph, problems } = markClaims(node, x.claims);
      if (problems.length) throw new Error(problems.map((p) => `claim "${p.id}" in paragraph "${String(key)}": ${p.problem}`).join('\n'));
      return x.asides.length ? h('div', { className: ['passage'] }, [...x.asides, paragraph]) : paragraph;
    }
    return { ...node, children: node.children.map((c) => wrap<ElementContent>(c)) };
  };
  const out: Root = { ...tree, children: tree.children.map((c) => wrap(c)) };
  for (const [key, x] of extras) {
    if (!seen.has(key) && (x.asides.length || x.claims.length)) throw new Error(`no paragraph "${key}" in the article body`);
  }
  return out;
}

/**
 * An article's rendered body (Astro's trusted HTML) with its paragraphs' extras: parsed
 * once, wrapped as a tree, serialised once.
 */
export function composeBody(html: string, extras: ReadonlyMap<string, ParagraphExtras>): string {
  return toHtml(wrapParagraphs(fromHtml(html, { fragment: true }), extras));
}

/** Items keyed to paragraphs, in the article's paragraph order (stable within a paragraph). */
export function inArticleOrder<T extends { paragraph: string }>(items: readonly T[], keys: readonly string[]): T[] {
  return [...items].sort((a, b) => keys.indexOf(a.paragraph) - keys.indexOf(b.paragraph));
}

/** One language's sidebars in the article's paragraph order (by id within a paragraph). */
export function sidebarsInOrder<T extends { id: string; data: { lang: string; paragraph: string } }>(sidebars: readonly T[], lang: string, keys: readonly string[]): T[] {
  return sidebars
    .filter((s) => s.data.lang === lang)
    .sort((a, b) => keys.indexOf(a.data.paragraph) - keys.indexOf(b.data.paragraph) || a.id.localeCompare(b.id));
}
