import { join } from 'node:path';

/**
 * The build's own caches live in `node_modules/.cache/<name>/` (beside Astro's
 * `node_modules/.astro`): out of git, and gone with a fresh `npm ci`. Each is keyed by a
 * hash of everything its output depends on, so an entry is either right or never read.
 */
export const BUILD_CACHE_ROOT = join('node_modules', '.cache');

/** The environment variable that turns every cache of the build off (`EDITION_CACHE=off`). */
export const CACHE_SWITCH = 'EDITION_CACHE';

/**
 * Whether the build may use its caches: yes, unless `EDITION_CACHE=off` (the reproducibility
 * test builds that way, so it compares a build from the caches with one made from nothing).
 */
export function buildCacheEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env[CACHE_SWITCH] !== 'off';
}

/** The folder of the cache `name` for the project at `root`. */
export function buildCacheDir(root: string, name: string): string {
  return join(root, BUILD_CACHE_ROOT, name);
}
