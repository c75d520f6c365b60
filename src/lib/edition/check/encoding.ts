import { readFileSync } from 'node:fs';
import { codePointName, hiddenCharacters } from '../../core/characters';
import { ContentError } from '../../core/errors';

/** Files that are not text; the encoding check skips them. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|pdf|zip|woff2?)$/i;

/**
 * Checks the bytes of every text file of `files` (relative to `dir`; images, PDFs, archives
 * and fonts are skipped), then, in a file that is UTF-8, its characters (`checkCharacters`).
 * Runs first: a BOM or a Latin-1 file would otherwise show up as a puzzling parse error
 * further on, and a CRLF file as a paragraph without its key.
 */
export function checkFilesEncoding(dir: string, files: readonly string[]): ContentError[] {
  return files
    .filter((f) => !BINARY.test(f))
    .flatMap((file) => {
      const bytes = readFileSync(`${dir}/${file}`);
      const bad = checkEncoding(bytes, file);
      return bad ? [bad] : checkCharacters(new TextDecoder('utf-8').decode(bytes), file);
    });
}

/**
 * The characters of a content file that make its text show differently from what is
 * stored (`core/characters.ts`: bidi controls, zero-width characters, a BOM after byte 0,
 * control characters other than tab and line feed), each at its line and column with its
 * code point, so an editor can find what no editor shows. Carriage returns are named as
 * the file's line endings, once: a CRLF file (Windows, or Git with `core.autocrlf`) would
 * otherwise fail as "paragraph has no key", a CR-only one as a missing frontmatter. CSV
 * files may end lines with CRLF, the format's own standard (RFC 4180), which the published
 * rate tables use.
 *
 * @example
 *   checkCharacters('gnp\u202E.exe', 'a.md') → [ContentError('a.md', '1:4', 'U+202E (a right-to-left override, a bidi control) …')]
 */
export function checkCharacters(text: string, file: string): ContentError[] {
  const found = hiddenCharacters(text, { crlf: file.endsWith('.csv') });
  const cr = found.find((c) => c.cp === 0x0d);
  return [
    ...found
      .filter((c) => c.cp !== 0x0d)
      .map((c) => new ContentError(file, `${c.line}:${c.column}`, `${c.codePoint} (${c.name}) is not allowed: it makes the text show differently from what is stored; delete it`)),
    ...(cr ? [new ContentError(file, `${cr.line}:${cr.column}`, crProblem(text, cr.index))] : []),
  ];
}

/** What the first carriage return (at `index`) means: CRLF or CR line endings, and what to do. */
function crProblem(text: string, index: number): string {
  const kind = text[index + 1] === '\n' ? 'Windows (CRLF) line endings' : 'carriage returns (CR) as line endings or inside a line';
  return `${codePointName(0x0d)} (a carriage return): the file has ${kind}: save it with LF line endings (git keeps content LF: see .gitattributes)`;
}

/**
 * Checks that a content file is plain UTF-8: no byte-order mark and no byte sequence that
 * is not UTF-8 (a file saved as Latin-1 or Windows-1252, say). Node would read either
 * without complaint — a BOM as an invisible U+FEFF that breaks the first CSV column or
 * YAML key, a Latin-1 `å` as U+FFFD, shown to readers as "�" — so the build checks the
 * bytes itself. Returns the problem with its line, column and byte offset, or nothing.
 *
 * @example
 *   checkEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'a.md')
 *   → ContentError('a.md', '1:1', 'starts with a byte-order mark (bytes EF BB BF at byte 0): …')
 */
export function checkEncoding(bytes: Uint8Array, file: string): ContentError | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new ContentError(file, '1:1', 'starts with a byte-order mark (bytes EF BB BF at byte 0): save the file as UTF-8 without BOM');
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad === undefined) return undefined;
  const { line, column } = positionOf(bytes, bad);
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return new ContentError(file, `${line}:${column}`, `is not valid UTF-8 (byte ${hex} at byte ${bad}): save the file as UTF-8`);
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or `undefined`.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Length of the sequence and the allowed range of its second byte (RFC 3629, table 3-7).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return undefined;
}

/** Line and column (in characters, from 1) of byte `offset`; the bytes before it are valid UTF-8. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}
