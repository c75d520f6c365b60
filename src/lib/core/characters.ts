/**
 * Characters that make text show differently from what is stored, or not show at all:
 * bidi controls (U+202E turns a stored "gnp.exe" into a displayed "exe.png"), zero-width
 * characters, a byte-order mark inside the text, control characters. The edition's promise
 * is that its text can be checked against its sources; a quote or an amount that reads one
 * way and is stored another breaks it. The content check refuses them in every content file
 * and the site tests look for them in every built page, with this one list.
 *
 * Also refused, by choice: U+200C/U+200D (ZWNJ, ZWJ) and U+00AD (soft hyphen). ZWJ and ZWNJ
 * are needed by emoji sequences and by scripts such as Persian or Devanagari; the edition's
 * languages (Danish, English) and the Russian and Kazakh it quotes never need them, and
 * there are no emoji in the content. A soft hyphen is invisible except at a line end and
 * splits a word for search and for the claims' quote check; hyphenation is the stylesheet's
 * job (`hyphens: auto`). A language that needs ZWJ/ZWNJ would allow them for its own files.
 * Imports nothing.
 */

/** What a refused character is, for messages; undefined when it is allowed. */
export function hiddenCharacterName(cp: number): string | undefined {
  if (cp === 0x09 || cp === 0x0a) return undefined;
  if (cp === 0x00) return 'a NUL byte, a control character';
  if (cp === 0x0d) return 'a carriage return';
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f)) return 'a control character';
  return NAMES[cp];
}

const NAMES: Record<number, string> = {
  0x00ad: 'a soft hyphen, invisible except at a line end',
  0x061c: 'the Arabic letter mark, a bidi control',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'the left-to-right mark, a bidi control',
  0x200f: 'the right-to-left mark, a bidi control',
  0x2028: 'the line separator, an invisible line break',
  0x2029: 'the paragraph separator, an invisible line break',
  0x202a: 'a left-to-right embedding, a bidi control',
  0x202b: 'a right-to-left embedding, a bidi control',
  0x202c: 'a pop directional formatting, a bidi control',
  0x202d: 'a left-to-right override, a bidi control',
  0x202e: 'a right-to-left override, a bidi control',
  0x2060: 'a word joiner, a zero-width character',
  0x2061: 'an invisible function application',
  0x2062: 'an invisible times',
  0x2063: 'an invisible separator',
  0x2064: 'an invisible plus',
  0x2066: 'a left-to-right isolate, a bidi control',
  0x2067: 'a right-to-left isolate, a bidi control',
  0x2068: 'a first strong isolate, a bidi control',
  0x2069: 'a pop directional isolate, a bidi control',
  0xfeff: 'a byte-order mark (zero-width no-break space) inside the text',
};

/** `U+202E`: a code point as Unicode writes it (at least four hex digits). */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A refused character found in a text. */
export interface HiddenCharacter {
  /** Offset in the string (UTF-16 code units). */
  index: number;
  /** Line and column (in characters, from 1; lines split at LF). */
  line: number;
  column: number;
  /** The code point. */
  cp: number;
  /** `U+202E`. */
  codePoint: string;
  /** What it is, in words. */
  name: string;
}

/**
 * Every refused character of `text`, in order. `crlf` allows a carriage return right
 * before a line feed (CSV files, whose standard line end is CRLF).
 *
 * @example
 *   hiddenCharacters('a\u202Eb') → [{ index: 1, line: 1, column: 2, cp: 0x202e, codePoint: 'U+202E', name: 'a right-to-left override, a bidi control' }]
 */
export function hiddenCharacters(text: string, options: { crlf?: boolean } = {}): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const name = hiddenCharacterName(cp);
    if (name && !(cp === 0x0d && options.crlf && text[i + 1] === '\n')) found.push({ index: i, line, column, cp, codePoint: codePointName(cp), name });
    i += ch.length;
    if (cp === 0x0a) {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return found;
}

/**
 * White space that Markdown and HTML collapse: the ASCII spaces and line breaks. The
 * no-break spaces (U+00A0, U+202F) are not in it: they are text as written ("495 000"
 * in Russian and Kazakh), and a quote must keep them to match.
 */
const COLLAPSIBLE = ' \t\n\r\f';

/** A run of collapsible white space (see above), for `replace`. */
export const COLLAPSIBLE_SPACE = new RegExp(`[${COLLAPSIBLE}]+`, 'g');

/** Whether the character `ch` is collapsible white space (see above). */
export function isCollapsibleSpace(ch: string): boolean {
  return ch.length === 1 && COLLAPSIBLE.includes(ch);
}
