import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { sidebarSchema } from '../../../src/lib/context/schemas';
import { articleSchema } from '../../../src/lib/edition/article-schema';
import { checkContent } from '../../../src/lib/edition/check-content';
import { readDocument } from '../../../src/lib/edition/check/document';
import { filesUnder } from '../../../src/lib/edition/check/tree';
import { markdownProcessor } from '../../../src/lib/markdown/plugins';
import { keepRender, renderKey, reusingRenders, type RenderMemo } from '../../../src/lib/markdown/render-memo';

const root = process.cwd();
const result = (code: string, images: string[] = []): MarkdownRenderResult => ({
  code,
  metadata: { headings: [], localImagePaths: images, remoteImagePaths: [], frontmatter: {} },
});

describe('the content check’s renders, taken by the build', () => {
  it('are, for every article and sidebar, what rendering the entry as Astro passes it gives, byte for byte', async () => {
    const { sources, money, renders } = await checkContent(root);
    const files = [...filesUnder(root, 'content/articles'), ...filesUnder(root, 'content/sidebars')].filter((f) => f.endsWith('.md'));
    expect(renders.size).toBe(files.length);
    const renderer = await markdownProcessor({ sources, money, base: '/' }).createRenderer({ syntaxHighlight: false });
    for (const file of files) {
      const doc = readDocument(root, file, file.startsWith('content/articles/') ? articleSchema : sidebarSchema, []);
      // As Astro's content layer renders an entry: the trimmed body, the schema's output.
      const fileURL = pathToFileURL(doc.abs);
      const frontmatter = { ...(doc.data as Record<string, unknown>) };
      const kept = renders.get(renderKey(doc.body, fileURL, frontmatter));
      expect(kept, file).toBeDefined();
      expect(kept, file).toEqual(await renderer.render(doc.body, { fileURL, frontmatter }));
    }
  });
});

describe('reusingRenders', () => {
  const url = new URL('file:///x/content/articles/da/a.md');
  const counting = () => {
    const calls: string[] = [];
    const processor = markdownProcessor({ sources: new Map(), money: undefined as never, base: '/' });
    const fake: MarkdownProcessor = { ...processor, createRenderer: async () => ({ render: async (content: string) => (calls.push(content), result(`fresh ${content}`)) }) };
    return { calls, fake };
  };

  it('gives a kept render once for exactly the same inputs, and renders anything else', async () => {
    const { calls, fake } = counting();
    const memo: RenderMemo = new Map([[renderKey('text', url, { lang: 'da' }), result('kept')]]);
    const renderer = await reusingRenders(fake, memo).createRenderer({});
    expect((await renderer.render('text', { fileURL: url, frontmatter: { lang: 'en' } })).code).toBe('fresh text');
    expect((await renderer.render('text!', { fileURL: url, frontmatter: { lang: 'da' } })).code).toBe('fresh text!');
    expect((await renderer.render('text', { fileURL: new URL('file:///x/b.md'), frontmatter: { lang: 'da' } })).code).toBe('fresh text');
    expect((await renderer.render('text', { fileURL: url, frontmatter: { lang: 'da' } })).code).toBe('kept');
    // Taken once: the same file rendered again (a change undone in `astro dev`) renders.
    expect((await renderer.render('text', { fileURL: url, frontmatter: { lang: 'da' } })).code).toBe('fresh text');
    expect(calls).toEqual(['text', 'text!', 'text', 'text']);
    expect(memo.size).toBe(0);
  });

  it('keeps the processor’s options object, which integrations extend', () => {
    const { fake } = counting();
    expect(reusingRenders(fake, new Map()).options).toBe(fake.options);
    expect(reusingRenders(fake, new Map()).name).toBe('unified');
  });
});

describe('keepRender', () => {
  const key = 'k';
  it('keeps the render of Markdown that differs from the trimmed body by whole blank lines only', () => {
    const memo: RenderMemo = new Map();
    expect(keepRender(memo, key, '   \n\nFirst paragraph.\n\nSecond.  \n\n', 'First paragraph.\n\nSecond.', result('html'))).toBe(true);
    expect(memo.get(key)?.code).toBe('html');
  });
  it('keeps nothing when trimming changed a block (an indented first line) or the text', () => {
    const memo: RenderMemo = new Map();
    expect(keepRender(memo, key, '\n    code?\n', 'code?', result('html'))).toBe(false);
    expect(keepRender(memo, key, '\nFirst.\n', 'Other.', result('html'))).toBe(false);
    expect(memo.size).toBe(0);
  });
  it('keeps nothing with an image: Astro renders those with image settings the check does not have', () => {
    const memo: RenderMemo = new Map();
    expect(keepRender(memo, key, 'A ![x](./x.png) b', 'A ![x](./x.png) b', result('html', ['./x.png']))).toBe(false);
    expect(memo.size).toBe(0);
  });
  it('keeps a copy: what Astro does to the result does not reach the check’s', () => {
    const memo: RenderMemo = new Map();
    const r = result('html');
    keepRender(memo, key, 'A', 'A', r);
    r.metadata.headings.push({ depth: 1, slug: 'a', text: 'A' });
    expect(memo.get(key)?.metadata.headings).toEqual([]);
  });
});
