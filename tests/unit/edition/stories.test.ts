import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/edition/article-schema';
import { buildStories, splitEntryId, type Version } from '../../../src/lib/edition/stories';
import type { Annotations } from '../../../src/lib/markdown/annotations';
import { renderFile } from '../markdown/render';

/**
 * Each case in tests/fixtures/stories/<case>/articles/ holds an original (da.md) and a
 * translation (en.md), rendered through the real pipeline; the cross-language check
 * must report exactly the expected problems, each naming the translation's file.
 */
async function versionOf(path: string, folder: string): Promise<Version> {
  const { metadata } = await renderFile(path);
  const data = articleSchema.parse(parseFrontmatter(readFileSync(path, 'utf8')).frontmatter);
  const annotations = metadata.frontmatter.annotations as Annotations;
  return { id: `${folder}/story`, file: path.replace(`${process.cwd()}/`, ''), folder, story: 'story', data, annotations };
}

async function check(name: string): Promise<string[]> {
  const dir = `${process.cwd()}/tests/fixtures/stories/${name}/articles`;
  const versions = [await versionOf(`${dir}/da.md`, 'da'), await versionOf(`${dir}/en.md`, 'en')];
  return buildStories(versions).errors.map((e) => e.message);
}

const en = (name: string) => `tests/fixtures/stories/${name}/articles/en.md`;

describe('one story across languages', () => {
  it('accepts a translation that mirrors the original and adds translator’s notes', async () => {
    expect(await check('mirrors')).toEqual([]);
  });

  it('fails a translation with a missing paragraph, naming file and key', async () => {
    const errors = await check('missing-paragraph');
    expect(errors).toContain(`${en('missing-paragraph')}: paragraph "b": missing: the original (tests/fixtures/stories/missing-paragraph/articles/da.md) has this paragraph, the translation does not`);
  });

  it('fails an unknown paragraph key', async () => {
    expect(await check('unknown-paragraph')).toEqual([
      `${en('unknown-paragraph')}: paragraph "d": unknown key: the original (tests/fixtures/stories/unknown-paragraph/articles/da.md) has no paragraph "d"`,
    ]);
  });

  it('fails a spelling note of the original that does not say what was printed and what is right', async () => {
    expect(await check('spelling-no-data')).toEqual([
      'tests/fixtures/stories/spelling-no-data/articles/da.md: note "typo": a spelling correction of the original must say what was printed and what is right: {correction:spelling printed="…" right="…"}',
    ]);
  });

  it('fails correction data on a translation’s spelling note (the correction is the original’s)', async () => {
    expect(await check('spelling-data-in-translation')).toEqual([
      `${en('spelling-data-in-translation')}: note "typo": printed="…" right="…" belong in the original's note (tests/fixtures/stories/spelling-data-in-translation/articles/da.md); a translation explains the original's slip but has none of its own to correct`,
    ]);
  });

  it('fails paragraphs out of order', async () => {
    expect(await check('out-of-order')).toEqual([`${en('out-of-order')}: paragraph "c": out of order: the original has "b" here`]);
  });

  it('fails a note of the original that the translation lacks', async () => {
    expect(await check('missing-note')).toEqual([
      `${en('missing-note')}: note "typo": missing: the original's correction note in paragraph "a" has no counterpart`,
    ]);
  });

  it('fails a mirrored note of another type or in another paragraph', async () => {
    expect(await check('note-mismatch')).toEqual([
      `${en('note-mismatch')}: note "typo": is {translation} but the original's is {correction:spelling}`,
      `${en('note-mismatch')}: note "typo": sits in paragraph "c" but the original's sits in "a"`,
    ]);
  });

  it('fails a factual note only the translation has', async () => {
    expect(await check('extra-fact-note')).toEqual([
      `${en('extra-fact-note')}: note "mine": only the translation has this note, so it must be a {translation} note, not {context:editorial}`,
    ]);
  });

  it('fails a version in the wrong folder and a story without an original', async () => {
    const dir = `${process.cwd()}/tests/fixtures/stories/mirrors/articles`;
    const da = await versionOf(`${dir}/da.md`, 'en');
    expect(buildStories([da]).errors.map((e) => e.message)).toEqual([
      'tests/fixtures/stories/mirrors/articles/da.md: lang: frontmatter says "da" but the file is in the folder "en": they must match',
    ]);
    const t = await versionOf(`${dir}/en.md`, 'en');
    expect(buildStories([t]).errors[0]?.message).toMatch(/original: story "story" needs exactly one original version, found 0/);
  });

  it('names the code points of a story name that only looks valid (a Cyrillic е)', async () => {
    const dir = `${process.cwd()}/tests/fixtures/stories/mirrors/articles`;
    const da = { ...(await versionOf(`${dir}/da.md`, 'da')), story: 'st\u043Ery' };
    expect(buildStories([da]).errors.map((e) => e.message)).toContain(
      'tests/fixtures/stories/mirrors/articles/da.md: file name: "stоry" (U+043E at 3) is not a valid story name (lower-case letters, digits, hyphens)',
    );
  });

  it('splits entry ids', () => {
    expect(splitEntryId('da/skulder-ved-skulder')).toEqual({ folder: 'da', story: 'skulder-ved-skulder' });
  });
});
