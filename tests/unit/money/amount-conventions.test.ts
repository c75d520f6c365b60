import { describe, expect, it } from 'vitest';
import { CONVENTIONS } from '../../../src/lib/money/amount-conventions';
import { LOCALES } from '../../../src/lib/core/locales';
import { CURRENCIES } from '../../../src/lib/money/currency';

describe('each language’s number and currency conventions', () => {
  it('cover every language of the edition', () => {
    expect(Object.keys(CONVENTIONS).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: separates groups and decimals differently, and names every currency in words', (lang) => {
    const c = CONVENTIONS[lang];
    expect(c.group).not.toBe(c.decimal);
    expect(new Set(Object.values(c.after))).toEqual(new Set(CURRENCIES));
    expect(c.per.length).toBeGreaterThan(0);
    expect(c.and.length).toBeGreaterThan(0);
  });

  it('keys the words in the normalised form the matcher looks them up by (lower case, plain spaces)', () => {
    for (const c of Object.values(CONVENTIONS)) {
      for (const word of [...Object.keys(c.after), ...Object.keys(c.before), ...c.scales.map((s) => s.word)]) expect(word).toBe(word.toLowerCase().trim());
    }
  });

  it('write Danish and English the usual way', () => {
    expect([CONVENTIONS.da.group, CONVENTIONS.da.decimal, CONVENTIONS.en.group, CONVENTIONS.en.decimal]).toEqual(['.', ',', ',', '.']);
    expect(CONVENTIONS.da.scales.find((s) => s.word === 'mio.')?.factor).toBe(10n ** 6n);
    expect(CONVENTIONS.en.scales.find((s) => s.word === 'bn')).toMatchObject({ factor: 10n ** 9n, spaced: false });
  });
});
