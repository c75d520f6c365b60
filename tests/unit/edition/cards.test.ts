import { describe, expect, it } from 'vitest';
import { cardModel, cardPages } from '../../../src/lib/edition/cards';
import { LOCALES } from '../../../src/lib/core/locales';
import { strings } from '../../../src/lib/i18n/strings';
import { story } from './route-data-fixture';

describe('the social card model', () => {
  it('the article card: the version’s title in the card’s language, the key figure, the credit', () => {
    const card = cardModel({ page: 'article', story: 'story' }, 'en', story);
    expect(card).toMatchObject({ site: strings('en')['site.name'], title: 'Shoulder to shoulder', figure: strings('en')['card.figure'] });
    expect(card.footer).toContain('B.T.');
  });

  it('a section card: the section’s title, no figure', () => {
    const card = cardModel({ page: 'timeline' }, 'da', story);
    expect(card.title).toBe(strings('da')['timeline.title']);
    expect(card.figure).toBeUndefined();
  });

  it('the landing card: the landing page’s title and the key figure', () => {
    expect(cardModel({ page: 'home' }, 'da', story)).toMatchObject({ title: strings('da')['home.title'], figure: strings('da')['card.figure'] });
  });

  it('the build’s list: every page’s card in every language, each story’s card with its own title', () => {
    const pages = cardPages([story], story);
    expect(pages.filter((p) => p.lang === 'da').map((p) => p.key)).toEqual(['home', 'story', 'money', 'context', 'timeline', 'claims', 'search']);
    expect(pages).toHaveLength(7 * LOCALES.length);
    expect(pages.find((p) => p.lang === 'en' && p.key === 'story')?.model).toEqual(cardModel({ page: 'article', story: 'story' }, 'en', story));
  });
});
