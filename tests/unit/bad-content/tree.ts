import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckOptions } from '../../../src/lib/edition/check-content';
import { ContentErrors, type ContentError } from '../../../src/lib/core/errors';

/** tests/fixtures/bad-content/: `base/` (a small, valid content tree) and one folder per case. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/bad-content/', import.meta.url));
/** The project's own UI strings, which every tree starts with. */
const STRINGS = fileURLToPath(new URL('../../../src/lib/i18n/strings/', import.meta.url));

/**
 * A case: `case.json` says what it breaks and what the check must report; every other
 * file in its folder replaces or adds the file at the same path in the base tree.
 */
export interface BadCase {
  name: string;
  dir: string;
  /** What the case breaks, in a few words (the test's title). */
  what: string;
  /** Files of the base tree to delete, relative to the root. */
  remove?: string[];
  /** Overrides the languages whose UI strings must exist. */
  locales?: string[];
  /** How many problems the check reports (default 1): the case's own, and nothing else. */
  errors?: number;
  /** The problem the message must name: the file, the place (exactly) and the problem (a part of it). */
  expect: { file: string; place: string; problem: string };
}

/** Every case folder, by name. */
export function badCases(): BadCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'base')
    .map((d) => ({ name: d.name, dir: join(FIXTURES, d.name), ...(JSON.parse(readFileSync(join(FIXTURES, d.name, 'case.json'), 'utf8')) as Omit<BadCase, 'name' | 'dir'>) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const made: string[] = [];

/**
 * A project-like tree in a temporary folder: the base content, the project's own UI
 * strings (src/lib/i18n/strings/, which a case may replace), then each case's files on
 * top and its removals. `removeTrees()` deletes every tree made.
 */
export function makeTree(...cases: BadCase[]): string {
  const root = mkdtempSync(join(tmpdir(), 'bad-content-'));
  made.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  cpSync(STRINGS, join(root, 'src/lib/i18n/strings'), { recursive: true });
  for (const c of cases) {
    cpSync(c.dir, root, { recursive: true, filter: (src) => basename(src) !== 'case.json' });
    for (const file of c.remove ?? []) {
      if (!existsSync(join(root, file))) throw new Error(`${c.name}: cannot remove ${file}: not in the base tree`);
      rmSync(join(root, file));
    }
  }
  return root;
}

export function removeTrees(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Runs the check; returns the thrown ContentErrors (undefined when the tree passes). */
export async function check(root: string, options: CheckOptions = {}): Promise<ContentErrors | undefined> {
  try {
    await checkContent(root, options);
    return undefined;
  } catch (e) {
    if (e instanceof ContentErrors) return e;
    throw e;
  }
}

/** `file: place: problem`, one per line, for assertion messages. */
export function list(errors: readonly ContentError[]): string {
  return errors.map((e) => e.message).join('\n');
}
