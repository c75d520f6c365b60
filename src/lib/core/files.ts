import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir`, as sorted paths relative to it with forward slashes. `skip`
 * leaves out files and whole folders by their relative path.
 */
export function filesIn(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push(rel);
    }
  };
  walk(dir);
  return out;
}

/** Every .html file under `dir` (see `filesIn`). */
export function htmlFilesIn(dir: string): string[] {
  return filesIn(dir).filter((f) => f.endsWith('.html'));
}
