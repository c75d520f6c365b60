import type { FootnoteDefinition, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { SourceRegistry } from '../sources/sources';
import { ID, quoteName } from '../core/ids';
import { fail, pointInText } from './annotations';

/** Options for `remarkCitations`. */
export interface CitationsOptions {
  /** The source registry (`content/sources/*.yaml`) citations are checked against. */
  sources: SourceRegistry;
}

/** A citation group at the very end of a note: `[@a]` or `[@a; @b]`. */
const TRAILING = /\s*\[(@[^\]]*)\]\s*$/;
const ANY = /\[@[^\]]*\]/;

/**
 * Reads the sources a note cites, written as a citation group at the end of the note:
 *
 *     [^law]: {context} Article 172 … [@adilet-criminal-code; @turantimes-mvd]
 *
 * Reads: footnote definitions. Writes: the ids to `definition.data.sources` (in order,
 * without duplicates) and removes the group from the text; `remarkNotes` renders them.
 * Generated notes (`remarkMoney`'s figure notes) bring their sources in their data and are
 * left as they are. Fails on an unknown source id, a malformed group, and a citation
 * anywhere else.
 */
export const remarkCitations: Plugin<[CitationsOptions], Root> = function (options) {
  const { sources } = options;
  return (tree, file) => {
    visit(tree, 'footnoteDefinition', (def: FootnoteDefinition) => {
      if (def.data?.sources) return;
      const ids: string[] = [];
      const last = def.children.at(-1);
      const tail = last?.type === 'paragraph' ? last.children.at(-1) : undefined;
      const match = tail?.type === 'text' ? TRAILING.exec(tail.value) : null;
      if (tail?.type === 'text' && match) {
        for (const part of match[1]!.split(';')) {
          const id = part.trim().replace(/^@/, '');
          const at = pointInText(tail, match.index + match[0].indexOf(part));
          if (!part.trim().startsWith('@') || !ID.test(part.trim().slice(1))) {
            fail(file, `malformed citation ${quoteName(part.trim())} in note "${def.label}": write [@source-id] or [@a; @b]`, at);
          }
          if (!sources.has(id)) fail(file, `note "${def.label}" cites unknown source ${quoteName(id)} (not in content/sources/*.yaml)`, at);
          if (!ids.includes(id)) ids.push(id);
        }
        tail.value = tail.value.slice(0, match.index);
      }
      def.data = { ...def.data, sources: ids } as FootnoteDefinition['data'];
    });
    visit(tree, 'text', (node) => {
      const m = ANY.exec(node.value);
      if (m) fail(file, `a citation ${m[0]} may only stand at the end of a note`, pointInText(node, m.index));
    });
  };
};

declare module 'mdast' {
  interface FootnoteDefinitionData {
    /** Source ids cited by the note, set by `remarkCitations`. */
    sources?: string[];
  }
}
