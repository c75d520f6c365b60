import { describe, expect, it } from 'vitest';
import { narrowFix, readFixAttributes } from '../../../src/lib/markdown/spelling-fix';

describe('narrowFix: a correction narrowed to the words that change', () => {
  it('keeps unchanged words around the change as plain text', () => {
    expect(narrowFix('en engangsbeløb', 'et engangsbeløb')).toEqual({ before: '', printed: 'en', right: 'et', after: ' engangsbeløb' });
    expect(narrowFix('brød ud', 'brød ud,')).toEqual({ before: 'brød ', printed: 'ud', right: 'ud,', after: '' });
  });
  it('shows a change inside a word, or of the space between words, as whole words', () => {
    expect(narrowFix('interneannoncer', 'internetannoncer')).toEqual({ before: '', printed: 'interneannoncer', right: 'internetannoncer', after: '' });
    expect(narrowFix('Sakhalin regionen', 'Sakhalin-regionen')).toEqual({ before: '', printed: 'Sakhalin regionen', right: 'Sakhalin-regionen', after: '' });
  });
  it('never narrows to nothing: an inserted word keeps a word of the printed text', () => {
    const f = narrowFix('at gå', 'at gå hjem');
    expect(f.before + f.printed + f.after).toBe('at gå');
    expect(f.before + f.right + f.after).toBe('at gå hjem');
    expect(f.printed).not.toBe('');
  });
});

describe('readFixAttributes', () => {
  it('reads printed and right, in either order, with any spacing', () => {
    expect(readFixAttributes(' printed="ar" right="at"')).toEqual({ fix: { printed: 'ar', right: 'at' } });
    expect(readFixAttributes('  right="at"   printed="ar" ')).toEqual({ fix: { printed: 'ar', right: 'at' } });
    expect(readFixAttributes('')).toEqual({});
  });
  it('names what is wrong', () => {
    expect(readFixAttributes(' printed="ar"').problem).toMatch(/needs both/);
    expect(readFixAttributes(' printed="ar" right="ar"').problem).toMatch(/the same/);
    expect(readFixAttributes(' printed="" right="x"').problem).toMatch(/empty/);
    expect(readFixAttributes(' printed="a" printed="b" right="c"').problem).toMatch(/twice/);
    expect(readFixAttributes(' wrong="a" right="c"').problem).toMatch(/unknown attribute "wrong"/);
    expect(readFixAttributes(' printed=ar right="at"').problem).toMatch(/cannot read/);
  });
});
