import { pathToFileURL } from 'node:url';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Plugin, Transformer } from 'unified';
import { ContentError } from '../../core/errors';
import type { Annotations } from '../../markdown/annotations';
import { markdownProcessor, type PipelineData } from '../../markdown/plugins';
import { keepRender, renderKey, type RenderMemo } from '../../markdown/render-memo';
import { rehypeCollectLinks, type CollectedLink } from '../../markdown/rehype-collect-links';
import type { Document } from './document';

/**
 * Renders every document that has frontmatter through the site's Markdown processor
 * (`markdownProcessor`, the one `astro-config.ts` sets), recording on each its annotations
 * and links; a failure becomes a content error at its line, and the document stays
 * unrendered (later checks skip it).
 *
 * Astro's renderer logs every error thrown inside the pipeline before rethrowing it; the
 * check reports each problem once, in its own words. So the check renders with each of our
 * plugins wrapped by `recordingFailures`: a plugin's error is recorded for its file and
 * the rest of the pipeline sees an empty tree, so nothing reaches the renderer's log and
 * no global (such as `console.error`) is touched. The plugins, their order and options
 * are the site's own; only how a failure travels differs. With `memo`, each render is also
 * kept there for the build's renderer (`keepRender`, `reusingRenders`).
 */
export async function renderAll(docs: readonly Document<unknown>[], data: PipelineData, errors: ContentError[], memo?: RenderMemo): Promise<void> {
  const links = new Map<string, CollectedLink[]>();
  const failures = new Map<string, unknown>();
  const processor = markdownProcessor(data, [[rehypeCollectLinks, { collect: (path: string, found: CollectedLink[]) => links.set(path, found) }]]);
  // A fresh processor of our own: Astro documents `processor.options.*` as the place to extend it.
  processor.options.remarkPlugins = recordingFailures(processor.options.remarkPlugins, failures);
  processor.options.rehypePlugins = recordingFailures(processor.options.rehypePlugins, failures);
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  for (const doc of docs) {
    if (!doc.frontmatter) continue;
    let result: Awaited<ReturnType<typeof renderer.render>>;
    // As Astro's glob loader renders an entry: the schema's output as frontmatter.
    const fileURL = pathToFileURL(doc.abs);
    const frontmatter = { ...(doc.data ?? doc.frontmatter) } as Record<string, unknown>;
    const key = memo && renderKey(doc.body, fileURL, frontmatter);
    try {
      result = await renderer.render(doc.content, { fileURL, frontmatter });
    } catch (e) {
      // Only Astro's own stages (parsing, raw HTML, stringifying) can still throw here, and
      // the renderer will have logged it; our plugins' errors arrive through `failures`.
      errors.push(failureError(doc.file, e));
      continue;
    }
    if (failures.has(doc.abs)) {
      errors.push(failureError(doc.file, failures.get(doc.abs)));
      continue;
    }
    const annotations = (result.metadata.frontmatter.annotations as Annotations | undefined) ?? { paragraphKeys: [], paragraphTexts: {}, notes: [] };
    doc.rendered = { annotations, links: links.get(doc.abs) ?? [], html: result.code };
    if (memo && key) keepRender(memo, key, doc.content, doc.body, result);
  }
}

/** A plugin failure (a `VFileMessage` from `file.fail`, or any error) as a content error of `file`. */
export function failureError(file: string, e: unknown): ContentError {
  const m = e as { reason?: string; line?: number; column?: number; message?: string };
  const place = m.line ? `${m.line}:${m.column ?? 1}` : '(rendering)';
  return new ContentError(file, place, m.reason ?? String(m.message).replace(/^Failed to parse Markdown file "[^"]*":\n/, ''));
}

type AnyPlugin = Plugin<unknown[], never>;
type PluginList = RemarkPlugins | RehypePlugins;
/** A transformer that returns (a promise of) its result; ours never take the callback. */
type Recording = (tree: Parameters<Transformer>[0], file: Parameters<Transformer>[1]) => Promise<Awaited<ReturnType<Transformer>>>;

/**
 * `plugins` with each plugin given as a function wrapped so that its transformer, instead
 * of throwing, records the error in `failures` under the file's path and returns an empty
 * root; once a file has failed, the wrapped transformers after it leave its tree empty.
 * Plugins given by package name are left as they are (the site's list has none).
 */
export function recordingFailures<L extends PluginList>(plugins: L, failures: Map<string, unknown>): L {
  const wrap = (plugin: AnyPlugin): AnyPlugin =>
    function (this: ThisParameterType<AnyPlugin>, ...options: unknown[]) {
      const transform = plugin.apply(this, options) as Transformer | undefined | void;
      if (typeof transform !== 'function') return transform;
      const empty = () => ({ type: 'root', children: [] });
      const recording: Recording = async (tree, file) => {
        if (failures.has(file.path)) return empty();
        try {
          return await (transform as (...a: Parameters<Recording>) => ReturnType<Recording>)(tree, file);
        } catch (e) {
          failures.set(file.path, e);
          return empty();
        }
      };
      return recording;
    } as AnyPlugin;
  return plugins.map((entry) => (typeof entry === 'function' ? wrap(entry as AnyPlugin) : Array.isArray(entry) && typeof entry[0] === 'function' ? [wrap(entry[0] as AnyPlugin), entry[1]] : entry)) as L;
}
