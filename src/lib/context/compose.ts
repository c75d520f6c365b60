import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** What goes with one paragraph: sidebars (HTML) and verdict markers (HTML). */
export interface ParagraphExtras {
  asides: string[];
  markers: string[];
}

const PARAGRAPH = /<p id="([a-z][a-z0-9-]*)"[^>]*>[\s\S]*?<\/p>/g;

/**
 * Puts sidebars and verdict markers with their paragraphs in an article's rendered
 * body. A paragraph that has any is wrapped:
 *
 *     <div class="passage has-aside"> <aside …>…</aside> <p id="key">…</p> <ul class="verdicts">…</ul> </div>
 *
 * The sidebar comes first so that, floated into the margin on wide screens, it starts
 * level with its paragraph; on narrow screens the stylesheet shows it after the
 * paragraph, folded to its title. The body's paragraphs never nest (notes are spans),
 * so each `<p id>…</p>` is found whole. Throws on a key with no paragraph.
 */
export function composeBody(html: string, extras: ReadonlyMap<string, ParagraphExtras>): string {
  const seen = new Set<string>();
  const out = html.replace(PARAGRAPH, (p, key: string) => {
    const x = extras.get(key);
    if (!x || (x.asides.length === 0 && x.markers.length === 0)) return p;
    seen.add(key);
    const cls = x.asides.length ? 'passage has-aside' : 'passage';
    return `<div class="${cls}">${x.asides.join('')}${p}${x.markers.join('')}</div>`;
  });
  for (const key of extras.keys()) {
    const x = extras.get(key)!;
    if (!seen.has(key) && (x.asides.length || x.markers.length)) throw new Error(`no paragraph "${key}" in the article body`);
  }
  return out;
}

/** A hast element; `children` may include raw HTML (a rendered Markdown body). */
export function h(tagName: string, properties: Element['properties'], children: (ElementContent | { type: 'raw'; value: string } | string)[]): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) as ElementContent[],
  };
}

/** Serialises hast, keeping raw HTML (rendered Markdown) as it is. */
export function html(node: Element | Root): string {
  return toHtml(node, { allowDangerousHtml: true });
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
