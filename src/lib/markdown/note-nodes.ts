import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Node, Paragraph, Parent } from 'mdast';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { Locale } from '../core/locales';
import { noteIds } from '../core/page-ids';
import type { Source } from '../sources/sources';
import { sourceListHast, withStop } from './citation-hast';
import type { NoteType } from './note-types';

/**
 * A note's marker in the text, as `remarkNotes` writes it into the Markdown tree: its
 * number, linking to the note. Rendered by `noteHandlers.noteMarker`.
 */
export interface NoteMarker extends Node {
  type: 'noteMarker';
  /** The note's label (its element id is `note-<id>`). */
  id: string;
  number: number;
  noteType: NoteType;
  /** Right after another note, with no text between: the markers stand side by side. */
  stacked: boolean;
  /** Spoken before the number ("Note"). */
  ref: string;
}

/**
 * A note where it is referenced, as `remarkNotes` writes it into the Markdown tree: its
 * paragraphs (already checked), the sources it cites and the words around them in the
 * page's language. Rendered by `noteHandlers.note`.
 */
export interface Note extends Parent {
  type: 'note';
  id: string;
  number: number;
  noteType: NoteType;
  children: Paragraph[];
  /** The sources the note cites, in order. */
  cited: Source[];
  lang: Locale;
  words: {
    /** The type's name ("Rettelse"). */
    type: string;
    /** The accessible name of the note's own link ("Note 3"). */
    link: string;
    /** The back link's text. */
    back: string;
    source: string;
    sources: string;
  };
}

/**
 * A spelling correction where it stands, as `remarkNotes` writes it into the Markdown tree
 * from a `{correction:spelling printed="…" right="…"}` note (narrowed to the words that
 * change, spelling-fix.ts). Rendered by `noteHandlers.spellingFix` as both readings:
 *
 *     <span class="fix-p">interneannoncer</span><span class="fix-c"><del>interneannoncer</del><ins>internetannoncer</ins></span>
 *
 * The stylesheet shows `.fix-p` (as published, the default) or `.fix-c` (corrected). The
 * printed words stand twice so that the default reading is plain text, with no deletion
 * for a screen reader to announce.
 */
export interface SpellingFix extends Node {
  type: 'spellingFix';
  printed: string;
  right: string;
}

declare module 'mdast' {
  interface FootnoteDefinitionData {
    /** The type of a generated note (its text has no `{type}` token), set by `remarkMoney`. */
    noteType?: NoteType;
  }
  interface PhrasingContentMap {
    note: Note;
    noteMarker: NoteMarker;
    spellingFix: SpellingFix;
  }
  interface RootContentMap {
    note: Note;
    noteMarker: NoteMarker;
    spellingFix: SpellingFix;
  }
}

/**
 * The `mdast-util-to-hast` handlers (passed to remark-rehype) for the note nodes:
 *
 *     <a class="note-ref t-correction" href="#note-x" id="ref-x" aria-describedby="note-x"><span class="vh">Note </span>1</a>
 *     <span class="note t-correction" id="note-x"><a class="note-num passage-link" …>1</a> <span class="note-type">Rettelse</span><span class="note-p">…</span>
 *       <span class="note-src">Kilde: …</span><a href="#ref-x" class="note-back">Tilbage til teksten</a></span>
 *
 * Generated elements carry no source position (the link check tells written links by it).
 */
export const noteHandlers = {
  noteMarker: (_state: State, node: NoteMarker): Element =>
    h(
      'a',
      {
        href: `#${noteIds(node.id).note}`,
        id: noteIds(node.id).ref,
        className: ['note-ref', `t-${node.noteType}`, ...(node.stacked ? ['stacked'] : [])],
        ariaDescribedBy: noteIds(node.id).note,
      },
      [h('span', { className: ['vh'] }, [`${node.ref} `]), String(node.number)],
    ),
  note: (state: State, node: Note): Element => {
    const { id, number, words } = node;
    const children: ElementContent[] = [
      // The number and type stand on their own line: the note's paragraphs are blocks.
      h('a', { className: ['note-num', 'passage-link'], href: `#${noteIds(id).note}`, ariaLabel: words.link }, [String(number)]),
      { type: 'text', value: ' ' },
      h('span', { className: ['note-type'] }, [words.type]),
      ...node.children.map((p) => h('span', { className: ['note-p'] }, state.all(p))),
    ];
    if (node.cited.length) children.push(h('span', { className: ['note-src'] }, withStop(sourceListHast(node.cited, node.lang, 'short', words))));
    // Its arrow comes from the stylesheet (notes.css), with no text for screen readers.
    children.push(h('a', { href: `#${noteIds(id).ref}`, className: ['note-back'] }, [words.back]));
    return h('span', { className: ['note', `t-${node.noteType}`], id: noteIds(id).note }, children);
  },
  spellingFix: (_state: State, node: SpellingFix): Element[] => [
    h('span', { className: ['fix-p'] }, [node.printed]),
    h('span', { className: ['fix-c'] }, [h('del', {}, [node.printed]), h('ins', {}, [node.right])]),
  ],
} satisfies Handlers;
