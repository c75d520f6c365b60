/**
 * The languages of the edition. The first is the default: its pages live at the
 * site root, every other language under `/<lang>/`.
 *
 * Adding a language: add its code here, a `strings/<lang>.json`, and a translation
 * under `content/articles/<lang>/` (see README, "Add a language").
 */
export const LOCALES = ['da', 'en', 'ru', 'kk'] as const;

/** A BCP 47 language code of the edition. */
export type Locale = (typeof LOCALES)[number];

/** The language of the original article, and of the site root. */
export const DEFAULT_LOCALE: Locale = 'da';

/** Whether `value` is one of the edition's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The edition's languages, the given one first, then the others in `LOCALES` order.
 * Used for language switches and alternates.
 */
export function localesStartingWith(first: Locale): Locale[] {
  return [first, ...LOCALES.filter((l) => l !== first)];
}

/**
 * The name of `code` in `inLang`, from Intl (e.g. `da` in `en` → "Danish").
 * `capitalise` upper-cases the first letter, for labels that stand alone.
 */
export function languageName(code: Locale, inLang: Locale, capitalise = false): string {
  const name = new Intl.DisplayNames([intlLocale(inLang)], { type: 'language' }).of(code) ?? code;
  return capitalise ? name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1) : name;
}

/**
 * The locale handed to Intl for each language. English is written in British style
 * here ("3 August 2023"), as in the notes, so `en` formats as `en-GB`; Kazakh is the
 * Cyrillic Kazakh of Kazakhstan.
 */
const INTL_LOCALES: Record<Locale, string> = { da: 'da-DK', en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** The Intl locale for `lang` (see `INTL_LOCALES`). */
export function intlLocale(lang: Locale): string {
  return INTL_LOCALES[lang];
}

/** The Open Graph locale (language_TERRITORY) of a language. */
export function ogLocale(lang: Locale): string {
  return intlLocale(lang).replace('-', '_');
}
