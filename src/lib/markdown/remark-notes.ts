import type { FootnoteDefinition, FootnoteReference, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { SourceRegistry } from '../sources/sources';
import { ID, quoteName } from '../core/ids';
import { isLocale, type Locale } from '../core/locales';
import type { Note, NoteMarker, SpellingFix } from './note-nodes';
import { narrowFix, readFixAttributes } from './spelling-fix';
import { checkNoteType, NOTE_TYPES, type NoteType } from './note-types';
import { annotationsOf, fail, langOf, pointInText, type NoteRecord } from './annotations';

/** The words a note needs, in the page's language. */
export interface NoteStrings {
  /** Type names shown in the note, e.g. `{ correction: 'Rettelse', … }`. */
  types: Record<NoteType, string>;
  /** Spoken before the marker's number ("Note 3"). */
  ref: string;
  /** The back link's text. */
  back: string;
  /** "Source" and "Sources". */
  source: string;
  sources: string;
  /** The accessible name of the note's own link, with `{n}` for its number. */
  link: string;
}

/** Options for `remarkNotes`. */
export interface NotesOptions {
  /** The source registry, for rendering the sources a note cites. */
  sources: SourceRegistry;
  /** The note words for a language. */
  strings: (lang: Locale) => NoteStrings;
}

/** `{type}`, `{type:qualifier}`, and attributes after it (`{correction:spelling printed="…" right="…"}`). */
const TYPE_TOKEN = /^\{([a-z]+)(?::([a-z]+))?(\s[^}\n]*)?\}\s*/;
const NOTE_LABEL = ID;
const UNDEFINED_REF = /\[\^([^\]\s]+)\]/;

/**
 * Turns typed GFM footnotes into notes that sit where they are referenced: a numbered
 * marker linking to the note, then the note itself (the stylesheet puts it in the
 * margin on wide screens and folds it into the text, opened from its marker, on narrow
 * ones; no JavaScript).
 *
 *     Sakhalin regionen[^typo-sakhalin] …
 *     [^typo-sakhalin]: {correction:spelling} Skal skrives »Sakhalin-regionen«.
 *
 * becomes
 *
 *     Sakhalin regionen<a class="note-ref t-correction" href="#note-typo-sakhalin"
 *       id="ref-typo-sakhalin" aria-describedby="note-typo-sakhalin">…1</a><span
 *       class="note t-correction" id="note-typo-sakhalin">…Rettelse… ↩</span>
 *
 * Reads: footnote references and definitions (after `remarkCitations`), the page
 * language from frontmatter `lang`. Writes: the markers and notes as `noteMarker` and
 * `note` nodes (note-nodes.ts, whose remark-rehype handlers render them); the note list
 * to the annotations record. GFM's own footnote section (with its English labels) is never
 * produced. Fails on an undefined reference, an unused or duplicate definition, a note
 * referenced twice or from inside another note, an unknown type, a note that must cite
 * sources and cites none, and a note that is not plain paragraphs.
 */
export const remarkNotes: Plugin<[NotesOptions], Root> = function (options) {
  return (tree, file) => {
    const lang = langOf(file);
    if (!isLocale(lang)) {
      fail(file, `frontmatter "lang" is ${lang === undefined ? 'missing' : `"${lang}", not a language of the edition`}`, { line: 1, column: 1 });
    }
    const pageLang: Locale = lang;
    const words = options.strings(pageLang);

    visit(tree, 'text', (node) => {
      const m = UNDEFINED_REF.exec(node.value);
      if (m) fail(file, `note reference [^${m[1]}] has no definition ([^${m[1]}]: … is missing)`, pointInText(node, m.index));
    });

    const definitions = new Map<string, FootnoteDefinition>();
    for (const node of tree.children) {
      if (node.type !== 'footnoteDefinition') continue;
      const label = node.label ?? node.identifier;
      if (!NOTE_LABEL.test(label)) fail(file, `note label ${quoteName(label)} must be lower-case letters, digits and hyphens`, node);
      if (definitions.has(node.identifier)) fail(file, `note "${label}" is defined twice`, node);
      definitions.set(node.identifier, node);
    }
    visit(tree, 'footnoteDefinition', (node, _index, parent) => {
      if (parent && parent.type !== 'root') fail(file, `note "${node.label}" must be defined at the top level, not inside a ${parent.type}`, node);
    });

    const notes: NoteRecord[] = [];
    const used = new Set<string>();
    visitParents(tree, 'footnoteReference', (ref: FootnoteReference, ancestors) => {
      const def = definitions.get(ref.identifier);
      const label = ref.label ?? ref.identifier;
      // A note in a note would open inside the margin note and push the page sideways.
      const outer = ancestors.find((a): a is FootnoteDefinition => a.type === 'footnoteDefinition');
      if (outer) fail(file, `note "${label}" is referenced inside note "${outer.label ?? outer.identifier}": a note cannot hold another note; reference it from a paragraph of the text, or write its words into note "${outer.label ?? outer.identifier}"`, ref);
      if (!def) fail(file, `note reference [^${label}] has no definition`, ref);
      if (used.has(ref.identifier)) fail(file, `note "${label}" is referenced twice; each note belongs to one place`, ref);
      used.add(ref.identifier);
      const { type, qualifier, body, fix } = parseDefinition(def);
      const sources = def.data?.sources ?? [];
      if (NOTE_TYPES[type].needsSources(qualifier) && sources.length === 0) {
        fail(file, `note "${label}" ({${qualifier ? `${type}:${qualifier}` : type}}) states facts and must cite its sources: end it with [@source-id]`, def);
      }
      const top = ancestors[1];
      const paragraph = top?.type === 'paragraph' ? String(top.data?.hProperties?.id ?? '') : '';
      const record: NoteRecord = { id: label, type, number: notes.length + 1, paragraph, sources, excerpt: excerpt(body), ...(qualifier ? { qualifier } : {}), ...(fix ? { fix } : {}) };
      notes.push(record);
      const parent = ancestors.at(-1) as { children: RootContent[] };
      if (fix) applyFix(parent.children, parent.children.indexOf(ref), label, fix);
      const index = parent.children.indexOf(ref);
      // Right after another note, with no text between: the markers stand side by side.
      const stacked = parent.children[index - 1]?.type === 'note';
      parent.children.splice(index, 1, markerNode(record, type, words, stacked), noteNode(record, type, body, words, pageLang, options.sources));
      return [SKIP, index + 2];
    });

    for (const [id, def] of definitions) {
      if (!used.has(id)) fail(file, `note "${def.label ?? id}" is defined but never referenced`, def);
    }
    tree.children = tree.children.filter((n) => n.type !== 'footnoteDefinition');
    annotationsOf(file).notes = notes;

    /**
     * Puts a spelling correction in place: `printed` must end the text right before the
     * marker (other markers between are skipped: "ord[^a][^typo]"); that text is split and
     * the changed words become a `spellingFix` node.
     */
    function applyFix(siblings: RootContent[], at: number, label: string, fix: { printed: string; right: string }): void {
      let i = at - 1;
      while (i >= 0 && (siblings[i]!.type === 'note' || siblings[i]!.type === 'noteMarker')) i--;
      const text = siblings[i];
      if (text?.type !== 'text' || !text.value.endsWith(fix.printed)) {
        const before = text?.type === 'text' ? `"…${text.value.slice(-30)}"` : text ? `a ${text.type}` : 'nothing';
        fail(file, `note "${label}": printed="${fix.printed}" must be the text right before its marker, but the marker follows ${before}`, siblings[at]!);
      }
      const { before, printed, right, after } = narrowFix(fix.printed, fix.right);
      const head = text.value.slice(0, text.value.length - fix.printed.length) + before;
      const node: SpellingFix = { type: 'spellingFix', printed, right };
      const parts: RootContent[] = [...(head ? [{ ...text, value: head }] : []), node, ...(after ? [{ type: 'text' as const, value: after }] : [])];
      siblings.splice(i, 1, ...parts);
    }

    function parseDefinition(def: FootnoteDefinition): { type: NoteType; qualifier?: string; body: Paragraph[]; fix?: { printed: string; right: string } } {
      for (const child of def.children) {
        if (child.type !== 'paragraph') fail(file, `note "${def.label}" may hold only paragraphs, found a ${child.type}`, child);
      }
      const body = def.children as Paragraph[];
      // A generated note (remarkMoney's figure notes) gives its type in its data, not in its text.
      const given = def.data?.noteType;
      const { type, qualifier, fix } = given ? { type: given, qualifier: undefined, fix: undefined } : readType(def, body);
      const text = body.map((p) => p.children.map((c) => ('value' in c ? c.value : 'x')).join('')).join('').trim();
      if (text === '') fail(file, `note "${def.label}" is empty`, def);
      return { type, body, ...(qualifier ? { qualifier } : {}), ...(fix ? { fix } : {}) };
    }

    /** Reads and removes the type token (`{correction:spelling}`) that starts a written note. */
    function readType(def: FootnoteDefinition, body: Paragraph[]): { type: NoteType; qualifier: string | undefined; fix?: { printed: string; right: string } } {
      const first = body[0]?.children[0];
      const m = first?.type === 'text' ? TYPE_TOKEN.exec(first.value) : null;
      if (first?.type !== 'text' || !m) {
        fail(file, `note "${def.label}" has no type: start it with {correction:spelling}, {correction:claim}, {context}, {translation} or {figure}`, def);
      }
      const problem = checkNoteType(m[1]!, m[2]);
      if (problem) fail(file, `note "${def.label}": ${problem}`, def);
      const attributes = m[3] ?? '';
      if (attributes && !(m[1] === 'correction' && m[2] === 'spelling')) {
        fail(file, `note "${def.label}": only a {correction:spelling} note takes printed="…" right="…"`, def);
      }
      const { fix, problem: bad } = readFixAttributes(attributes);
      if (bad) fail(file, `note "${def.label}": ${bad}`, def);
      first.value = first.value.slice(m[0].length);
      return { type: m[1] as NoteType, qualifier: m[2], ...(fix ? { fix } : {}) };
    }
  };
};

function markerNode(note: NoteRecord, noteType: NoteType, words: NoteStrings, stacked: boolean): NoteMarker {
  return { type: 'noteMarker', id: note.id, number: note.number, noteType, stacked, ref: words.ref };
}

function noteNode(note: NoteRecord, noteType: NoteType, body: Paragraph[], words: NoteStrings, lang: Locale, registry: SourceRegistry): Note {
  return {
    type: 'note',
    id: note.id,
    number: note.number,
    noteType,
    children: body,
    cited: note.sources.map((id) => registry.get(id)!),
    lang,
    words: { type: words.types[noteType], link: words.link.replace('{n}', String(note.number)), back: words.back, source: words.source, sources: words.sources },
  };
}

/** The first words of a note's text ("Stavefejl i originalen: »interneannoncer« skal være …"). */
export function excerpt(body: readonly Paragraph[], words = 10): string {
  const text = (node: { value?: unknown; children?: unknown[] }): string =>
    typeof node.value === 'string' ? node.value : (node.children ?? []).map((c) => text(c as { value?: unknown; children?: unknown[] })).join('');
  const all = body.map(text).join(' ').trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}
