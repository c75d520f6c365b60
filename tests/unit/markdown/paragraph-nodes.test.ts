import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { paragraphHandlers } from '../../../src/lib/markdown/paragraph-nodes';

describe('the paragraph nodes’ handlers', () => {
  it('render a passage link and a class label at the start of a paragraph', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'passageLink', key: 'photo', label: 'Link til afsnit 3' }, { type: 'paragraphLabel', label: 'Billedtekst' }, { type: 'text', value: ' Et foto.' }],
        },
      ],
    };
    expect(toHtml(toHast(tree, { handlers: paragraphHandlers }))).toBe('<p><a class="passage-link" href="#photo" aria-label="Link til afsnit 3">¶</a><span class="para-label">Billedtekst</span> Et foto.</p>');
  });
});
