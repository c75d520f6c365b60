import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardPath, cardTree, LONG_TITLE, type CardModel, type CardNode } from '../../../src/lib/cards/card';

const model: CardModel = { site: 'Skulder ved skulder', tagline: 'en kommenteret udgave', title: 'Beløbene, efterregnet', figure: '495.000 rubler', footer: 'B.T., august 2023' };

/** The texts of a tree, in reading order. */
function texts(node: CardNode): string[] {
  const children = node.props.children;
  if (typeof children === 'string') return [children];
  return Array.isArray(children) ? (children as CardNode[]).flatMap(texts) : [];
}

/** The node whose text is `text`. */
function find(node: CardNode, text: string): CardNode | undefined {
  if (node.props.children === text) return node;
  const children = node.props.children;
  return Array.isArray(children) ? (children as CardNode[]).map((c) => find(c, text)).find(Boolean) : undefined;
}

describe('card file names', () => {
  it('names a card after its page, an article after its story', () => {
    expect(cardKey({ page: 'home' })).toBe('home');
    expect(cardKey({ page: 'money' })).toBe('money');
    expect(cardKey({ page: 'article', story: 'skulder-ved-skulder' })).toBe('skulder-ved-skulder');
    expect(cardPath({ page: 'article', story: 'skulder-ved-skulder' }, 'en')).toBe('/og/en/skulder-ved-skulder.png');
    expect(cardPath({ page: 'timeline' }, 'da')).toBe('/og/da/timeline.png');
  });
});

describe('the card layout', () => {
  it('is exactly the card’s size, with every field in reading order', () => {
    const tree = cardTree(model);
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex' });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    expect(texts(tree)).toEqual([model.site, model.tagline, model.title, model.figure, model.footer]);
  });

  it('boxes the figure, and leaves the box out when there is none', () => {
    expect(find(cardTree(model), '495.000 rubler')?.props.style).toMatchObject({ fontSize: 44, fontWeight: 700 });
    const { figure: _, ...plain } = model;
    expect(texts(cardTree(plain))).toEqual([model.site, model.tagline, model.title, model.footer]);
    expect(texts(cardTree({ ...plain, figure: undefined }))).toHaveLength(4);
  });

  it('sets a long title smaller', () => {
    const size = (title: string) => find(cardTree({ ...model, title }), title)?.props.style?.['fontSize'];
    expect(size('x'.repeat(LONG_TITLE))).toBe(62);
    expect(size('x'.repeat(LONG_TITLE + 1))).toBe(52);
  });
});
