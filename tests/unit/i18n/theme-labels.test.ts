import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/core/locales';
import { THEME_CHOICES, themeLabels } from '../../../src/lib/i18n/theme-labels';

describe('themeLabels', () => {
  it('gives every language a label for each choice, in the switch’s order', () => {
    for (const lang of LOCALES) expect(themeLabels(lang).map(([choice]) => choice), lang).toEqual([...THEME_CHOICES]);
    expect(themeLabels('da')).toEqual([
      ['system', 'Farver: som systemet'],
      ['light', 'Farver: lyse'],
      ['dark', 'Farver: mørke'],
    ]);
  });

  it('fails with the file and the key on any other number of labels, or an empty one', () => {
    expect(() => themeLabels('ru', 'Цвета|светлые')).toThrow('src/lib/i18n/strings/ru.json: key "theme.labels": needs three labels separated by "|" (system, light, dark), has 2');
    expect(() => themeLabels('da', 'a||c')).toThrow(/strings\/da\.json: key "theme\.labels": needs three labels/);
    expect(() => themeLabels('da', 'a|b|c|d')).toThrow(/has 4/);
  });
});
