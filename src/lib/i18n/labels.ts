import type { Locale } from '../core/locales';
import { strings, type StringKey } from './strings';

/**
 * The names under a dot-namespace of plain UI strings: `KeysUnder<'claims.verdict'>` is
 * `'confirmed' | 'imprecise' | 'not-confirmed' | 'cannot-check'`, read from `da.json`. The
 * helpers below take such a name, so a caller's own union (a `Verdict`, a `NoteType`) must
 * be assignable to it: the compiler checks that every value has its string, where a
 * computed key cast to `StringKey` would check nothing.
 */
export type KeysUnder<P extends string, K = StringKey> = K extends `${P}.${infer Name}` ? Name : never;

/** A claim's verdict in words (`claims.verdict.<verdict>`), e.g. "Bekræftet". */
export function verdictLabel(lang: Locale, verdict: KeysUnder<'claims.verdict'>): string {
  return strings(lang)[`claims.verdict.${verdict}` as const];
}

/** A note type's name (`notes.type.<type>`), e.g. "Kontekst". */
export function noteTypeLabel(lang: Locale, type: KeysUnder<'notes.type'>): string {
  return strings(lang)[`notes.type.${type}` as const];
}

/** What a note type is for, in the note legend (`legend.<type>`). */
export function noteTypeLegend(lang: Locale, type: KeysUnder<'legend'>): string {
  return strings(lang)[`legend.${type}` as const];
}

/** A sidebar's kind in words (`context.kind.<kind>`), e.g. "Jura". */
export function sidebarKindLabel(lang: Locale, kind: KeysUnder<'context.kind'>): string {
  return strings(lang)[`context.kind.${kind}` as const];
}

/** What a marked timeline event marks (`timeline.mark.<mark>`). */
export function timelineMarkLabel(lang: Locale, mark: KeysUnder<'timeline.mark'>): string {
  return strings(lang)[`timeline.mark.${mark}` as const];
}

/** An outlet pair's verdict, or why it was not assessed (`money.verdict.<name>`). */
export function pairVerdictLabel(lang: Locale, name: KeysUnder<'money.verdict'>): string {
  return strings(lang)[`money.verdict.${name}` as const];
}

/** A currency's name in the August range lines (`money.range.<currency>`). */
export function rangeCurrencyLabel(lang: Locale, currency: KeysUnder<'money.range'>): string {
  return strings(lang)[`money.range.${currency}` as const];
}

/** "per <currency>" in the rate texts (`money.per.<currency>`). */
export function perCurrencyLabel(lang: Locale, currency: KeysUnder<'money.per'>): string {
  return strings(lang)[`money.per.${currency}` as const];
}

/** A direction of a deviation in words (`money.dir.<direction>`). */
export function directionLabel(lang: Locale, direction: KeysUnder<'money.dir'>): string {
  return strings(lang)[`money.dir.${direction}` as const];
}
