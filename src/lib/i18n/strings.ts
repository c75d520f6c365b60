import type { Locale } from './locales';
import { LOCALES } from './locales';
import { ContentError, ContentErrors } from '../content/errors';
import da from './strings/da.json';
import en from './strings/en.json';

/** The UI strings of one language; `da.json` defines the keys every language must have. */
export type Strings = typeof da;
/** A key of the UI strings, e.g. `notes.type.context`. */
export type StringKey = keyof Strings;

const ALL: Record<Locale, Strings> = { da, en };

/** Where the UI strings of `lang` live, relative to the project root. */
export function stringsFile(lang: string): string {
  return `src/lib/i18n/strings/${lang}.json`;
}

/**
 * The problems of the UI strings: every language must have exactly the keys of the
 * first (the default language), each a non-empty string. Each problem names the
 * language file and the key.
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
      if (typeof value !== 'string' || value.trim() === '') problems.push(new ContentError(file, `key "${key}"`, 'is missing or empty'));
    }
    for (const key of Object.keys(table)) {
      if (!reference.includes(key)) problems.push(new ContentError(file, `key "${key}"`, `is not a known key (not in ${locales[0]}.json)`));
    }
  }
  return problems;
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
 * Fills `{name}` placeholders; an unknown placeholder throws rather than showing
 * a raw `{name}` to readers.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return value;
  });
}
