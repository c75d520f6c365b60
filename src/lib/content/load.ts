import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSources, type SourceRegistry } from './sources';

/** Where the source registry lives, relative to the project root. */
export const SOURCES_FILE = 'content/sources.yaml';

/**
 * Reads and validates `content/sources.yaml` under `root` (a directory URL or path).
 * The only file read the Markdown pipeline depends on; done once, at config time.
 */
export function loadSourceRegistry(root: URL | string): SourceRegistry {
  const dir = typeof root === 'string' ? root : fileURLToPath(root);
  const path = `${dir.replace(/\/$/, '')}/${SOURCES_FILE}`;
  return parseSources(readFileSync(path, 'utf8'), SOURCES_FILE);
}
