import { existsSync } from 'node:fs';
import { ContentError, ContentErrors } from '../../core/errors';
import { entriesIn } from '../../core/files';

/**
 * Reading a content tree for the content check: its files, its JSON, and the errors of
 * loaders turned into content errors, so that one problem never hides the next.
 */

/** Runs `f`; a failure becomes content errors (for `file`) instead of stopping the check. */
export type Attempt = <T>(file: string, f: () => T) => T | undefined;

/** An `Attempt` for the tree at `dir` that collects every failure into `errors`. */
export function attempter(dir: string, errors: ContentError[]): Attempt {
  return (file, f) => {
    try {
      return f();
    } catch (e) {
      errors.push(...asContentErrors(e, file, dir));
      return undefined;
    }
  };
}

/**
 * Plain files under `dir/sub`, relative to `dir` (none if the folder does not exist): as
 * Astro's glob loader sees them, without hidden files and folders, and without symbolic
 * links (`checkFileTree` reports both).
 */
export function filesUnder(dir: string, sub: string): string[] {
  if (!existsSync(`${dir}/${sub}`)) return [];
  return entriesIn(`${dir}/${sub}`, (rel) => rel.split('/').some((part) => part.startsWith('.')))
    .filter((e) => e.kind === 'file')
    .map((e) => `${sub}/${e.rel}`);
}

/** `JSON.parse`, failing with the line and column of a syntax error. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /line (\d+) column (\d+)/.exec((e as Error).message);
    throw new ContentError(file, m ? `${m[1]}:${m[2]}` : '1:1', `not valid JSON: ${(e as Error).message}`);
  }
}

/** Any error from a loader as content errors; a missing file names itself. */
export function asContentErrors(e: unknown, file: string, dir: string): ContentError[] {
  if (e instanceof ContentErrors) return e.problems;
  if (e instanceof ContentError) return [e];
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') {
    const missing = err.path?.startsWith(`${dir}/`) ? err.path.slice(dir.length + 1) : (err.path ?? file);
    return [new ContentError(missing, 'file', 'missing: the build reads this file')];
  }
  return [new ContentError(file, '(file)', err instanceof Error ? err.message : String(e))];
}
