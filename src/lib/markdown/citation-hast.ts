import type { ElementContent } from 'hast';
import { h, type Child } from 'hastscript';
import { textIn } from '../core/schema-parts';
import type { Source } from '../sources/sources';
import { formatPartialDate } from '../core/dates';
import type { Locale } from '../core/locales';

/**
 * A source as reader-facing hast, in the reader's language `lang` (the publisher's text
 * in that language, where it has one per language). `short` (for notes, where margin
 * space is scarce): the publisher, linked to the source, and the date. `full` (for the
 * list of sources): publisher, title in <cite>, date and the address's host. External links get
 * `rel="noreferrer"` (no referrer tells the source where the reader came from; it
 * implies `noopener`); the stylesheet marks them visibly as leaving the site.
 *
 * @example
 *   citationHast({ publisher: 'ORF', title: '5.000 Euro: …', url: 'https://orf.at/…' }, 'da', 'short')
 *   → <a href="https://orf.at/…" rel="noreferrer">ORF</a>
 */
export function citationHast(source: Source, lang: Locale, form: 'short' | 'full'): ElementContent[] {
  const label = [textIn(source.publisher, lang), ...(form === 'full' && source.title ? [': ', h('cite', source.lang && source.lang !== lang ? { lang: source.lang } : {}, [source.title])] : [])];
  return run(source.url ? h('a', { href: source.url, rel: ['noreferrer'] }, label) : label, source.date ? `, ${formatPartialDate(source.date, lang, 'short')}` : []);
}

/** Strings and elements as a run of hast (strings become text nodes, as in `h`). */
function run(...children: Child[]): ElementContent[] {
  return h(null, ...children).children.filter((n) => n.type !== 'doctype');
}

/**
 * Several sources as one run of hast: "Kilder: A, 3. aug. 2023; B." — the label (singular
 * or plural, omitted when not given) and the citations joined by semicolons. Notes,
 * sidebars and the `Cite` component all write their sources through this.
 */
export function sourceListHast(
  sources: readonly Source[],
  lang: Locale,
  form: 'short' | 'full',
  label?: { source: string; sources: string },
): ElementContent[] {
  return run(label ? `${sources.length === 1 ? label.source : label.sources}: ` : [], ...sources.map((source, i) => [...(i > 0 ? ['; '] : []), ...citationHast(source, lang, form)]));
}

/**
 * `nodes` closed with one full stop: none is added where they already end with one. A
 * Russian or Kazakh date ends in "г." / "ж." ("3 авг. 2023 г."), and a source list must not
 * print "г.." (as `fill` in src/lib/i18n/strings.ts does for a template's placeholders).
 */
export function withStop(nodes: ElementContent[]): ElementContent[] {
  return endsWithStop(nodes.at(-1)) ? nodes : [...nodes, { type: 'text', value: '.' }];
}

/** Whether the text a node ends with (in its last descendant) ends with a full stop. */
function endsWithStop(node: ElementContent | undefined): boolean {
  if (node?.type === 'text') return node.value.endsWith('.');
  return node?.type === 'element' ? endsWithStop(node.children.at(-1)) : false;
}
