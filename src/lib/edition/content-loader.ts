import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { renderInputsDigest } from './build-inputs';

/** The key under which a collection's meta store keeps the digest its entries were rendered with. */
export const RENDER_INPUTS_KEY = 'render-inputs-digest';

/**
 * A loader that renders again when what its entries' HTML depends on changed. Astro's `glob`
 * loader keeps each entry's rendered HTML in the content store (node_modules/.astro) and
 * renders it again only when that entry's own file changes; but an article's HTML also
 * shows the money data, the sources and the UI strings (see `renderInputs`). This wraps
 * `loader` and, before it loads, compares the digest of those inputs (`digest`, by default
 * `renderInputsDigest` of the project's root) with the one kept in the collection's meta
 * store: when it differs (or there is none), the collection's entries are cleared, so
 * `loader` renders every one afresh, and the new digest is kept once it has. When it is the same, the
 * kept HTML is reused. This replaces `astro build --force`, which cleared every entry on
 * every build.
 *
 * Reads: the inputs' files. Writes: the collection's store and meta store, through Astro.
 */
export function withRenderInputs(loader: Loader, digest: (root: string) => string = renderInputsDigest): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const now = digest(fileURLToPath(context.config.root));
      const before = context.meta.get(RENDER_INPUTS_KEY);
      if (before !== now) {
        if (before !== undefined) context.logger.info('data files, UI strings or Markdown code changed: rendering every entry again');
        context.store.clear();
      }
      await loader.load(context);
      // Only once every entry is rendered with the new inputs.
      context.meta.set(RENDER_INPUTS_KEY, now);
    },
  };
}
