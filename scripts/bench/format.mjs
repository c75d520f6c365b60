// Small helpers shared by the bench modules.
import { createServer } from 'node:net';

/** `v` right-aligned in `n` columns. */
export const pad = (v, n) => String(v).padStart(n);

/** The median of numbers (the mean of the middle two for an even count); null for none. */
export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Whether `port` on 127.0.0.1 can be listened on right now. */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * The first free loopback port in `from`…`to` (the bench's range is 4350–4359, clear of
 * `npm run preview` on 4321; the e2e servers use ports derived from the checkout, tests/e2e/ports.ts).
 */
export async function freePort(from = 4350, to = 4359) {
  for (let port = from; port <= to; port++) if (await portFree(port)) return port;
  throw new Error(`no free port on 127.0.0.1 in ${from}–${to}`);
}
