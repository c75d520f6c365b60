import type { ElementContent } from 'hast';
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
  const label: ElementContent[] = [text(textIn(source.publisher, lang))];
  if (form === 'full' && source.title) {
    label.push(text(': '));
    label.push({
      type: 'element',
      tagName: 'cite',
      properties: source.lang && source.lang !== lang ? { lang: source.lang } : {},
      children: [text(source.title)],
    });
  }
  const out: ElementContent[] = source.url
    ? [
        {
          type: 'element',
          tagName: 'a',
          properties: {
            href: source.url,
            rel: ['noreferrer'],
          },
          children: label,
        },
      ]
    : label;
  if (source.date) out.push(text(`, ${formatPartialDate(source.date, lang, 'short')}`));
  return out;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
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
  const out: ElementContent[] = label ? [text(`${sources.length === 1 ? label.source : label.sources}: `)] : [];
  sources.forEach((source, i) => {
    if (i > 0) out.push(text('; '));
    out.push(...citationHast(source, lang, form));
  });
  return out;
}
