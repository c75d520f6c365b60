import type { ElementContent } from 'hast';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/core/errors';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import { parseSources, type Source } from '../../../src/lib/sources/sources';
import { LOCALES } from '../../../src/lib/core/locales';
import { citationHast } from '../../../src/lib/markdown/citation-hast';

const parseError = (text: string) => {
  try {
    parseSources(text, 'content/sources/core.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ContentErrors);
    return (e as Error).message;
  }
  throw new Error('expected the registry to be rejected');
};

describe('the source registry', () => {
  it('parses the real registry, keeping dates as written', () => {
    const registry = parseSources(readFileSync('content/sources/core.yaml', 'utf8'), 'content/sources/core.yaml');
    expect(registry.size).toBeGreaterThan(20);
    expect(registry.get('daryo-2023-08-04')).toMatchObject({ publisher: 'Daryo.uz', date: '2023-08-04' });
    expect(registry.get('bt-2023-08')?.date).toBe('2023-08');
    for (const s of registry.values()) expect(s.url ?? s.title ?? s.date ?? s.note, s.id).toBeDefined();
  });

  it('names the file, line and field of every problem', () => {
    const message = parseError('a:\n  publisher: X\n  url: not-a-url\nb:\n  title: T\nc:\n  publisher: Y\n  date: 2023-02-30\n');
    // A field's problem at the field itself (D25): the url's own line, saying what to write.
    expect(message).toContain('content/sources/core.yaml: 3:3: "a", field url: only https:// or http:// addresses');
    expect(message).toContain('content/sources/core.yaml: 4:1: "b", field publisher');
    expect(message).toContain('content/sources/core.yaml: 8:3: "c", field date: expected a date');
  });

  it('rejects a source a reader could not find, unknown fields and bad ids', () => {
    expect(parseError('a:\n  publisher: X\n')).toContain('a source needs a url, a title, a date or a note');
    expect(parseError('a:\n  publisher: X\n  date: 2023\n  colour: red\n')).toContain('colour');
    expect(parseError('Bad_Id:\n  publisher: X\n  date: 2023\n')).toContain('id "Bad_Id" must be lower-case');
  });

  it('rejects duplicate ids and broken YAML with a line number', () => {
    expect(parseError('a:\n  publisher: X\n  date: 2023\na:\n  publisher: Y\n  date: 2023\n')).toMatch(/content\/sources\/core.yaml: 4:1: .*unique/i);
    expect(parseError('a: [\n')).toMatch(/content\/sources\/core.yaml: \d+:\d+: /);
  });

  it('takes a publisher as one name or as a text per language', () => {
    const registry = parseSources(
      ['orf:', '  publisher: ORF', '  date: 2023-08', 'statista:', '  publisher:', '    da: Statista med tal fra OECD', '    en: Statista, citing the OECD', '    ru: Statista по данным OECD', '    kk: Statista, OECD деректері', '  date: 2023-08', ''].join('\n'),
      'content/sources/core.yaml',
    );
    expect(registry.get('orf')?.publisher).toBe('ORF');
    expect(registry.get('statista')?.publisher).toEqual({ da: 'Statista med tal fra OECD', en: 'Statista, citing the OECD', ru: 'Statista по данным OECD', kk: 'Statista, OECD деректері' });
  });

  it('rejects a per-language publisher missing a language, an unknown language or an empty text, naming file, line and field', () => {
    const missing = parseError(['a:', '  publisher: A', '  date: 2023-08', 'b:', '  publisher:', '    da: Statista med tal fra OECD', '  date: 2023-08', ''].join('\n'));
    expect(missing).toContain(`content/sources/core.yaml: 5:3: "b", field publisher: a text per language needs a non-empty text for every language of the edition (${LOCALES.join(', ')}); missing: en, ru, kk`);
    expect(missing).not.toContain('"a"');
    expect(parseError('b:\n  publisher:\n    da: X\n    en: X\n    ru: X\n    kk: X\n    fr: X\n  date: 2023-08\n')).toContain('content/sources/core.yaml: 2:3: "b", field publisher: Unrecognized key: "fr"');
    expect(parseError('b:\n  publisher:\n    da: " "\n    en: X\n    ru: X\n    kk: X\n  date: 2023-08\n')).toContain('content/sources/core.yaml: 3:5: "b", field publisher.da');
    expect(parseError('b:\n  publisher: [X]\n  date: 2023-08\n')).toContain(`"b", field publisher: expected a text, or one per language: { ${LOCALES.map((l) => `${l}: …`).join(', ')} }`);
  });

  it('shows readers the publisher in their language, a name in every language', () => {
    const statista: Source = { id: 's', publisher: { da: 'Statista med tal fra OECD', en: 'Statista, citing the OECD', ru: 'Statista по данным ОЭСР', kk: 'Statista, ЭЫДҰ деректері бойынша' }, url: 'https://de.statista.com/x' };
    const orf: Source = { id: 'o', publisher: 'ORF', url: 'https://orf.at/stories/3326238/' };
    const label = (s: Source, lang: 'da' | 'en') => toText(citationHast(s, lang, 'short'));
    expect(label(statista, 'da')).toBe('Statista med tal fra OECD');
    expect(label(statista, 'en')).toBe('Statista, citing the OECD');
    expect(label(orf, 'da')).toBe('ORF');
    expect(label(orf, 'en')).toBe('ORF');
  });

  it('has no English description on Danish pages among the real sources, and typographic apostrophes', () => {
    const registry = loadSourceRegistry(process.cwd());
    const danish = (id: string) => toText(citationHast(registry.get(id)!, 'da', 'short'));
    expect(danish('fred-monthly-2023')).toBe('Federal Reserve (den amerikanske centralbank) via datasættet datasets/exchange-rates (data/monthly.csv)');
    expect(danish('adilet-criminal-code')).toBe('Adilet, Kasakhstans officielle lovdatabase');
    expect(toText(citationHast(registry.get('adilet-criminal-code')!, 'en', 'short'))).toBe('Adilet, Kazakhstan’s official legal database');
    for (const source of registry.values()) {
      for (const lang of LOCALES) {
        const text = toText(citationHast(source, lang, 'short'));
        expect(text, `${source.id} (${lang})`).not.toContain("'");
        if (lang === 'da') expect(text, source.id).not.toMatch(/\b(citing|via the|repository|Ministry|Embassy|official|edition|English|French)\b/);
      }
    }
  });
});

/** The text of a run of hast (the date left out: only the publisher's words are tested). */
function toText(nodes: ElementContent[]): string {
  const text = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(text).join('') : '');
  return nodes.map(text).join('').replace(/, [^,]*\d{4}$/, '');
}
