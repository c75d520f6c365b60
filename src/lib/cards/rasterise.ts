import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * The worker's code (CommonJS, run with `eval`): it rasterises each SVG it is sent with
 * resvg and answers with the PNG or the error. A file of its own would have to survive
 * Astro's bundling of the pages; a string needs only the path of resvg, which it is given.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    parentPort.postMessage({ id, png: new Resvg(svg, options).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

type Answer = { id: number; png?: Uint8Array; error?: string };
interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>;
}

const require = createRequire(import.meta.url);
let slots: Slot[] | undefined;
let next = 0;

/** A worker and what it owes: it keeps the process alive only while it owes something. */
function spawn(): Slot {
  const worker = new Worker(WORKER, { eval: true, workerData: { resvg: require.resolve('@resvg/resvg-js') } });
  const slot: Slot = { worker, pending: new Map() };
  worker.unref();
  const settle = (id: number) => {
    const task = slot.pending.get(id);
    slot.pending.delete(id);
    if (slot.pending.size === 0) worker.unref();
    return task;
  };
  worker.on('message', ({ id, png, error }: Answer) => {
    const task = settle(id);
    if (error !== undefined || !png) task?.reject(new Error(`rasterising a card: ${error ?? 'no PNG'}`));
    else task?.resolve(png);
  });
  const fail = (error: Error) => {
    for (const id of [...slot.pending.keys()]) settle(id)?.reject(error);
    slots = slots?.filter((s) => s !== slot);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the card rasteriser stopped (exit code ${code})`)));
  return slot;
}

/**
 * Rasterises `svg` to PNG with resvg in a worker thread, so that the build's main thread
 * lays out the next card (satori) and renders pages meanwhile: resvg's drawing and PNG
 * encoding are about two thirds of a card's 70 ms. One worker per core, at most four (the
 * main thread mostly waits for them), started on the first call; the least busy one takes
 * the card. The bytes are resvg's, the same as rasterising on the main thread.
 */
export function rasterise(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  slots ??= Array.from({ length: Math.min(4, availableParallelism()) }, spawn);
  if (slots.length === 0) slots.push(spawn());
  const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
  const id = next++;
  return new Promise((resolve, reject) => {
    slot.pending.set(id, { resolve, reject });
    slot.worker.ref();
    slot.worker.postMessage({ id, svg, options });
  });
}
