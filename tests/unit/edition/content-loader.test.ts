import type { Loader, LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RENDER_INPUTS_KEY, withRenderInputs } from '../../../src/lib/edition/content-loader';

/** What the wrapper touches of a loader context, with a record of what happened. */
function context(meta: Record<string, string> = {}) {
  const events: string[] = [];
  const ctx = {
    config: { root: pathToFileURL('/project/') },
    meta: { get: (k: string) => meta[k], set: (k: string, v: string) => (events.push(`meta ${k}=${v}`), (meta[k] = v)), has: (k: string) => k in meta, delete: (k: string) => delete meta[k] },
    store: { clear: () => events.push('clear') },
    logger: { info: (m: string) => events.push(`info ${m}`) },
  } as unknown as LoaderContext;
  return { ctx, events, meta };
}

/** A loader that records its runs. */
function inner(events: string[]): Loader {
  return { name: 'glob-loader', load: async () => void events.push('load') };
}

describe('withRenderInputs', () => {
  it('renders everything the first time and keeps the digest once loaded', async () => {
    const { ctx, events, meta } = context();
    await withRenderInputs(inner(events), () => 'd1').load(ctx);
    expect(events).toEqual(['clear', 'load', `meta ${RENDER_INPUTS_KEY}=d1`]);
    expect(meta[RENDER_INPUTS_KEY]).toBe('d1');
  });

  it('keeps the rendered entries while the inputs are the same', async () => {
    const { ctx, events } = context({ [RENDER_INPUTS_KEY]: 'd1' });
    await withRenderInputs(inner(events), () => 'd1').load(ctx);
    expect(events).toEqual(['load', `meta ${RENDER_INPUTS_KEY}=d1`]);
  });

  it('clears the collection before loading when the inputs changed, and says so', async () => {
    const { ctx, events } = context({ [RENDER_INPUTS_KEY]: 'd1' });
    await withRenderInputs(inner(events), () => 'd2').load(ctx);
    expect(events).toEqual([expect.stringContaining('info data files, UI strings or Markdown code changed'), 'clear', 'load', `meta ${RENDER_INPUTS_KEY}=d2`]);
  });

  it('keeps no new digest when loading fails, so the next build renders again', async () => {
    const { ctx, events, meta } = context({ [RENDER_INPUTS_KEY]: 'd1' });
    const failing: Loader = { name: 'glob-loader', load: async () => Promise.reject(new Error('broken')) };
    await expect(withRenderInputs(failing, () => 'd2').load(ctx)).rejects.toThrow('broken');
    expect(meta[RENDER_INPUTS_KEY]).toBe('d1');
    expect(events).not.toContain(`meta ${RENDER_INPUTS_KEY}=d2`);
  });

  it('passes the root of the project to the digest and keeps the loader’s name', async () => {
    const { ctx, events } = context();
    const roots: string[] = [];
    const loader = withRenderInputs(inner(events), (root) => (roots.push(root), 'd'));
    await loader.load(ctx);
    expect(roots).toEqual(['/project/']);
    expect(loader.name).toBe('glob-loader');
  });
});
