/**
 * Plural forms of UI strings, chosen by `Intl.PluralRules`. A string that shows a count is
 * written once per plural category of its language, e.g. in `da.json`:
 *
 *     "search.count": { "one": "{n} resultat for »{q}«.", "other": "{n} resultater for »{q}«." }
 *
 * Danish and English have the categories `one` and `other`; a language added later has the
 * ones its rules name (Russian: `one`, `few`, `many`, `other`), and `checkStrings` asks for
 * exactly those. No imports: the search page's script uses `pluralCategory` in the browser.
 */

/** A string's forms, keyed by the `Intl.PluralRules` categories of its language. */
export type PluralForms = { [C in Intl.LDMLPluralRule]?: string } & { other: string };

/** The plural categories `lang`'s rules distinguish, e.g. `['one', 'other']` for `da`. */
export function pluralCategories(lang: string): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/**
 * The plural category of the count `n` in `lang`: `da`, 1 → `one`; 0 or 2 → `other`.
 * `options` say how the number is written (Russian "13,75" with two decimals is `other`).
 */
export function pluralCategory(lang: string, n: number, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule {
  return new Intl.PluralRules(lang, options).select(n);
}

/** The form of `forms` for the count `n` in `lang` (`other` if the category has none). */
export function pluralForm(forms: PluralForms, lang: string, n: number, options?: Intl.PluralRulesOptions): string {
  return forms[pluralCategory(lang, n, options)] ?? forms.other;
}

/**
 * The forms as data attributes for a script to choose from at run time:
 * `data-<name>-<category>`, e.g. `data-count-one` and `data-count-other`.
 */
export function pluralAttributes(name: string, forms: PluralForms): Record<string, string> {
  return Object.fromEntries(Object.entries(forms).map(([category, text]) => [`data-${name}-${category}`, text]));
}
