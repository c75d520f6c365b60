import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { rasterise } from '../../../src/lib/cards/rasterise';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><rect width="40" height="30" fill="#1d4f86"/></svg>';
const OPTIONS = { fitTo: { mode: 'width', value: 60 }, font: { loadSystemFonts: false } } as const;

describe('rasterise (resvg in worker threads)', () => {
  it('gives the bytes resvg gives on the main thread', async () => {
    const here = new Resvg(SVG, OPTIONS).render().asPng();
    const there = await rasterise(SVG, OPTIONS);
    expect(Buffer.from(there).equals(here)).toBe(true);
  });
  it('answers every request with its own picture, many at once', async () => {
    const svgs = [10, 20, 30, 40, 50, 60].map((w) => SVG.replace('width="40"', `width="${w}"`));
    const pngs = await Promise.all(svgs.map((svg) => rasterise(svg, OPTIONS)));
    pngs.forEach((png, i) => expect(Buffer.from(png).equals(new Resvg(svgs[i]!, OPTIONS).render().asPng()), `picture ${i}`).toBe(true));
  });
  it('rejects what resvg cannot read, and goes on working', async () => {
    await expect(rasterise('<svg', OPTIONS)).rejects.toThrow(/rasterising a card/);
    expect((await rasterise(SVG, OPTIONS)).length).toBeGreaterThan(0);
  });
});
