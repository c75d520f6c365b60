import { listFormat } from '../core/intl';
import { intlLocale, type Locale } from '../core/locales';

/**
 * A list in `lang`'s own words and punctuation, by `Intl.ListFormat`: "A or B" is
 * "A eller B", "A или B", "A немесе B"; "A, B and C" is "A, B и C" (no serial comma in
 * Russian) — rules a string template would have to spell out per language.
 */
export function formatList(items: readonly string[], lang: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listFormat(intlLocale(lang), { type }).format(items);
}
