import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { fail } from './annotations';

/**
 * Rejects raw HTML in content.
 *
 * Reads: `html` nodes anywhere in the tree. Writes: nothing; fails the file instead.
 * Why: raw HTML would bypass the note model and can break the Content-Security-Policy
 * (`style=""`, `onclick=`, `<script>`), so content is Markdown only.
 *
 * @example
 *   `Text <span style="color:red">x</span>` → error "raw HTML is not allowed …"
 */
export const remarkNoRawHtml: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'html', (node) => {
      const snippet = node.value.length > 60 ? `${node.value.slice(0, 57)}…` : node.value;
      fail(file, `raw HTML is not allowed in content (write Markdown instead): ${JSON.stringify(snippet)}`, node);
    });
  };
};
