import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../src/lib/context/schemas';
import { LOCALES } from '../../../src/lib/core/locales';
import {
  directionLabel,
  noteTypeLabel,
  noteTypeLegend,
  pairVerdictLabel,
  perCurrencyLabel,
  rangeCurrencyLabel,
  sidebarKindLabel,
  timelineMarkLabel,
  verdictLabel,
  type KeysUnder,
} from '../../../src/lib/i18n/labels';
import { NOTE_TYPES, type NoteType } from '../../../src/lib/markdown/note-types';

// Compile-time: every verdict and note type has its strings (`npm run check` fails otherwise).
const verdictKeys: readonly KeysUnder<'claims.verdict'>[] = VERDICTS;
const noteTypes: NoteType[] = Object.keys(NOTE_TYPES) as NoteType[];
const noteTypeKeys: readonly KeysUnder<'notes.type'>[] = noteTypes;

describe('typed labels', () => {
  it('name every verdict and note type in every language', () => {
    for (const lang of LOCALES) {
      for (const v of verdictKeys) expect(verdictLabel(lang, v)).not.toBe('');
      for (const t of noteTypeKeys) {
        expect(noteTypeLabel(lang, t)).not.toBe('');
        expect(noteTypeLegend(lang, t)).not.toBe('');
      }
    }
  });

  it('read the string under its namespace', () => {
    expect(verdictLabel('en', 'confirmed')).toBe('Confirmed');
    expect(sidebarKindLabel('da', 'legal')).toBe('Jura');
    expect(timelineMarkLabel('en', 'reuters')).not.toBe('');
    expect(pairVerdictLabel('en', 'fits')).not.toBe('');
    expect(rangeCurrencyLabel('da', 'DKK')).not.toBe('');
    expect(perCurrencyLabel('en', 'KZT')).not.toBe('');
    expect(directionLabel('en', 'below')).toBe('below');
  });
});
