import type { Locale } from '../core/locales';
import { intlLocale, LOCALES } from '../core/locales';
import { ContentError, ContentErrors } from '../core/errors';
import { pluralCategories, pluralForm, type PluralForms } from './plural';
import da from './strings/da.json';
import en from './strings/en.json';
import ru from './strings/ru.json';
import kk from './strings/kk.json';

type Keys = typeof da;
/** A key of a plain UI string (one text), e.g. `notes.type.context`. */
export type StringKey = { [K in keyof Keys]: Keys[K] extends string ? K : never }[keyof Keys];
/** A key of a UI string with plural forms (see `plural.ts`), e.g. `search.count`. */
export type PluralKey = Exclude<keyof Keys, StringKey>;
/**
 * The UI strings of one language; `da.json` defines the keys every language must have.
 * A string that shows a count has a form per plural category instead of one text.
 */
export type Strings = { [K in StringKey]: string } & { [K in PluralKey]: PluralForms };

const ALL: Record<Locale, Strings> = { da, en, ru, kk };

/** Where the UI strings of `lang` live, relative to the project root. */
export function stringsFile(lang: string): string {
  return `src/lib/i18n/strings/${lang}.json`;
}

/**
 * The problems of the UI strings: every language must have exactly the keys of the
 * first (the default language), each a non-empty string; where the first has plural
 * forms (an object), each language has exactly the categories of its own
 * `Intl.PluralRules`, each a non-empty string. Each problem names the language file
 * and the key.
 */
export function checkStrings(all: Record<string, Record<string, unknown> | undefined>, locales: readonly string[]): ContentError[] {
  const reference = Object.keys(all[locales[0]!] ?? {});
  const problems: ContentError[] = [];
  for (const lang of locales) {
    const table = all[lang];
    const file = stringsFile(lang);
    if (!table) {
      problems.push(new ContentError(file, 'file', `missing: the language ${lang} has no UI strings`));
      continue;
    }
    for (const key of reference) {
      const value = table[key];
      if (isObject(all[locales[0]!]![key])) problems.push(...checkPluralForms(value, lang, file, key));
      else if (!isText(value)) problems.push(new ContentError(file, `key "${key}"`, 'is missing or empty'));
    }
    for (const key of Object.keys(table)) {
      if (!reference.includes(key)) problems.push(new ContentError(file, `key "${key}"`, `is not a known key (not in ${locales[0]}.json)`));
    }
  }
  return problems;
}

function checkPluralForms(value: unknown, lang: string, file: string, key: string): ContentError[] {
  const categories = pluralCategories(lang);
  const place = `key "${key}"`;
  if (!isObject(value)) return [new ContentError(file, place, `needs a form for each plural category of ${lang} (${categories.join(', ')}), as an object`)];
  return [
    ...categories.filter((c) => !isText(value[c])).map((c) => new ContentError(file, place, `the plural form "${c}" is missing or empty`)),
    ...Object.keys(value)
      .filter((c) => !(categories as string[]).includes(c))
      .map((c) => new ContentError(file, place, `"${c}" is not a plural category of ${lang} (${categories.join(', ')})`)),
  ];
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws every problem `checkStrings` finds, each naming the language file and the key. */
export function assertCompleteStrings(all: Record<string, Record<string, unknown> | undefined>, locales: readonly string[]): void {
  const problems = checkStrings(all, locales);
  if (problems.length) throw new ContentErrors(problems);
}

assertCompleteStrings(ALL, LOCALES);

/** The UI strings of `lang`. */
export function strings(lang: Locale): Strings {
  return ALL[lang];
}

/**
 * The form of the plural string `key` for the count `n` in `lang` (by `Intl.PluralRules`),
 * with its placeholders filled.
 *
 * @example fillPlural('da', 'search.count', 1, { n: '1', q: 'Sakhalin' }) → "1 resultat for »Sakhalin«."
 */
export function fillPlural(lang: Locale, key: PluralKey, n: number, values: Record<string, string>): string {
  return fill(pluralForm(strings(lang)[key], intlLocale(lang), n), values);
}

/**
 * Fills `{name}` placeholders; an unknown placeholder throws rather than showing
 * a raw `{name}` to readers. A value that ends in a full stop takes the place of the
 * template's own stop right after it: Russian dates end in "г." ("3 августа 2023 г."),
 * and "{date}." must not print "г..".
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (_, name: string, stop: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return value.endsWith('.') ? value : value + stop;
  });
}
