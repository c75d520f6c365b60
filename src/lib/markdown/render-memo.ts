import { createHash } from 'node:crypto';
import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/markdown-remark';

/**
 * Renders the content check has made, for the build's Markdown renderer to take instead of
 * rendering the same document a second time: without it a build with an empty content store
 * renders every article and sidebar twice, once in the check (`renderAll`) and once in
 * Astro's content layer. Keyed by everything a render reads (`renderKey`); each is taken once.
 */
export type RenderMemo = Map<string, MarkdownRenderResult>;

/**
 * The key of a render: the Markdown as the renderer gets it, the file's URL and the
 * frontmatter as given (plugins add to that object while rendering, so the key is taken
 * before). The renderer's other inputs are the same for the check and the build: the
 * processor's own options (`markdownProcessor` sets gfm and smartypants, which win over
 * Astro's), syntax highlighting off in both, and, for images only, Astro's image settings,
 * which the check does not pass: a document with an image is never kept (`keepRender`).
 */
export function renderKey(content: string, fileURL: URL | undefined, frontmatter: Record<string, unknown> | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([fileURL?.href ?? null, frontmatter ?? {}, content]))
    .digest('hex');
}

/**
 * Keeps `result` under `key` (`renderKey` of `body` as Astro passes it: trimmed, with the
 * frontmatter taken before rendering) when `written`, the Markdown the check rendered (the
 * frontmatter blanked out, so that lines and columns are the file's), is the same Markdown:
 * what trimming took off the start is whole blank lines, so every block starts where it did
 * and only source positions differ, which no rendered byte shows. Returns whether it was kept.
 */
export function keepRender(memo: RenderMemo, key: string, written: string, body: string, result: MarkdownRenderResult): boolean {
  const dropped = written.slice(0, written.length - written.trimStart().length);
  const sameBlocks = written.trim() === body && (dropped === '' || dropped.endsWith('\n'));
  const images = result.metadata.localImagePaths.length + result.metadata.remoteImagePaths.length;
  if (!sameBlocks || images > 0) return false;
  memo.set(key, structuredClone(result));
  return true;
}

/**
 * `processor`, whose renderer gives a render kept in `memo` for exactly the same inputs (and
 * forgets it: a changed file in `astro dev` renders afresh) and renders anything else. Its
 * options object is the processor's own, so whatever extends `processor.options` extends both.
 */
export function reusingRenders<P extends MarkdownProcessor>(processor: P, memo: RenderMemo): P {
  return {
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      return {
        render: async (content, opts) => {
          const key = renderKey(content, opts?.fileURL, opts?.frontmatter);
          const kept = memo.get(key);
          if (!kept) return renderer.render(content, opts);
          memo.delete(key);
          return kept;
        },
      };
    },
  };
}
