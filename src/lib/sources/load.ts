import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ContentError, ContentErrors } from '../core/errors';
import { parseSources, type Source, type SourceRegistry } from './sources';

/** Where the source registry lives, relative to the project root: every YAML file in it. */
export const SOURCES_DIR = 'content/sources';

/**
 * Reads and validates the source registry: every `content/sources/*.yaml` under `root`
 * (a directory URL or path; hidden files left out, as the content check reports them), merged. An id defined in two files fails, naming both.
 * The only files the Markdown pipeline depends on; read once, at config time.
 */
export function loadSourceRegistry(root: URL | string): SourceRegistry {
  const dir = `${(typeof root === 'string' ? root : fileURLToPath(root)).replace(/\/$/, '')}/${SOURCES_DIR}`;
  const registry = new Map<string, Source>();
  const origin = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') && !n.startsWith('.')).sort()) {
    const file = `${SOURCES_DIR}/${name}`;
    for (const [id, source] of parseSources(readFileSync(`${dir}/${name}`, 'utf8'), file)) {
      if (origin.has(id)) errors.push(new ContentError(file, `"${id}"`, `source id already defined in ${origin.get(id)}`));
      origin.set(id, file);
      registry.set(id, source);
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return registry;
}
