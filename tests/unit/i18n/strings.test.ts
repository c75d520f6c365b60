import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/core/locales';
import { pluralAttributes, pluralCategory, pluralForm } from '../../../src/lib/i18n/plural';
import { assertCompleteStrings, checkStrings, fill, fillPlural, strings } from '../../../src/lib/i18n/strings';

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
    // A value ending in a full stop (Russian "г.") stands in for the template's own stop.
    expect(fill('Версия издания: {date}.', { date: '3 августа 2023 г.' })).toBe('Версия издания: 3 августа 2023 г.');
    expect(fill('{a}. {b}.', { a: 'x', b: 'y' })).toBe('x. y.');
  });

  it('labels notes in the page language, never in English on Danish pages', () => {
    expect(strings('da')['notes.type.correction']).toBe('Rettelse');
    expect(strings('da')['notes.back']).not.toMatch(/back/i);
    expect(strings('en')['notes.type.figure']).toBe('Amount');
  });

  it('picks the plural form of a count by Intl.PluralRules: one for 1, other for 0 and 2, in Danish and English', () => {
    for (const lang of ['da', 'en']) {
      expect([0, 1, 2].map((n) => pluralCategory(lang, n)), lang).toEqual(['other', 'one', 'other']);
    }
    const q = { q: 'Sakhalin' };
    expect(fillPlural('da', 'search.count', 1, { n: '1', ...q })).toBe('1 resultat for »Sakhalin«.');
    expect(fillPlural('da', 'search.count', 2, { n: '2', ...q })).toBe('2 resultater for »Sakhalin«.');
    expect(fillPlural('da', 'search.count', 0, { n: '0', ...q })).toBe('0 resultater for »Sakhalin«.');
    expect(fillPlural('en', 'search.count', 1, { n: '1', ...q })).toBe('1 result for “Sakhalin”.');
    expect(fillPlural('en', 'search.count', 2, { n: '2', ...q })).toBe('2 results for “Sakhalin”.');
    expect(fillPlural('en', 'search.count', 0, { n: '0', ...q })).toBe('0 results for “Sakhalin”.');
    // A category a string has no form for falls back to `other`.
    expect(pluralForm({ other: 'x' }, 'en', 1)).toBe('x');
  });

  it('writes the plural forms as data attributes for the search page’s script', () => {
    expect(pluralAttributes('count', strings('en')['search.count'])).toEqual({ 'data-count-one': '{n} result for “{q}”.', 'data-count-other': '{n} results for “{q}”.' });
  });

  it('asks each language for exactly the plural categories of its own rules, naming file and key', () => {
    const da = { 'x.count': { one: '{n} ting', other: '{n} ting' } };
    expect(checkStrings({ da, en: { 'x.count': { one: '{n} thing', other: '{n} things' } } }, ['da', 'en'])).toEqual([]);
    const messages = (all: Record<string, Record<string, unknown>>, locales: string[]) => checkStrings(all, locales).map((e) => e.message);
    expect(messages({ da, en: { 'x.count': { other: '{n} things' } } }, ['da', 'en'])).toEqual(['src/lib/i18n/strings/en.json: key "x.count": the plural form "one" is missing or empty']);
    expect(messages({ da, en: { 'x.count': { one: '{n} thing', other: '{n} things', few: 'x' } } }, ['da', 'en'])).toEqual(['src/lib/i18n/strings/en.json: key "x.count": "few" is not a plural category of en (one, other)']);
    expect(messages({ da, en: { 'x.count': '{n} things' } }, ['da', 'en'])).toEqual(['src/lib/i18n/strings/en.json: key "x.count": needs a form for each plural category of en (one, other), as an object']);
    // Russian distinguishes more: one, few, many, other.
    expect(messages({ da, ru: { 'x.count': { one: 'a', other: 'b' } } }, ['da', 'ru'])).toEqual([
      'src/lib/i18n/strings/ru.json: key "x.count": the plural form "few" is missing or empty',
      'src/lib/i18n/strings/ru.json: key "x.count": the plural form "many" is missing or empty',
    ]);
  });
});
