/**
 * Intl formatters, made once per locale and options and shared. Making one costs far more
 * than using it (ICU loads the locale's data each time): the amount and citation notes of
 * every article version format dates and numbers many times over, and with a new formatter
 * per call that was about a third of rendering an article. A formatter holds no state
 * between calls, so a shared one formats exactly as a new one would.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function once<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}\0${locale}\0${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.NumberFormat(locale, options)`, made once. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return once('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** `new Intl.ListFormat(locale, options)`, made once. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return once('list', locale, options, () => new Intl.ListFormat(locale, options));
}
