import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAVICON_SIZE, faviconPng, runsThemeSwitch } from '../../../src/lib/integrations/assets';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('faviconPng', () => {
  it('draws public/favicon.svg as a square PNG of FAVICON_SIZE pixels, the same bytes every time', () => {
    const png = faviconPng(root);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(size(png)).toEqual([FAVICON_SIZE, FAVICON_SIZE]);
    expect(Buffer.from(faviconPng(root)).equals(Buffer.from(png))).toBe(true);
  });

  it('names the file it could not read', () => {
    expect(() => faviconPng('/nonexistent-root/')).toThrow(/favicon\.svg/);
  });
});

describe('runsThemeSwitch', () => {
  it('is true for the scripts that bundle the colour-scheme switch, alone or with others, and for nothing else', () => {
    expect(runsThemeSwitch(['site'])).toBe(true);
    expect(runsThemeSwitch(['article'])).toBe(true);
    expect(runsThemeSwitch(['site', 'share'])).toBe(true);
    expect(runsThemeSwitch(['share'])).toBe(false);
    expect(runsThemeSwitch([])).toBe(false);
  });
});
