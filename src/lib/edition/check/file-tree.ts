import { readlinkSync } from 'node:fs';
import { ContentError } from '../../core/errors';
import { entriesIn, type TreeEntry } from '../../core/files';
import { ID, quoteName } from '../../core/ids';

/**
 * The files of a content tree as the site will see them. Astro's glob loader skips every
 * path with a part that starts with "." (`.legal-russia.md`, `...md`), so a hidden file
 * would pass the check and then vanish from the site; a sidebar's file name is its id in
 * URLs and `#sidebar-…` links, so it follows the id rule (a name Astro would slugify,
 * `Legal Russia.md`, would be checked under one name and published under another).
 * `public/` is copied into the site, the offline zip and the service worker's precache as
 * it is: a hidden file there (`.env`, `.git/`) is not for readers, and a symbolic link would
 * publish whatever it points at, even outside the project. Entries are read with `lstat`,
 * so a link is seen as a link.
 */
export function checkFileTree(dir: string): ContentError[] {
  return [...checkFolder(dir, 'content', contentProblem), ...checkFolder(dir, 'public', publicProblem)];
}

/** Problems of `sub`'s entries; a hidden folder is reported once, not each file in it. */
function checkFolder(dir: string, sub: string, problem: (e: TreeEntry, sub: string) => string | undefined): ContentError[] {
  let entries: TreeEntry[];
  try {
    entries = entriesIn(`${dir}/${sub}`, (rel) => rel.split('/').slice(0, -1).some(hidden));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return entries.flatMap((e) => {
    const file = `${sub}/${e.rel}`;
    if (e.kind === 'link') return [new ContentError(file, 'file', `is a symbolic link (to ${readlinkSync(`${dir}/${file}`)}): only plain files are published; put the file itself in ${sub}/, or remove the link`)];
    if (e.kind === 'other') return [new ContentError(file, 'file', `is not a plain file or folder: remove it from ${sub}/`)];
    const p = problem(e, sub);
    return p ? [new ContentError(file, 'file name', p)] : [];
  });
}

const hidden = (name: string) => name.startsWith('.');

function contentProblem(e: TreeEntry): string | undefined {
  const name = e.rel.split('/').at(-1)!;
  if (hidden(name)) return `${quoteName(name)} is hidden (it starts with "."): the site's content loader skips hidden files and folders, so it would not be published; rename it without the leading "."`;
  const sidebar = /^sidebars\/[^/]+\/(.+)\.md$/.exec(e.rel);
  if (e.kind === 'file' && sidebar && !ID.test(sidebar[1]!)) {
    return `sidebar name ${quoteName(sidebar[1]!)} must be lower-case letters, digits and hyphens, starting with a letter or digit (it is the sidebar's id in links): rename the file, e.g. legal-russia.md`;
  }
  return undefined;
}

function publicProblem(e: TreeEntry, sub: string): string | undefined {
  const name = e.rel.split('/').at(-1)!;
  return hidden(name) ? `${quoteName(name)} is hidden (it starts with "."): everything in ${sub}/ is published, zipped and stored offline, and hidden files (.env, .git) are not for readers; remove it` : undefined;
}
