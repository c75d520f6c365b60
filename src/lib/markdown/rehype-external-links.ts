import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Marks links that leave the site: `class="ext"` (the stylesheet shows an arrow, with
 * alt text for screen readers) and `rel="noopener noreferrer"` (the source never learns
 * which page a reader came from). Links to the site's own pages and anchors are left
 * alone.
 *
 * Reads: every `<a href>` with an absolute http(s) address. Writes: `class` and `rel`.
 *
 * @example
 *   <a href="https://orf.at/stories/3326238/">ORF</a>
 *   → <a href="https://orf.at/stories/3326238/" class="ext" rel="noopener noreferrer">ORF</a>
 */
export const rehypeExternalLinks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !/^https?:\/\//i.test(node.properties.href)) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      if (!classes.includes('ext')) node.properties.className = [...classes, 'ext'];
      node.properties.rel = ['noopener', 'noreferrer'];
    });
  };
};
