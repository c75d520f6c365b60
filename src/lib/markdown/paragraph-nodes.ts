import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Node } from 'mdast';
import type { Handlers } from 'mdast-util-to-hast';

/**
 * A paragraph's visible class label ("Billedtekst" on a `.caption`), as
 * `remarkParagraphKeys` writes it at the paragraph's start. Rendered by
 * `paragraphHandlers.paragraphLabel`: `<span class="para-label">Billedtekst</span>`.
 */
export interface ParagraphLabel extends Node {
  type: 'paragraphLabel';
  label: string;
}

/**
 * A paragraph's link to itself, first in the paragraph (shown on hover and focus).
 * Rendered by `paragraphHandlers.passageLink`:
 * `<a class="passage-link" href="#key" aria-label="Link to paragraph 3">¶</a>`.
 */
export interface PassageLink extends Node {
  type: 'passageLink';
  /** The paragraph's key. */
  key: string;
  /** The link's accessible name. */
  label: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    paragraphLabel: ParagraphLabel;
    passageLink: PassageLink;
  }
  interface RootContentMap {
    paragraphLabel: ParagraphLabel;
    passageLink: PassageLink;
  }
}

/** The `mdast-util-to-hast` handlers (passed to remark-rehype) for the paragraph nodes. */
export const paragraphHandlers = {
  paragraphLabel: (_state: unknown, node: ParagraphLabel): Element => h('span', { className: ['para-label'] }, [node.label]),
  passageLink: (_state: unknown, node: PassageLink): Element => h('a', { className: ['passage-link'], href: `#${node.key}`, ariaLabel: node.label }, ['¶']),
} satisfies Handlers;
