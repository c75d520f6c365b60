/**
 * The note types and their rules. A note is a GFM footnote whose text starts with a
 * type token: `{correction:spelling}`, `{correction:claim}`, `{context}`,
 * `{context:editorial}`, `{translation}` or `{figure}`.
 */
export const NOTE_TYPES = {
  /** The original's typos (`spelling`) and imprecise or unconfirmed claims (`claim`). */
  correction: { qualifiers: ['spelling', 'claim'], needsSources: (q?: string) => q === 'claim' },
  /** Background facts (sourced), or `editorial`: a statement about this edition itself. */
  context: { qualifiers: [undefined, 'editorial'], needsSources: (q?: string) => q !== 'editorial' },
  /** Translator's and language notes. */
  translation: { qualifiers: [undefined], needsSources: () => false },
  /** Money amounts and their conversions (sourced; derived numbers say how). */
  figure: { qualifiers: [undefined], needsSources: () => true },
} as const satisfies Record<string, { qualifiers: readonly (string | undefined)[]; needsSources: (q?: string) => boolean }>;

/** A note type name. */
export type NoteType = keyof typeof NOTE_TYPES;

/** Whether `name` is a note type. */
export function isNoteType(name: string): name is NoteType {
  return Object.hasOwn(NOTE_TYPES, name);
}

/**
 * Checks a type token's parts; returns an error message, or `undefined` if valid.
 */
export function checkNoteType(type: string, qualifier: string | undefined): string | undefined {
  if (!isNoteType(type)) return `unknown note type "${type}" (known: ${Object.keys(NOTE_TYPES).join(', ')})`;
  const allowed: readonly (string | undefined)[] = NOTE_TYPES[type].qualifiers;
  if (!allowed.includes(qualifier)) {
    const forms = allowed.map((q) => (q ? `{${type}:${q}}` : `{${type}}`)).join(', ');
    return `"{${qualifier ? `${type}:${qualifier}` : type}}" is not a valid note type (use ${forms})`;
  }
  return undefined;
}
