import type {} from 'mdast-util-to-hast';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';

/** What the annotation plugins record about a document, for cross-language checks. */
export interface Annotations {
  /** Paragraph keys in document order. */
  paragraphKeys: string[];
  /**
   * Each keyed paragraph's text as a reader sees it (Markdown syntax and note markers
   * left out, white space collapsed), by key: the claims' quotes are checked against it.
   */
  paragraphTexts: Record<string, string>;
  /** Notes in the order of their markers. */
  notes: NoteRecord[];
}

/** One note as recorded by `remarkNotes`. */
export interface NoteRecord {
  /** The note's label, e.g. `typo-internet` (its element id is `note-<id>`). */
  id: string;
  /** The note type, e.g. `correction`. */
  type: string;
  /** The qualifier after the type, e.g. `spelling` in `{correction:spelling}`. */
  qualifier?: string;
  /** The marker's number on the page, from 1. */
  number: number;
  /** The key of the paragraph holding the marker. */
  paragraph: string;
  /** Ids of the sources the note cites. */
  sources: string[];
  /** The note's first words as plain text, for lists of notes (e.g. the search page's index). */
  excerpt: string;
  /** A spelling correction's data: the words as printed (ending at the marker) and as they should be. */
  fix?: { printed: string; right: string };
}

/**
 * The shared record on a file. It lives in `file.data.astro.frontmatter.annotations`
 * because Astro hands that object back as `remarkPluginFrontmatter` from `render()`.
 */
export function annotationsOf(file: VFile): Annotations {
  const astro = (file.data.astro ??= {});
  const frontmatter = (astro.frontmatter ??= {});
  return (frontmatter.annotations ??= { paragraphKeys: [], paragraphTexts: {}, notes: [] }) as Annotations;
}

/** The document's language from its frontmatter, or `undefined`. */
export function langOf(file: VFile): string | undefined {
  const lang = file.data.astro?.frontmatter?.lang;
  return typeof lang === 'string' ? lang : undefined;
}

/**
 * The point (line, column) of character `index` inside a text node's value, for error
 * messages that point at the exact spot rather than at the start of the paragraph.
 */
export function pointInText(node: { value: string; position?: { start: { line: number; column: number } } }, index: number) {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, index).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length === 1 ? start.column + index : before.at(-1)!.length + 1;
  return { line, column };
}

/**
 * Fails the file (stopping the build) with a message naming the place. A function
 * declaration typed `never`, so TypeScript narrows after a guarded call.
 */
export function fail(file: VFile, reason: string, place?: Node | Position | Point): never {
  return file.fail(reason, place ? { place: 'type' in place ? place.position : place } : undefined);
}
