import { describe, expect, it } from 'vitest';
import { ID, isDay, PARAGRAPH_KEY } from '../../../src/lib/core/ids';

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
});
