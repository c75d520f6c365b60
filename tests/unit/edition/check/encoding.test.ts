import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCharacters, checkEncoding, checkFilesEncoding, firstInvalidUtf8 } from '../../../../src/lib/edition/check/encoding';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('content file encoding', () => {
  it('accepts UTF-8 text in any script, and an empty file', () => {
    expect(checkEncoding(utf8('Kasakhstan, »skulder ved skulder«, Плечом к плечу, 🇰🇿\n'), 'a.md')).toBeUndefined();
    expect(checkEncoding(new Uint8Array(), 'a.md')).toBeUndefined();
  });

  it('rejects a byte-order mark at 1:1', () => {
    const e = checkEncoding(bytes(0xef, 0xbb, 0xbf, 0x61), 'content/a.md')!;
    expect([e.file, e.place]).toEqual(['content/a.md', '1:1']);
    expect(e.problem).toMatch(/^starts with a byte-order mark/);
  });

  it('names the line, column and byte of the first byte that is not UTF-8', () => {
    // "ab\nkø" with ø in Latin-1 (F8): line 2, column 2, byte 4.
    const e = checkEncoding(bytes(0x61, 0x62, 0x0a, 0x6b, 0xf8), 'x.yaml')!;
    expect(e.place).toBe('2:2');
    expect(e.problem).toBe('is not valid UTF-8 (byte F8 at byte 4): save the file as UTF-8');
    // Columns count characters, not bytes: "æ" before the bad byte is one column.
    expect(checkEncoding(bytes(0xc3, 0xa6, 0xff), 'x')!.place).toBe('1:2');
  });

  it('finds truncated, overlong, surrogate and out-of-range sequences', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xc3))).toBe(1); // truncated
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0); // lone continuation byte
    expect(firstInvalidUtf8(utf8('\u{10FFFF}\uD7FF\uE000'))).toBeUndefined();
  });
});

describe('the encoding of a tree’s files', () => {
  it('reports each text file that is not plain UTF-8 and skips binary files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-encoding-'));
    try {
      writeFileSync(join(dir, 'ok.md'), 'å');
      writeFileSync(join(dir, 'bom.yaml'), Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]));
      writeFileSync(join(dir, 'logo.png'), Uint8Array.from([0x89, 0x50, 0xff]));
      expect(checkFilesEncoding(dir, ['ok.md', 'bom.yaml', 'logo.png']).map((e) => `${e.file}: ${e.place}`)).toEqual(['bom.yaml: 1:1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the characters of a content file', () => {
  const report = (text: string, file = 'content/a.md') => checkCharacters(text, file).map((e) => `${e.place}: ${e.problem}`);

  it('refuses a bidi override, naming line, column and code point', () => {
    expect(report('title: x\nSe \u202Egnp.exe\n')).toEqual(['2:4: U+202E (a right-to-left override, a bidi control) is not allowed: it makes the text show differently from what is stored; delete it']);
  });

  it('refuses a NUL byte and a byte-order mark after byte 0, in YAML as in Markdown', () => {
    expect(report('a: "x\u0000y"\nb: c\uFEFF\n', 'content/timeline.yaml').map((p) => p.split(' (')[0])).toEqual(['1:6: U+0000', '2:5: U+FEFF']);
  });

  it('names CRLF and CR line endings once per file, with what to do', () => {
    expect(report('---\r\nlang: da\r\n---\r\n')).toEqual(['1:4: U+000D (a carriage return): the file has Windows (CRLF) line endings: save it with LF line endings (git keeps content LF: see .gitattributes)']);
    expect(report('---\rlang: da\r---\r')[0]).toMatch(/^1:4: U\+000D \(a carriage return\): the file has carriage returns \(CR\) as line endings/);
  });

  it('accepts CRLF in CSV files, the format\'s own line end, but not a lone CR', () => {
    expect(report('date,rate\r\n2023-08-03,5.1\r\n', 'content/money/rates.csv')).toEqual([]);
    expect(report('date,rate\r2023-08-03,5.1\n', 'content/money/rates.csv')).toHaveLength(1);
  });

  it('is run on every text file of a tree, after its bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-characters-'));
    try {
      writeFileSync(join(dir, 'ok.md'), 'å\n');
      writeFileSync(join(dir, 'bidi.yaml'), 'a: \u2066x\u2069\n');
      expect(checkFilesEncoding(dir, ['ok.md', 'bidi.yaml']).map((e) => `${e.file}: ${e.place}: ${e.problem.split(' (')[0]}`)).toEqual(['bidi.yaml: 1:4: U+2066', 'bidi.yaml: 1:6: U+2069']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
