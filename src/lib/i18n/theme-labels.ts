import type { Locale } from '../core/locales';
import { ContentError } from '../core/errors';
import { strings, stringsFile } from './strings';

/** The colour-scheme switch's choices, in its order (src/scripts/theme.ts cycles through them). */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * The switch's label for each choice in `lang`, from the UI string "theme.labels" (three
 * labels separated by "|", in the order of `THEME_CHOICES`). The page carries all three and
 * the stylesheet shows the one in force. Any other number of labels fails the build, naming
 * the file and the key.
 */
export function themeLabels(lang: Locale, value: string = strings(lang)['theme.labels']): [ThemeChoice, string][] {
  const labels = value.split('|').map((label) => label.trim());
  if (labels.length !== THEME_CHOICES.length || labels.some((label) => !label)) {
    throw new ContentError(stringsFile(lang), 'key "theme.labels"', `needs three labels separated by "|" (system, light, dark), has ${labels.filter(Boolean).length}`);
  }
  return THEME_CHOICES.map((choice, i) => [choice, labels[i]!]);
}
