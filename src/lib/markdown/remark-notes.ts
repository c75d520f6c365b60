import type { ElementContent } from 'hast';
import type { FootnoteDefinition, FootnoteReference, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { SourceRegistry } from '../sources/sources';
import { isLocale, type Locale } from '../core/locales';
import { sourceListHast } from './citation-hast';
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

const TYPE_TOKEN = /^\{([a-z]+)(?::([a-z]+))?\}\s*/;
const NOTE_LABEL = /^[a-z0-9][a-z0-9-]*$/;
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
 * language from frontmatter `lang`. Writes: the markers and notes; the note list to the
 * annotations record. GFM's own footnote section (with its English labels) is never
 * produced. Fails on an undefined reference, an unused or duplicate definition, a note
 * referenced twice, an unknown type, a note that must cite sources and cites none, and
 * a note that is not plain paragraphs.
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
      if (!NOTE_LABEL.test(label)) fail(file, `note label "${label}" must be lower-case letters, digits and hyphens`, node);
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
      if (!def) fail(file, `note reference [^${label}] has no definition`, ref);
      if (used.has(ref.identifier)) fail(file, `note "${label}" is referenced twice; each note belongs to one place`, ref);
      used.add(ref.identifier);
      const { type, qualifier, body } = parseDefinition(def);
      const sources = def.data?.sources ?? [];
      if (NOTE_TYPES[type].needsSources(qualifier) && sources.length === 0) {
        fail(file, `note "${label}" ({${qualifier ? `${type}:${qualifier}` : type}}) states facts and must cite its sources: end it with [@source-id]`, def);
      }
      const top = ancestors[1];
      const paragraph = top?.type === 'paragraph' ? String(top.data?.hProperties?.id ?? '') : '';
      const record: NoteRecord = { id: label, type, number: notes.length + 1, paragraph, sources, excerpt: excerpt(body), ...(qualifier ? { qualifier } : {}) };
      notes.push(record);
      const parent = ancestors.at(-1) as { children: RootContent[] };
      const index = parent.children.indexOf(ref);
      // Right after another note, with no text between: the markers stand side by side.
      const before = parent.children[index - 1] as { data?: { hProperties?: { className?: string[] } } } | undefined;
      const stacked = before?.data?.hProperties?.className?.includes('note') ?? false;
      parent.children.splice(index, 1, markerNode(record, words, stacked), noteNode(record, body, words, pageLang, options.sources));
      return [SKIP, index + 2];
    });

    for (const [id, def] of definitions) {
      if (!used.has(id)) fail(file, `note "${def.label ?? id}" is defined but never referenced`, def);
    }
    tree.children = tree.children.filter((n) => n.type !== 'footnoteDefinition');
    annotationsOf(file).notes = notes;

    function parseDefinition(def: FootnoteDefinition): { type: NoteType; qualifier?: string; body: Paragraph[] } {
      for (const child of def.children) {
        if (child.type !== 'paragraph') fail(file, `note "${def.label}" may hold only paragraphs, found a ${child.type}`, child);
      }
      const body = def.children as Paragraph[];
      const first = body[0]?.children[0];
      const m = first?.type === 'text' ? TYPE_TOKEN.exec(first.value) : null;
      if (first?.type !== 'text' || !m) {
        fail(file, `note "${def.label}" has no type: start it with {correction:spelling}, {correction:claim}, {context}, {translation} or {figure}`, def);
      }
      const problem = checkNoteType(m[1]!, m[2]);
      if (problem) fail(file, `note "${def.label}": ${problem}`, def);
      first.value = first.value.slice(m[0].length);
      const text = body.map((p) => p.children.map((c) => ('value' in c ? c.value : 'x')).join('')).join('').trim();
      if (text === '') fail(file, `note "${def.label}" is empty`, def);
      return { type: m[1] as NoteType, body, ...(m[2] ? { qualifier: m[2] } : {}) };
    }
  };
};

function markerNode(note: NoteRecord, words: NoteStrings, stacked: boolean): PhrasingContent {
  return {
    type: 'text',
    value: String(note.number),
    data: {
      hName: 'a',
      hProperties: {
        href: `#note-${note.id}`,
        id: `ref-${note.id}`,
        className: ['note-ref', `t-${note.type}`, ...(stacked ? ['stacked'] : [])],
        ariaDescribedBy: `note-${note.id}`,
      },
      hChildren: [span(['vh'], [{ type: 'text', value: `${words.ref} ` }]), { type: 'text', value: String(note.number) }],
    },
  } as unknown as PhrasingContent;
}

function noteNode(note: NoteRecord, body: Paragraph[], words: NoteStrings, lang: Locale, registry: SourceRegistry): PhrasingContent {
  const head = span(['note-head'], [
    {
      type: 'element',
      tagName: 'a',
      properties: { className: ['note-num', 'passage-link'], href: `#note-${note.id}`, ariaLabel: words.link.replace('{n}', String(note.number)) },
      children: [{ type: 'text', value: String(note.number) }],
    },
    { type: 'text', value: ' ' },
    span(['note-type'], [{ type: 'text', value: words.types[note.type as NoteType] }]),
  ]);
  const children: PhrasingContent[] = [hastLeaf(head)];
  for (const p of body) {
    children.push({ type: 'emphasis', children: p.children, data: { hName: 'span', hProperties: { className: ['note-p'] } } } as unknown as PhrasingContent);
  }
  if (note.sources.length) {
    const cited: ElementContent[] = [...sourceListHast(note.sources.map((id) => registry.get(id)!), lang, 'short', words), { type: 'text', value: '.' }];
    children.push(hastLeaf(span(['note-src'], cited)));
  }
  children.push(
    hastLeaf({
      type: 'element',
      tagName: 'a',
      properties: { href: `#ref-${note.id}`, className: ['note-back'] },
      children: [span([], [{ type: 'text', value: '↩' }], { ariaHidden: 'true' }), { type: 'text', value: ` ${words.back}` }],
    }),
  );
  return {
    type: 'emphasis',
    children,
    data: { hName: 'span', hProperties: { className: ['note', `t-${note.type}`], id: `note-${note.id}` } },
  } as unknown as PhrasingContent;
}

/** The first words of a note's text ("Stavefejl i originalen: »interneannoncer« skal være …"). */
export function excerpt(body: readonly Paragraph[], words = 10): string {
  const text = (node: { value?: unknown; children?: unknown[] }): string =>
    typeof node.value === 'string' ? node.value : (node.children ?? []).map((c) => text(c as { value?: unknown; children?: unknown[] })).join('');
  const all = body.map(text).join(' ').trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

/** An mdast node that stands for one ready-made hast element. */
function hastLeaf(element: ElementContent): PhrasingContent {
  const el = element as { tagName: string; properties: Record<string, unknown>; children: ElementContent[] };
  return { type: 'text', value: '', data: { hName: el.tagName, hProperties: el.properties, hChildren: el.children } } as unknown as PhrasingContent;
}

function span(className: string[], children: ElementContent[], extra: Record<string, string> = {}): ElementContent {
  return { type: 'element', tagName: 'span', properties: { ...(className.length ? { className } : {}), ...extra }, children };
}
