import { describe, expect, it } from 'vitest';
import { formatPartialDate, isPartialDate, precisionOf, toPartialDate } from '../../../src/lib/core/dates';

describe('partial dates', () => {
  it('accepts years, months and real days only', () => {
    expect(['2023', '2023-08', '2023-08-03', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-13', '2023-02-30', '2023-8', '23-08-03', '2023-08-03T00:00', ''].some(isPartialDate)).toBe(false);
  });

  it('normalises what YAML hands over', () => {
    expect(toPartialDate(new Date('2023-08-03T00:00:00Z'))).toBe('2023-08-03');
    expect(toPartialDate('2023-08')).toBe('2023-08');
    expect(toPartialDate(2023)).toBe('2023');
    expect(toPartialDate('August 2023')).toBeUndefined();
    expect(toPartialDate(new Date('nonsense'))).toBeUndefined();
  });

  it('formats at its own precision, never inventing a day', () => {
    expect(precisionOf('2023-08')).toBe('month');
    expect(formatPartialDate('2023-08', 'da')).toBe('august 2023');
    expect(formatPartialDate('2023-08', 'en')).toBe('August 2023');
    expect(formatPartialDate('2023-08-03', 'da')).toBe('3. august 2023');
    expect(formatPartialDate('2023-08-03', 'en')).toBe('3 August 2023');
    expect(formatPartialDate('2023-08-03', 'da', 'short')).toBe('3. aug. 2023');
    expect(formatPartialDate('2014', 'en')).toBe('2014');
  });

  it('writes Russian and Kazakh dates as their readers do', () => {
    // ICU puts (narrow) no-break spaces where the words belong together; compared as spaces.
    const date = (d: string, lang: 'ru' | 'kk', style?: 'short') => formatPartialDate(d, lang, style).replace(/[\u00a0\u202f]/g, ' ');
    expect(date('2023-08-03', 'ru')).toBe('3 августа 2023 г.');
    expect(date('2023-08', 'ru')).toBe('август 2023 г.');
    // Kazakh prose names the year as an attribute ("жылғы"), where ICU abbreviates it.
    expect(date('2023-08-03', 'kk')).toBe('2023 жылғы 3 тамыз');
    expect(date('2023-08', 'kk')).toBe('2023 жылғы тамыз');
    // Citations keep ICU's short form.
    expect(date('2023-08-03', 'kk', 'short')).toBe('2023 ж. 3 там.');
  });

  it('rejects what is not a date', () => {
    expect(() => formatPartialDate('2023-02-30', 'da')).toThrow(/Not a date/);
  });
});
