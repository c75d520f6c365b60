import { describe, expect, it } from 'vitest';
import { ID, isDay, PARAGRAPH_KEY, quoteName } from '../../../src/lib/core/ids';

describe('ids', () => {
  it('accepts lower-case letters, digits and hyphens, starting with a letter or digit', () => {
    for (const id of ['daryo-2023-08-04', 'one-off', '2023-report', 'a']) expect(ID.test(id), id).toBe(true);
    for (const id of ['', '-a', 'One', 'a_b', 'a b', 'æble']) expect(ID.test(id), id).toBe(false);
  });

  it('accepts paragraph keys of hyphen-joined words starting with a letter', () => {
    for (const key of ['intro', 'one-off-payment', 'p2', 'a-1']) expect(PARAGRAPH_KEY.test(key), key).toBe(true);
    for (const key of ['', '1st', 'a--b', 'a-', '-a', 'Intro', 'a_b']) expect(PARAGRAPH_KEY.test(key), key).toBe(false);
  });

  it('accepts only a real calendar day as YYYY-MM-DD', () => {
    for (const day of ['2023-08-03', '2024-02-29']) expect(isDay(day), day).toBe(true);
    for (const day of ['2023', '2023-08', '2023-02-29', '2023-13-01', '2023-8-3', '03-08-2023', '']) expect(isDay(day), day).toBe(false);
  });

  it('quotes a name with the code point and position of every character that is not printable ASCII', () => {
    // A Cyrillic "е" (U+0435) in a Latin key looks exactly like the key it imitates.
    expect(quoteName('r\u0435uters')).toBe('"r\u0435uters" (U+0435 at 2)');
    expect(quoteName('рубли')).toBe('"рубли" (U+0440 at 1, U+0443 at 2, U+0431 at 3, U+043B at 4, U+0438 at 5)');
    expect(quoteName('a\u200Bb')).toBe('"a\u200Bb" (U+200B at 2)');
    expect(quoteName('reuters')).toBe('"reuters"');
    expect(quoteName('Bad_Id')).toBe('"Bad_Id"');
  });
});
