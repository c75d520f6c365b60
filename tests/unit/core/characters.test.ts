import { describe, expect, it } from 'vitest';
import { codePointName, hiddenCharacterName, hiddenCharacters } from '../../../src/lib/core/characters';

const found = (text: string, crlf = false) => hiddenCharacters(text, { crlf }).map((c) => `${c.line}:${c.column} ${c.codePoint}`);

describe('hidden characters', () => {
  it('finds a right-to-left override, at its line and column, with its code point', () => {
    // The stored "gnp.exe" that Chromium shows as "exe.png" (the report's D4).
    expect(found('file:\n  name: \u202Egnp.exe\u202C\n')).toEqual(['2:9 U+202E', '2:17 U+202C']);
    expect(hiddenCharacters('a\u202Eb')[0]).toMatchObject({ index: 1, cp: 0x202e, name: 'a right-to-left override, a bidi control' });
  });

  it('refuses every bidi control, zero-width character, a BOM inside the text and C0/C1 controls', () => {
    const refused = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad, 0x2028, 0x2029, 0x00, 0x01, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f, 0x85, 0x9f];
    for (const cp of refused) expect(hiddenCharacterName(cp), codePointName(cp)).toBeDefined();
  });

  it('accepts tab, line feed, text in any script, emoji and a no-break space', () => {
    expect(found('Kasakhstan\t»skulder ved skulder«\nПлечом к плечу 🇰🇿 495\u00A0000 рублей\n')).toEqual([]);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(found('🇰🇿æ\u200B')).toEqual(['1:4 U+200B']);
  });

  it('allows CRLF only where asked (CSV), never a lone CR', () => {
    expect(found('a,b\r\n1,2\r\n')).toEqual(['1:4 U+000D', '2:4 U+000D']);
    expect(found('a,b\r\n1,2\r\n', true)).toEqual([]);
    expect(found('a,b\r1,2', true)).toEqual(['1:4 U+000D']);
  });

  it('names code points as Unicode does', () => {
    expect(codePointName(0x202e)).toBe('U+202E');
    expect(codePointName(0)).toBe('U+0000');
    expect(codePointName(0x1f1f0)).toBe('U+1F1F0');
  });
});
