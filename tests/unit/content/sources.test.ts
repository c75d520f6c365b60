import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/content/errors';
import { parseSources } from '../../../src/lib/content/sources';

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
    expect(message).toContain('content/sources/core.yaml: 1:1: "a", field url');
    expect(message).toContain('content/sources/core.yaml: 4:1: "b", field publisher');
    expect(message).toContain('content/sources/core.yaml: 6:1: "c", field date: expected a date');
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
});
