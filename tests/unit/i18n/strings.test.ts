import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { assertCompleteStrings, fill, strings } from '../../../src/lib/i18n/strings';

describe('UI strings', () => {
  it('exist for every language, with the same keys', () => {
    const keys = Object.keys(strings('da')).sort();
    for (const lang of LOCALES) expect(Object.keys(strings(lang)).sort()).toEqual(keys);
  });

  it('fail loudly for a language with no strings, a missing or an unknown key', () => {
    expect(() => assertCompleteStrings({ da: { a: 'x' } }, ['da', 'ru'])).toThrow('src/lib/i18n/strings/ru.json: file: missing: the language ru has no UI strings');
    expect(() => assertCompleteStrings({ da: { a: 'x', b: 'y' }, en: { a: 'x' } }, ['da', 'en'])).toThrow('src/lib/i18n/strings/en.json: key "b": is missing or empty');
    expect(() => assertCompleteStrings({ da: { a: 'x' }, en: { a: 'x', c: 'z' } }, ['da', 'en'])).toThrow('key "c": is not a known key');
  });

  it('fills placeholders and refuses unknown ones', () => {
    expect(fill('{a} og {b}', { a: '1', b: '2' })).toBe('1 og 2');
    expect(() => fill('{a} og {c}', { a: '1' })).toThrow('No value for {c}');
  });

  it('labels notes in the page language, never in English on Danish pages', () => {
    expect(strings('da')['notes.type.correction']).toBe('Rettelse');
    expect(strings('da')['notes.back']).not.toMatch(/back/i);
    expect(strings('en')['notes.type.figure']).toBe('Amount');
  });
});
