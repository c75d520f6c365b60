import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** One link of a rendered document, with where it was written. */
export interface CollectedLink {
  /** The `href` as rendered. */
  href: string;
  /** Line and column in the Markdown source; absent for links a plugin generated. */
  line?: number;
  column?: number;
}

/** Options for `rehypeCollectLinks`. */
export interface CollectLinksOptions {
  /** Receives the links of each document, by the file's path. */
  collect: (path: string, links: CollectedLink[]) => void;
}

/**
 * Reports every `<a href>` of a document, for the content check's internal-link check
 * (`src/lib/edition/internal-links.ts`); not part of the site's own plugin list.
 *
 * Reads: `<a>` elements with a string `href`, and their source positions (mdast-to-hast
 * keeps a written link's position; generated links have none). Writes: nothing — the
 * tree is left exactly as it was, so the rendered HTML is the same with or without it.
 *
 * @example
 *   `[the money page](/penge/#one-off)` on line 7 → collect(path, [{ href: '/penge/#one-off', line: 7, column: 1 }])
 */
export const rehypeCollectLinks: Plugin<[CollectLinksOptions], Root> = function (options) {
  return (tree, file) => {
    const links: CollectedLink[] = [];
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const start = node.position?.start;
      links.push(start ? { href, line: start.line, column: start.column } : { href });
    });
    options.collect(file.path ?? '', links);
  };
};
