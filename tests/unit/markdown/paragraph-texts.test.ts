import { describe, expect, it } from 'vitest';
import type { Annotations } from '../../../src/lib/markdown/annotations';
import { renderFile } from './render';

const fixture = (name: string) => new URL(`../../fixtures/articles/${name}/input.md`, import.meta.url).pathname;

describe('the paragraph texts the keys plugin records (the claims’ quotes are checked against them)', () => {
  it('are each keyed paragraph’s text as read: no key line, no note markers, white space collapsed', async () => {
    const { metadata } = await renderFile(fixture('notes-dense-paragraph'));
    const annotations = metadata.frontmatter.annotations as Annotations;
    expect(annotations.paragraphTexts).toEqual({ dense: 'Et tæt afsnit med mange noter.', next: 'Næste afsnit.' });
  });

  it('leave out Markdown syntax and our own labels (a link’s text stays, its address goes)', async () => {
    const { metadata } = await renderFile(fixture('keys-and-caption'));
    const texts = Object.values((metadata.frontmatter.annotations as Annotations).paragraphTexts);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/\{#|\[\^|\]\(|¶|\s{2}/);
  });
});
