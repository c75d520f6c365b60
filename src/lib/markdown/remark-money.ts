import type { FootnoteDefinition, Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { isLocale, type Locale } from '../core/locales';
import { findAmounts } from '../money/amounts';
import type { Figure } from '../money/data';
import type { FigureNoteText } from '../money/figure-note';
import { figuresFor } from '../money/match';
import { fail, langOf, pointInText } from './annotations';

/** Options for `remarkMoney`. */
export interface MoneyOptions {
  /**
   * The figures (content/money/figures.yaml). A function, because Astro serialises the
   * Markdown options to key its cache, and exact amounts are BigInt, which JSON cannot hold.
   */
  figures: () => readonly Figure[];
  /** The glossary page's address in a language, e.g. `/penge/`. */
  glossaryHref: (lang: Locale) => string;
  /** The text of the generated figure note for a figure (`figureNote`). */
  note: (figure: Figure, lang: Locale, href: string) => FigureNoteText;
}

/**
 * Finds every money amount in an article — `495.000 rubler`, `36.000 kroner`,
 * `DKK 13,600`, `$5,300` — and links it to its entry in the money glossary. In the
 * article's own paragraphs each figure also gets a generated *figure* note with the
 * recomputed values, placed after the figure's last amount in the paragraph.
 *
 *     … 495.000 rubler, svarende til 36.000 kroner, hvis …
 *   → … [495.000 rubler](/penge/#one-off), svarende til [36.000 kroner](/penge/#one-off)[^figure-one-off], hvis …
 *
 * Reads: text in root-level paragraphs and in notes (not inside links). Writes: links
 * with class `amount`; footnote references and definitions for the generated notes,
 * typed `figure` and with their sources in their data (`remarkNotes` renders them as it
 * does written notes, `remarkCitations` leaves them alone). Fails, naming the line and column, on an amount that
 * belongs to no figure in content/money/figures.yaml, or to several.
 */
export const remarkMoney: Plugin<[MoneyOptions], Root> = function (options) {
  return (tree, file) => {
    const lang = langOf(file);
    if (!isLocale(lang)) return;
    const href = options.glossaryHref(lang);
    const notes: FootnoteDefinition[] = [];
    const used = new Map<string, number>();
    for (const block of tree.children) {
      if (block.type === 'paragraph') {
        const found = linkAmounts(block, file, lang, options.figures(), href);
        for (const [figure, lastLink] of found) {
          const count = (used.get(figure.id) ?? 0) + 1;
          used.set(figure.id, count);
          const id = count === 1 ? `figure-${figure.id}` : `figure-${figure.id}-${count}`;
          insertAfter(block, lastLink, { type: 'footnoteReference', identifier: id, label: id });
          notes.push(figureDefinition(id, options.note(figure, lang, `${href}#${figure.id}`)));
        }
      } else if (block.type === 'footnoteDefinition') {
        for (const p of block.children) if (p.type === 'paragraph') linkAmounts(p, file, lang, options.figures(), href);
      }
    }
    tree.children.push(...notes);
  };
};

/** A generated figure note as a footnote definition: its type and sources in its data. */
function figureDefinition(id: string, note: FigureNoteText): FootnoteDefinition {
  const children: PhrasingContent[] = [
    { type: 'text', value: `${note.sentences.join(' ')} ${note.more} ` },
    { type: 'link', url: note.link.href, children: [{ type: 'text', value: note.link.text }] },
    { type: 'text', value: '.' },
  ];
  return { type: 'footnoteDefinition', identifier: id, label: id, children: [{ type: 'paragraph', children }], data: { noteType: 'figure', sources: note.sources } };
}

/** Links the amounts in a paragraph; returns each figure found with its last link. */
function linkAmounts(paragraph: Paragraph, file: VFile, lang: Locale, figures: readonly Figure[], href: string): Map<Figure, Link> {
  const last = new Map<Figure, Link>();
  const walk = (parent: { children: PhrasingContent[] }) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!;
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode') continue;
      if ('children' in node) {
        walk(node as { children: PhrasingContent[] });
        continue;
      }
      if (node.type !== 'text') continue;
      const amounts = findAmounts(node.value, lang);
      if (amounts.length === 0) continue;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const amount of amounts) {
        const matches = figuresFor(amount, figures);
        const place = pointInText(node, amount.index);
        if (matches.length === 0) fail(file, `the amount "${amount.text}" has no entry in content/money/figures.yaml (add the figure or the outlet's conversion there)`, place);
        if (matches.length > 1) fail(file, `the amount "${amount.text}" belongs to several figures (${matches.map((f) => f.id).join(', ')})`, place);
        const figure = matches[0]!;
        if (amount.index > at) parts.push({ type: 'text', value: node.value.slice(at, amount.index) } satisfies Text);
        const link: Link = {
          type: 'link',
          url: `${href}#${figure.id}`,
          children: [{ type: 'text', value: amount.text }],
          data: { hProperties: { className: ['amount'] } },
        };
        parts.push(link);
        last.set(figure, link);
        at = amount.index + amount.length;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  };
  walk(paragraph);
  return last;
}

/** Inserts `node` right after `after` wherever it sits in the paragraph. */
function insertAfter(paragraph: Paragraph, after: PhrasingContent, node: PhrasingContent): void {
  const visit = (parent: { children: PhrasingContent[] }): boolean => {
    const i = parent.children.indexOf(after);
    if (i >= 0) {
      parent.children.splice(i + 1, 0, node);
      return true;
    }
    return parent.children.some((c) => 'children' in c && visit(c as { children: PhrasingContent[] }));
  };
  visit(paragraph);
}
