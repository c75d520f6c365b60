import { createHash } from 'node:crypto';

/**
 * The ports the browser tests serve the site on, derived from the checkout's path, so two
 * checkouts (or a checkout and a developer's own `npm start` on 4321) never share a server:
 * an even port in 10000–29998 for `astro preview` at the root, the next one for the
 * sub-path mirror. `E2E_PORT` overrides the first. Playwright never reuses a server it did
 * not start (`reuseExistingServer: false`), so a port in use fails the run loudly instead of
 * testing someone else's site.
 */
export function e2ePorts(cwd = process.cwd(), env = process.env.E2E_PORT): { root: number; subPath: number } {
  const root = env ? Number(env) : 10_000 + (createHash('sha256').update(cwd).digest().readUInt16BE(0) % 10_000) * 2;
  if (!Number.isInteger(root) || root < 1024 || root > 65_534) throw new Error(`E2E_PORT must be a port between 1024 and 65534, not "${env}"`);
  return { root, subPath: root + 1 };
}

export const PORTS = e2ePorts();
