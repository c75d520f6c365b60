import { createHash } from 'node:crypto';

/** Ports each checkout owns: the root, the sub-path mirror, and the offline tests' own servers (+2 … +9). */
export const PORT_BLOCK = 10;

/**
 * The ports the browser tests serve the site on, derived from the checkout's path, so two
 * checkouts (or a checkout and a developer's own `npm start` on 4321) never share a server:
 * each checkout owns a block of ten ports starting at a multiple of ten in 10000–34990 (nginx
 * at the root on the first, the sub-path mirror on the next, the offline tests' own servers
 * on +2 … +9). `E2E_PORT` overrides the first. Playwright never reuses a server it did not
 * start (`reuseExistingServer: false`), so a port in use fails the run loudly instead of
 * testing someone else's site.
 */
export function e2ePorts(cwd = process.cwd(), env = process.env.E2E_PORT): { root: number; subPath: number } {
  const root = env ? Number(env) : 10_000 + (createHash('sha256').update(cwd).digest().readUInt16BE(0) % 2_500) * PORT_BLOCK;
  if (!Number.isInteger(root) || root < 1024 || root > 65_535 - (PORT_BLOCK - 1)) throw new Error(`E2E_PORT must be a port between 1024 and ${65_535 - (PORT_BLOCK - 1)}, not "${env}"`);
  return { root, subPath: root + 1 };
}

export const PORTS = e2ePorts();
