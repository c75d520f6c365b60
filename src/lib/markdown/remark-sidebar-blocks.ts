import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { fail } from './annotations';

/** Options for `remarkSidebarBlocks`. */
export interface SidebarBlocksOptions {
  /** Whether the file at `path` is a sidebar (other files are left alone). */
  applies: (path: string) => boolean;
}

/** Top-level nodes that render nothing where they stand: note and link definitions. */
const INVISIBLE = new Set(['footnoteDefinition', 'definition', 'yaml', 'toml']);

/**
 * Holds a sidebar to what README promises it is: paragraphs, at most one list (of plain
 * items), and the fold (`***`, a thematic break; `checkFold` checks where it stands).
 *
 * Reads: the top-level nodes of a sidebar, and its list items. Writes: nothing; fails the
 * file at the first block that does not belong, naming it and what to write.
 * Why: a sidebar stands in the article page's margin. A heading there would be a second
 * `<h1>` or take an id (its slug) that a paragraph key already has, so a shared `#peace`
 * link could land on the sidebar; a table or a code block does not fit the margin.
 *
 * @example
 *   `## Background` in content/sidebars/en/x.md → "a sidebar holds only paragraphs, one list and the fold (***), found a heading …"
 */
export const remarkSidebarBlocks: Plugin<[SidebarBlocksOptions], Root> = function (options) {
  return (tree, file) => {
    if (!options.applies(file.path ?? '')) return;
    const refuse = (what: string, node: Parameters<typeof fail>[2]): never =>
      fail(file, `a sidebar holds only paragraphs, one list and the fold (***), found ${what}: write it as a paragraph`, node);
    let lists = 0;
    for (const node of tree.children) {
      if (node.type === 'paragraph' || node.type === 'thematicBreak' || INVISIBLE.has(node.type)) continue;
      if (node.type !== 'list') return refuse(describe(node.type), node);
      if (++lists > 1) fail(file, 'a sidebar holds at most one list, and this is its second: join the two lists, or write this one as paragraphs', node);
      for (const item of node.children) {
        for (const child of item.children) if (child.type !== 'paragraph') refuse(`${describe(child.type)} inside a list item`, child);
      }
    }
  };
};

function describe(type: string): string {
  const names: Record<string, string> = { heading: 'a heading', table: 'a table', code: 'a code block', blockquote: 'a block quote', html: 'raw HTML', list: 'a list', math: 'a formula' };
  return names[type] ?? `a ${type}`;
}
