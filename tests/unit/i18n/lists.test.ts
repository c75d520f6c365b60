import { describe, expect, it } from 'vitest';
import { formatList } from '../../../src/lib/i18n/lists';

describe('formatList', () => {
  it('joins in each language by Intl.ListFormat', () => {
    expect(formatList(['A', 'B'], 'da', 'disjunction')).toBe('A eller B');
    expect(formatList(['A', 'B'], 'en', 'disjunction')).toBe('A or B');
    expect(formatList(['A', 'B'], 'ru', 'disjunction')).toBe('A или B');
    expect(formatList(['A', 'B', 'C'], 'ru')).toBe('A, B и C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A'], 'kk')).toBe('A');
  });
});
