import { describe, expect, it } from 'vitest';
import { indexProblems } from '../../../src/lib/integrations/pagefind';

const lang = (page_count: number, wasm: string | null = 'x') => ({ page_count, wasm, hash: 'h' });

describe('the search index check', () => {
  it('passes an index per language, a language without a stemmer (kk) included', () => {
    const entry = { version: '1.6.0', languages: { da: lang(6, 'da'), en: lang(6, 'en'), kk: lang(6, null), ru: lang(6, 'ru') } };
    expect(indexProblems(entry, ['da', 'en', 'ru', 'kk'])).toEqual([]);
  });

  it('reports a language without pages, and an index for a language the edition does not have', () => {
    const entry = { languages: { da: lang(12), en: lang(6), 'ru-ru': lang(6) } };
    expect(indexProblems(entry, ['da', 'en', 'ru', 'kk'])).toEqual([
      'no page indexed in "ru" (is <html lang="ru"> on its pages?)',
      'no page indexed in "kk" (is <html lang="kk"> on its pages?)',
      'an index for "ru-ru", which is not a language of the edition',
    ]);
    expect(indexProblems({ languages: { da: lang(0) } }, ['da'])).toEqual(['no page indexed in "da" (is <html lang="da"> on its pages?)']);
  });

  it('reports an entry file without languages', () => {
    expect(indexProblems({}, ['da'])).toEqual(['pagefind-entry.json lists no languages']);
    expect(indexProblems(null, ['da'])).toEqual(['pagefind-entry.json lists no languages']);
  });
});
