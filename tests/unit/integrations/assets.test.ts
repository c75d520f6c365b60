import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BOOT_ENTRY, FAVICON_SIZE, assetSources, buildAsset, faviconPng, pageFiles, scriptHash } from '../../../src/lib/integrations/assets';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('faviconPng', () => {
  it('draws public/favicon.svg as a square PNG of FAVICON_SIZE pixels, the same bytes every time', async () => {
    const png = await faviconPng(root);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(size(png)).toEqual([FAVICON_SIZE, FAVICON_SIZE]);
    expect(Buffer.from(await faviconPng(root)).equals(Buffer.from(png))).toBe(true);
    // A palette image (colour type 3), small enough for every first visit.
    expect(png[25]).toBe(3);
    expect(png.length).toBeLessThan(512);
  });

  it('names the file it could not read', async () => {
    await expect(faviconPng('/nonexistent-root/')).rejects.toThrow(/favicon\.svg/);
  });
});

describe('the scripts', () => {
  it('writes one file per enhancement script, the same for every language, and the two print stylesheets', () => {
    expect(assetSources()).toEqual({
      'share.js': 'src/scripts/share.ts',
      'article.js': 'src/scripts/article.ts',
      'print.css': 'src/styles/print.css',
      'print-article.css': 'src/styles/print-article-page.css',
    });
  });

  it('gives each kind of page its print stylesheet, and the start-up script what it loads after the first paint', () => {
    expect(pageFiles('article')).toEqual({ print: 'print-article.css', after: ['article.js', 'print-article.css'] });
    expect(pageFiles('share')).toEqual({ print: 'print.css', after: ['share.js', 'print.css'] });
    expect(pageFiles('boot')).toEqual({ print: 'print.css', after: ['print.css'] });
    expect(pageFiles('none')).toEqual({ print: 'print.css', after: [] });
  });

  it('builds each print stylesheet with every rule inside @media print', async () => {
    for (const file of ['print.css', 'print-article.css']) {
      const css = await buildAsset(root, assetSources()[file]!);
      expect(css, file).toMatch(/^@layer [^;]+;@media print\{/);
      expect(css, file).not.toContain('@import');
    }
  });

  it('builds the start-up script as one minified classic script, without the newline esbuild ends files with', async () => {
    const boot = await buildAsset(root, BOOT_ENTRY);
    expect(boot).toMatch(/^\(\(\)=>\{.*\}\)\(\);$/s);
    expect(boot).not.toMatch(/\n$|\bimport\b|\bexport\b/);
    // The words of a page are in the page, never in a script.
    expect(boot).not.toMatch(/Farver|Colours|Цвета|Түстер/);
  });
});

describe('scriptHash', () => {
  it('is the CSP hash of exactly the script text', () => {
    expect(scriptHash('x()')).toBe(`sha256-${createHash('sha256').update('x()').digest('base64')}`);
    expect(scriptHash('x() ')).not.toBe(scriptHash('x()'));
  });
});
