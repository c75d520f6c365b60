import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCacheKey, renderCard, renderCardCached, type CardModel } from '../../../src/lib/cards/card';

const dir = mkdtempSync(join(tmpdir(), 'cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model: CardModel = { site: 'Skulder ved skulder', tagline: 'En annoteret udgave', title: 'Rusland hverver i Kasakhstan', figure: '495.000 rubler', footer: 'B.T., august 2023' };

describe('the card cache, keyed by content', () => {
  it('gives the bytes a fresh render gives, and keeps them under the content key', async () => {
    const cached = await renderCardCached(model, dir);
    expect(Buffer.from(cached).equals(Buffer.from(await renderCard(model)))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${cardCacheKey(model)}.png`]);
  });

  it('reads a card back while its content is the same, and renders again when it changes', async () => {
    const key = cardCacheKey(model);
    // A stand-in file under the key proves the second call reads, not renders.
    writeFileSync(join(dir, `${key}.png`), 'kept');
    expect(Buffer.from(await renderCardCached(model, dir)).toString()).toBe('kept');
    const changed = { ...model, title: 'Россия вербует в Казахстане' };
    expect(cardCacheKey(changed)).not.toBe(key);
    const fresh = await renderCardCached(changed, dir);
    expect(Buffer.from(fresh).subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync(join(dir, `${cardCacheKey(changed)}.png`))).toBe(true);
  });

  it('keys on the layout, not only the words: a card without its figure box is another card', () => {
    expect(cardCacheKey({ ...model, figure: undefined })).not.toBe(cardCacheKey(model));
    expect(cardCacheKey({ ...model })).toBe(cardCacheKey(model));
  });
});
