import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentError } from '../../../../src/lib/core/errors';
import { fieldLines, firstStory, hasPath, langOf, readDocument } from '../../../../src/lib/edition/check/document';

const dir = mkdtempSync(join(tmpdir(), 'check-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const schema = z.object({ lang: z.string(), title: z.string(), sources: z.array(z.string()).optional() }).strict();

/** Writes `content/articles/da/<name>.md` and reads it back with the schema. */
function read(name: string, text: string) {
  mkdirSync(join(dir, 'content/articles/da'), { recursive: true });
  writeFileSync(join(dir, `content/articles/da/${name}.md`), text);
  const errors: ContentError[] = [];
  const doc = readDocument(dir, `content/articles/da/${name}.md`, schema, errors);
  return { doc, errors: errors.map((e) => e.message) };
}

describe('reading a collection entry', () => {
  it('reads a valid entry as Astro does: its data, its body, its folder and name', () => {
    const { doc, errors } = read('story', '---\nlang: da\ntitle: T\n---\n\nText.\n');
    expect(errors).toEqual([]);
    expect(doc).toMatchObject({ file: 'content/articles/da/story.md', folder: 'da', name: 'story', data: { lang: 'da', title: 'T' }, body: 'Text.' });
    // The frontmatter is blanked, not cut: lines and columns stay the file's.
    expect(doc.content.split('\n')[5]).toBe('Text.');
    expect(langOf(doc)).toBe('da');
  });

  it('names the field and its line for a wrong value, and says what a missing field should be', () => {
    const { doc, errors } = read('wrong', '---\nlang: da\ntitle: 3\nextra: x\n---\n\nText.\n');
    expect(doc.data).toBeUndefined();
    expect(doc.frontmatter).toEqual({ lang: 'da', title: 3, extra: 'x' });
    expect(errors).toContain('content/articles/da/wrong.md: title (line 3): Invalid input: expected string, received number');
    expect(errors.some((e) => e.startsWith('content/articles/da/wrong.md: extra (line 4): '))).toBe(true);
    expect(read('missing', '---\nlang: da\n---\n\nText.\n').errors).toEqual(['content/articles/da/missing.md: title: missing (expected string)']);
  });

  it('reports frontmatter that is not YAML at its line, and keeps the document', () => {
    const { doc, errors } = read('yaml', '---\nlang: da\ntitle: [a\n---\n\nText.\n');
    expect(doc.frontmatter).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/articles\/da\/yaml\.md: \d+:\d+: the frontmatter is not valid YAML: /);
  });
});

describe('frontmatter helpers', () => {
  it('finds the file line of a field, nested or in a list', () => {
    const lines = fieldLines('title: A\nsources:\n  - x\n  - y\n', 1);
    expect(lines(['title'])).toBe(2);
    expect(lines(['sources', '1'])).toBe(5);
    expect(lines(['nope'])).toBeUndefined();
  });

  it('tells a field set to null from one not written', () => {
    expect(hasPath({ a: { b: null } }, ['a', 'b'])).toBe(true);
    expect(hasPath({ a: {} }, ['a', 'b'])).toBe(false);
    expect(hasPath(undefined, ['a'])).toBe(false);
  });

  it('takes the first story by name', () => {
    const doc = (name: string) => ({ file: '', abs: '', folder: 'da', name, content: '', body: '' });
    expect(firstStory([doc('b'), doc('a'), doc('b')])).toBe('a');
    expect(firstStory([])).toBeUndefined();
  });
});
