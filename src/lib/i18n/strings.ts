import type { Locale } from './locales';
import { LOCALES } from './locales';
import da from './strings/da.json';
import en from './strings/en.json';

/** The UI strings of one language; `da.json` defines the keys every language must have. */
export type Strings = typeof da;
/** A key of the UI strings, e.g. `notes.type.context`. */
export type StringKey = keyof Strings;

const ALL: Record<Locale, Strings> = { da, en };

/**
 * Checks that every language has exactly the keys of the default language, each a
 * non-empty string. Throws naming the language file and the key.
 */
export function assertCompleteStrings(all: Record<string, Record<string, unknown> | undefined>, locales: readonly string[]): void {
  const reference = Object.keys(all[locales[0]!] ?? {});
  const problems: string[] = [];
  for (const lang of locales) {
    const table = all[lang];
    const file = `src/lib/i18n/strings/${lang}.json`;
    if (!table) {
      problems.push(`${file}: missing: the language ${lang} has no UI strings`);
      continue;
    }
    for (const key of reference) {
      const value = table[key];
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${file}: key "${key}" is missing or empty`);
    }
    for (const key of Object.keys(table)) {
      if (!reference.includes(key)) problems.push(`${file}: key "${key}" is not a known key (not in ${locales[0]}.json)`);
    }
  }
  if (problems.length) throw new Error(`UI strings are incomplete:\n${problems.join('\n')}`);
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
