import { describe, expect, it } from 'vitest';
import { MAX_TITLE, pageTitle } from '../../../src/lib/i18n/page-title';

describe('page titles', () => {
  it('append the site name when it fits', () => {
    expect(pageTitle('Forside', 'Skulder ved skulder')).toBe('Forside · Skulder ved skulder');
    expect(pageTitle('Skulder ved skulder', 'Skulder ved skulder')).toBe('Skulder ved skulder');
  });
  it('drop it rather than exceed the limit', () => {
    const long = 'Rusland hverver i Kasakhstan med løfte om 495.000 rubler';
    expect(pageTitle(long, 'Skulder ved skulder')).toBe(long);
    expect(pageTitle(long, 'S').length).toBeLessThanOrEqual(MAX_TITLE);
  });
});
