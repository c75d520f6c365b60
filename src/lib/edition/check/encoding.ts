import { readFileSync } from 'node:fs';
import { ContentError } from '../../core/errors';

/** Files that are not text; the encoding check skips them. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|pdf|zip|woff2?)$/i;

/**
 * Checks the bytes of every text file of `files` (relative to `dir`; images, PDFs, archives
 * and fonts are skipped). Runs first: a BOM or a Latin-1 file would otherwise show up as a
 * puzzling parse error further on.
 */
export function checkFilesEncoding(dir: string, files: readonly string[]): ContentError[] {
  return files.filter((f) => !BINARY.test(f)).flatMap((file) => checkEncoding(readFileSync(`${dir}/${file}`), file) ?? []);
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
