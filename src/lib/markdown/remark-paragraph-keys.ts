import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { COLLAPSIBLE_SPACE } from '../core/characters';
import { PARAGRAPH_KEY, quoteName } from '../core/ids';
import { annotationsOf, fail, langOf } from './annotations';
import type { ParagraphLabel, PassageLink } from './paragraph-nodes';

/** Options for `remarkParagraphKeys`. */
export interface ParagraphKeysOptions {
  /** Whether a file must key every paragraph (default: every file). */
  required?: (path: string) => boolean;
  /** Classes a paragraph may carry (default: `caption`). */
  classes?: readonly string[];
  /** A visible label for a class in a language, e.g. "Photo caption" for `caption`. */
  classLabel?: (className: string, lang: string) => string | undefined;
  /**
   * The accessible name of a paragraph's passage link ("Link to paragraph 3"); when set,
   * each paragraph starts with a `¶` link to itself, shown on hover and focus.
   */
  linkLabel?: (position: number, lang: string) => string | undefined;
}

/** Prefixes of the article page's own ids: notes, their markers, claim marks, sidebars, the layer controls. */
const RESERVED = ['note-', 'ref-', 'claim-', 'sidebar-', 'layer-', 'reading-'];
/** `{#key .class}` on a line of its own; `\r\n` too, so a CRLF checkout finds its keys. */
const KEY_LINE = /^\{#([^\s}]*)((?:\s+\.[^\s}]*)*)\s*\}[ \t]*(?:\r?\n|$)/;

/**
 * Gives every top-level paragraph a stable key, written on its own first line:
 *
 *     {#slogan}
 *     Annoncen indeholder sloganet …
 *
 * becomes `<p id="slogan">Annoncen indeholder sloganet …</p>`. A class may follow the
 * key (`{#photo-caption .caption}`). The same keys in every language version make one
 * story: links, the language switch and the cross-language check rely on them.
 *
 * Reads: root-level paragraphs (and fails on other root-level blocks where keys are
 * required). Writes: `id`/`class` on the paragraph, its `passageLink` and class
 * `paragraphLabel` nodes (paragraph-nodes.ts renders them); the keys, in order, to the file's
 * annotations record. Fails on a missing, malformed, reserved or duplicate key, and on
 * an unknown class.
 */
export const remarkParagraphKeys: Plugin<[ParagraphKeysOptions?], Root> = function (options = {}) {
  const required = options.required ?? (() => true);
  const classes = options.classes ?? ['caption'];
  return (tree, file) => {
    if (!required(file.path ?? '')) return;
    const keys = annotationsOf(file).paragraphKeys;
    keys.length = 0;
    const texts: Record<string, string> = (annotationsOf(file).paragraphTexts = {});
    const seen = new Map<string, number>();
    let paragraphs = 0;
    for (const node of tree.children) {
      if (node.type === 'footnoteDefinition' || node.type === 'definition' || node.type === 'yaml') continue;
      if (node.type !== 'paragraph') fail(file, `only keyed paragraphs may stand in an article body, found a ${node.type}`, node);
      paragraphs += 1;
      const { key, classNames } = takeKey(node, file);
      const line = node.position?.start.line ?? 0;
      if (seen.has(key)) fail(file, `duplicate paragraph key "${key}" (first used on line ${seen.get(key)})`, node);
      seen.set(key, line);
      keys.push(key);
      // The text before our own labels go in; footnote markers have no text.
      texts[key] = toString(node).replace(COLLAPSIBLE_SPACE, ' ').trim();
      const lang = langOf(file) ?? '';
      for (const c of classNames) {
        const label = options.classLabel?.(c, lang);
        if (label) node.children.unshift(labelNode(label), { type: 'text', value: ' ' });
      }
      const linkLabel = options.linkLabel?.(keys.length, lang);
      if (linkLabel) node.children.unshift(passageLink(key, linkLabel));
      node.data = {
        ...node.data,
        hProperties: { ...node.data?.hProperties, id: key, ...(classNames.length ? { className: classNames } : {}) },
      };
    }
    if (paragraphs === 0) fail(file, 'the article body is empty: it has no paragraphs', tree);

    /** What stands after a bare key line, when it is not a paragraph: a key is followed by its paragraph's text. */
    function followedBy(node: Paragraph): string {
      const next = tree.children[tree.children.indexOf(node) + 1];
      return next && next.type !== 'paragraph' ? `: a key must be followed by the paragraph's text on the next line, not a ${next.type} (only paragraphs are keyed)` : '';
    }

    function takeKey(node: Paragraph, file: VFile): { key: string; classNames: string[] } {
      const first = node.children[0];
      const match = first?.type === 'text' ? KEY_LINE.exec(first.value) : null;
      if (!first || first.type !== 'text' || !match) {
        fail(file, 'paragraph has no key: start it with a line such as {#my-key}', node);
      }
      const key = match[1]!;
      if (!PARAGRAPH_KEY.test(key)) {
        fail(file, `paragraph key ${quoteName(key)} must be lower-case letters and digits joined by single hyphens`, node);
      }
      const reserved = RESERVED.find((p) => key.startsWith(p));
      if (reserved) fail(file, `paragraph key "${key}" may not start with "${reserved}" (reserved for the page's own ids)`, node);
      const classNames = match[2]!.trim() ? match[2]!.trim().split(/\s+/).map((c) => c.slice(1)) : [];
      for (const c of classNames) {
        if (!classes.includes(c)) fail(file, `unknown paragraph class ".${c}" on "${key}" (known: ${classes.map((k) => `.${k}`).join(', ')})`, node);
      }
      first.value = first.value.slice(match[0].length);
      // Keep positions true for later error messages: the text now starts a line lower.
      if (first.position) first.position.start = { line: first.position.start.line + 1, column: 1, offset: (first.position.start.offset ?? 0) + match[0].length };
      if (first.value === '') node.children.shift();
      if (node.children.length === 0) fail(file, `paragraph "${key}" has a key but no text${followedBy(node)}`, node);
      return { key, classNames };
    }
  };
};

function labelNode(label: string): ParagraphLabel {
  return { type: 'paragraphLabel', label };
}

/** `<a class="passage-link" href="#key" aria-label="…">¶</a>`: a plain anchor to the paragraph. */
function passageLink(key: string, label: string): PassageLink {
  return { type: 'passageLink', key, label };
}
