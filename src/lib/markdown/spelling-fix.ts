/**
 * Spelling corrections as data. A `{correction:spelling}` note of the original says what
 * was printed and what is right:
 *
 *     [^typo-internet]: {correction:spelling printed="interneannoncer" right="internetannoncer"} …
 *
 * `printed` must be the text that ends right at the note's marker, so the correction can be
 * applied where it stands (the *corrected* reading) and its place is never ambiguous ("ar"
 * occurs in many words; "ar" before the marker only once).
 */

/** A correction narrowed to the words that change, with the words around it that do not. */
export interface NarrowFix {
  /** Unchanged words before the change (kept as plain text). */
  before: string;
  printed: string;
  right: string;
  /** Unchanged words after the change. */
  after: string;
}

/**
 * Narrows a correction to whole words: `en engangsbeløb` → `et engangsbeløb` becomes
 * `en` → `et` with ` engangsbeløb` after it, so the corrected reading strikes out one word,
 * not two. Words are split at white space only, so a correction inside a word
 * (`interneannoncer`) or of its punctuation (`ud` → `ud,`) shows the whole word twice.
 */
export function narrowFix(printed: string, right: string): NarrowFix {
  const a = printed.split(/(\s+)/);
  const b = right.split(/(\s+)/);
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - 1 - head && tail < b.length - 1 - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return {
    before: a.slice(0, head).join(''),
    printed: a.slice(head, a.length - tail).join(''),
    right: b.slice(head, b.length - tail).join(''),
    after: a.slice(a.length - tail).join(''),
  };
}

/** The attributes a type token may carry (`printed="…" right="…"`), or a problem. */
export function readFixAttributes(source: string): { fix?: { printed: string; right: string }; problem?: string } {
  source = source.trimEnd();
  if (source === '') return {};
  const attrs = new Map<string, string>();
  const ATTR = /\s+([a-z]+)="([^"\n]*)"/y;
  let at = 0;
  while (at < source.length) {
    ATTR.lastIndex = at;
    const m = ATTR.exec(source);
    if (!m) return { problem: `cannot read ${JSON.stringify(source.slice(at).trim())}: write printed="…" right="…"` };
    if (attrs.has(m[1]!)) return { problem: `"${m[1]}" is given twice` };
    attrs.set(m[1]!, m[2]!);
    at = ATTR.lastIndex;
  }
  const unknown = [...attrs.keys()].find((k) => k !== 'printed' && k !== 'right');
  if (unknown) return { problem: `unknown attribute "${unknown}" (a spelling correction has printed="…" and right="…")` };
  const printed = attrs.get('printed');
  const right = attrs.get('right');
  if (printed === undefined || right === undefined) return { problem: `a spelling correction needs both printed="…" and right="…"` };
  if (printed.trim() === '') return { problem: 'printed="" is empty: give the words as the original prints them' };
  if (printed === right) return { problem: `printed and right are the same ("${printed}")` };
  return { fix: { printed, right } };
}
