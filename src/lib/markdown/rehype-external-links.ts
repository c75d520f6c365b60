import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Marks links that leave the site with `rel="noreferrer"` (the source never learns which
 * page a reader came from; it implies `noopener`), on top of the pages' no-referrer
 * policy. The stylesheet marks them by their `http` address (an arrow, with alt text for
 * screen readers). Links to the site's own pages and anchors are left alone.
 *
 * Reads: every `<a href>` with an absolute http(s) address. Writes: `rel`.
 *
 * @example
 *   <a href="https://orf.at/stories/3326238/">ORF</a>
 *   → <a href="https://orf.at/stories/3326238/" rel="noreferrer">ORF</a>
 */
export const rehypeExternalLinks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !/^https?:\/\//i.test(node.properties.href)) return;
      node.properties.rel = ['noreferrer'];
    });
  };
};
