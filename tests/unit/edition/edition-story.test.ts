import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionStory, storyNames } from '../../../src/lib/edition/edition-story';

describe('the edition’s story', () => {
  it('is the first by name (code-unit order, as the content check takes it)', () => {
    expect(editionStory([{ story: 'zebra' }, { story: 'alpha-2' }, { story: 'alpha' }])).toEqual({ story: 'alpha' });
    expect(editionStory([{ story: 'one' }])).toEqual({ story: 'one' });
  });

  it('fails, saying where articles go, when there is none', () => {
    expect(() => editionStory([])).toThrow('content/articles/<lang>/<story>.md');
  });
});

describe('story names from the files', () => {
  it('each name once, sorted, from every language folder; other files ignored', () => {
    const root = mkdtempSync(join(tmpdir(), 'stories-'));
    for (const [lang, files] of Object.entries({ da: ['b.md', 'a.md', 'notes.txt'], en: ['a.md', 'c.md'] })) {
      mkdirSync(join(root, 'content/articles', lang), { recursive: true });
      for (const f of files) writeFileSync(join(root, 'content/articles', lang, f), '');
    }
    writeFileSync(join(root, 'content/articles/README.md'), '');
    expect(storyNames(root)).toEqual(['a', 'b', 'c']);
  });

  it('the real edition has one story, in every language folder', () => {
    expect(storyNames(process.cwd())).toHaveLength(1);
  });
});
