import { lstatSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** An entry of a folder tree, as `lstat` sees it: a symbolic link is a link, never what it points at. */
export interface TreeEntry {
  /** Path relative to the tree's root, with forward slashes. */
  rel: string;
  kind: 'file' | 'folder' | 'link' | 'other';
}

/**
 * Every entry under `dir`, sorted, folders before what they hold. Symbolic links are
 * listed as links and never followed, so a link to `/etc` or to `../shared` cannot bring
 * files from outside the tree into a listing. `skip` leaves out entries (and whole
 * folders) by their relative path.
 */
export function entriesIn(dir: string, skip: (rel: string) => boolean = () => false): TreeEntry[] {
  const out: TreeEntry[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip(rel)) continue;
      const stat = lstatSync(path);
      const kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
      out.push({ rel, kind });
      if (kind === 'folder') walk(path);
    }
  };
  walk(dir);
  return out;
}

/**
 * Every file under `dir`, as sorted paths relative to it with forward slashes. `skip`
 * leaves out files and whole folders by their relative path. Throws on a symbolic link
 * (or a socket, a device): what this lists is published, zipped and precached, and a link
 * would publish whatever it points at, possibly outside the project. The content check
 * reports such entries in `content/` and `public/` first, with their place.
 */
export function filesIn(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const entries = entriesIn(dir, skip);
  const odd = entries.find((e) => e.kind === 'link' || e.kind === 'other');
  if (odd) throw new Error(`${join(dir, odd.rel)} is ${odd.kind === 'link' ? 'a symbolic link' : 'not a regular file or folder'}: only plain files are published; copy the file itself into the tree`);
  return entries.filter((e) => e.kind === 'file').map((e) => e.rel);
}

/** Every .html file under `dir` (see `filesIn`). */
export function htmlFilesIn(dir: string): string[] {
  return filesIn(dir).filter((f) => f.endsWith('.html'));
}

/**
 * Writes `data` to `path` whole, creating its folder: into a part file beside it (named by
 * the process, so two builds at once never share one), then renamed into place, so that a
 * reader (another build using the same cache) never sees half a file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, data);
  renameSync(part, path);
}
