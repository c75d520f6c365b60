import type { Locale } from '../core/locales';
import { noteTypeLabel, noteTypeLegend } from '../i18n/labels';
import { strings } from '../i18n/strings';
import type { NoteRecord } from '../markdown/annotations';
import type { NoteType } from '../markdown/note-types';
import { verdictSegments, type VerdictSegment } from '../context/render';

/**
 * The annotation layers a reader can turn on and off on an article page, and its two
 * readings. The ids are the URL's words (`?show=corrections,claims&reading=corrected`, see
 * src/scripts/layers.ts) and the controls' values (`<input value="corrections">`), which
 * the stylesheet (layers.css) reads with `:has()`: the choice works without JavaScript.
 */
export const LAYERS = ['corrections', 'context', 'translation', 'amounts', 'claims', 'sidebars'] as const;
export type LayerId = (typeof LAYERS)[number];

/** The note type each note layer shows. */
const NOTE_LAYERS: Partial<Record<LayerId, NoteType>> = { corrections: 'correction', context: 'context', translation: 'translation', amounts: 'figure' };

/** One layer's control. */
export interface LayerControl {
  id: LayerId;
  /** Its name and what it shows, in the page's language (the claims': with the verdicts' symbols, drawn). */
  name: string;
  description: VerdictSegment[];
  /** The class that gives it its colour (`t-correction`, …), if any. */
  className?: string;
}

/** The controls of one article page: its layers, and the readings where there are corrections to apply. */
export interface LayerControls {
  title: string;
  layers: LayerControl[];
  /** The readings, or `undefined` where the text has no spelling corrections (a translation). */
  readings?: { title: string; options: { id: 'published' | 'corrected'; label: string }[] };
  /** The words announced when a layer changes ("vist", "skjult"). */
  on: string;
  off: string;
}

/**
 * What a page offers: each layer that has something on the page (a note type with notes,
 * claims, sidebars), in a fixed order; the two readings where a note corrects the text.
 */
export function layerControls(lang: Locale, found: { notes: readonly NoteRecord[]; claims: number; sidebars: number }): LayerControls {
  const s = strings(lang);
  const layers = LAYERS.flatMap((id): LayerControl[] => {
    const type = NOTE_LAYERS[id];
    if (type) {
      if (!found.notes.some((n) => n.type === type)) return [];
      return [{ id, name: noteTypeLabel(lang, type), description: [{ text: noteTypeLegend(lang, type) }], className: `t-${type}` }];
    }
    if ((id === 'claims' ? found.claims : found.sidebars) === 0) return [];
    return [{ id, name: s[id === 'claims' ? 'layers.claims' : 'layers.sidebars'], description: id === 'claims' ? verdictSegments(s['legend.claims']) : [{ text: s['legend.sidebars'] }] }];
  });
  const corrects = found.notes.some((n) => n.fix);
  return {
    title: s['layers.title'],
    layers,
    ...(corrects
      ? {
          readings: {
            title: s['reading.title'],
            options: [
              { id: 'published', label: s['reading.published'] },
              { id: 'corrected', label: s['reading.corrected'] },
            ],
          },
        }
      : {}),
    on: s['layers.on'],
    off: s['layers.off'],
  };
}
