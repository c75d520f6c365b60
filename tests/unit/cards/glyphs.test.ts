/**
 * Every character a social card draws has a glyph in the bundled fonts (issue 16, item 5):
 * the texts of the real cards, in every language, and every letter of the Russian and Kazakh
 * alphabets whether or not today's texts use it. `missingGlyphs` asks satori, the renderer
 * itself, which characters none of the bundled Noto Sans subsets covers; the last tests show
 * that it does report one (Georgian, CJK), so an empty answer means something.
 */
import { describe, expect, it } from 'vitest';
import { cardSvg, cardTree, drawable, missingGlyphs, type CardModel } from '../../../src/lib/cards/card';
import type { ContentError } from '../../../src/lib/core/errors';
import { LOCALES } from '../../../src/lib/core/locales';
import { articleSchema } from '../../../src/lib/edition/article-schema';
import { cardPages } from '../../../src/lib/edition/cards';
import { readDocument } from '../../../src/lib/edition/check/document';
import { filesUnder } from '../../../src/lib/edition/check/tree';
import { editionStory } from '../../../src/lib/edition/edition-story';
import { buildStories, type Version } from '../../../src/lib/edition/stories';

/**
 * The stories of content/articles/ as the card route sees them: each version's frontmatter,
 * read and checked as the content layer reads it. The cards show titles and credits only, so
 * the notes (which need the Markdown rendered) are left empty.
 */
function realStories() {
  const root = process.cwd();
  const errors: ContentError[] = [];
  const versions: Version[] = filesUnder(root, 'content/articles')
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const doc = readDocument(root, file, articleSchema, errors);
      return { id: `${doc.folder}/${doc.name}`, file, folder: doc.folder, story: doc.name, data: doc.data!, annotations: { paragraphKeys: [], paragraphTexts: {}, notes: [] } };
    });
  const { stories, errors: storyErrors } = buildStories(versions);
  expect([...errors, ...storyErrors].map(String)).toEqual([]);
  return stories;
}

/** Every text field of a card. */
const textsOf = (m: CardModel) => [m.site, m.tagline, m.title, m.figure ?? '', m.footer];

/** The Russian alphabet (33 letters, both cases). */
const RUSSIAN = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';
/** The nine letters the Kazakh Cyrillic alphabet adds to the Russian one, both cases. */
const KAZAKH = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';

describe('the glyphs of the social cards', () => {
  const stories = realStories();
  const cards = cardPages(stories, editionStory(stories));

  it('the real cards cover every language and page, with Cyrillic in the ru and kk ones', () => {
    expect(new Set(cards.map((c) => c.lang))).toEqual(new Set(LOCALES));
    const keys = (lang: string) => cards.filter((c) => c.lang === lang).map((c) => c.key);
    expect(keys('da')).toEqual(expect.arrayContaining(['home', 'skulder-ved-skulder', 'money']));
    for (const lang of LOCALES) expect(keys(lang)).toEqual(keys('da'));
    const text = (lang: string) => cards.filter((c) => c.lang === lang).flatMap((c) => textsOf(c.model)).join(' ');
    expect(text('ru')).toMatch(/\p{Script=Cyrillic}/u);
    expect(text('kk')).toMatch(/[әғқңөұүһі]/iu);
  });

  it('every character of every card, in every language, has a glyph', async () => {
    const where = new Map<string, string[]>();
    for (const card of cards) for (const char of textsOf(card.model).join('')) where.set(char, [...(where.get(char) ?? []), `${card.lang}/${card.key}`]);
    const missing = await missingGlyphs([...where.keys()].join(''));
    expect(missing.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${char}" in ${[...new Set(where.get(char))].join(', ')}`)).toEqual([]);
  });

  it('the Russian and Kazakh article cards render (cardSvg fails on a glyph-less character)', async () => {
    for (const lang of ['ru', 'kk']) {
      const card = cards.find((c) => c.lang === lang && c.key === stories[0]!.story)!;
      expect(await cardSvg(card.model)).toMatch(/^<svg /);
    }
  });

  it('every Russian and Kazakh letter has a glyph, in both weights the cards use', async () => {
    expect([...RUSSIAN]).toHaveLength(66);
    expect([...KAZAKH]).toHaveLength(18);
    expect(await missingGlyphs(RUSSIAN + KAZAKH)).toEqual([]);
  });

  it('draws the narrow no-break space of ICU’s Russian and Kazakh dates as a no-break space, which the fonts have', async () => {
    expect(drawable('3\u202Fавгуста 2023\u202Fг.')).toBe('3\u00A0августа 2023\u00A0г.');
    const footer = 'B.T., август 2023\u202Fг.';
    expect(JSON.stringify(cardTree({ site: 'a', tagline: 'b', title: 'c', footer }))).not.toContain('\u202F');
    expect(await missingGlyphs(footer)).toEqual([]);
  });

  it('reports a character no bundled subset covers (Georgian, CJK), and a card with one does not render', async () => {
    expect(await missingGlyphs('Тест ქ 骨 ә')).toEqual(['ქ', '骨']);
    const card: CardModel = { site: 'Плечом к плечу', tagline: 'Иҥ', title: 'Сақартвело — საქართველო', footer: 'B.T.' };
    await expect(cardSvg(card)).rejects.toThrow(/no glyph in the bundled fonts for "ს" \(U\+10E1\)/);
  });
});
