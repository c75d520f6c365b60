import type { Element, ElementContent } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { SourceRegistry } from '../content/sources';
import { isLocale, type Locale } from '../i18n/locales';
import { citationHast } from './citation-hast';
import { annotationsOf, langOf } from './types';

/** Options for `remarkSourceList`. */
export interface SourceListOptions {
  sources: SourceRegistry;
  /** The list's heading in a language. */
  heading: (lang: Locale) => string;
}

/**
 * Appends the full list of the sources the notes cite, in order of first citation:
 * publisher, title, date, linked. Notes show sources briefly (the margin is narrow);
 * this list is where a reader checks them, and what a printout keeps.
 *
 * Reads: the note records written by `remarkNotes` (run it first). Writes: a
 * `<section class="sources">` with a heading and an `<ol>` at the end of the document.
 * Writes nothing when no note cites a source.
 */
export const remarkSourceList: Plugin<[SourceListOptions], Root> = function (options) {
  return (tree, file) => {
    const lang = langOf(file);
    if (!isLocale(lang)) return;
    const ids = [...new Set(annotationsOf(file).notes.flatMap((n) => n.sources))];
    if (ids.length === 0) return;
    const items: ElementContent[] = ids.map((id) => ({
      type: 'element',
      tagName: 'li',
      properties: { id: `source-${id}` },
      children: citationHast(options.sources.get(id)!, lang, 'full'),
    }));
    const section: Element = {
      type: 'element',
      tagName: 'section',
      properties: { className: ['sources'], ariaLabelledBy: ['sources-title'] },
      children: [
        { type: 'element', tagName: 'h2', properties: { id: 'sources-title' }, children: [{ type: 'text', value: options.heading(lang) }] },
        { type: 'element', tagName: 'ol', properties: {}, children: items },
      ],
    };
    tree.children.push({ type: 'paragraph', children: [], data: { hName: 'section', hProperties: section.properties, hChildren: section.children } } as RootContent);
  };
};
