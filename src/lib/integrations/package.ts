import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { filesIn } from '../core/files';
import { PACKAGE_NAME, PACKAGE_PATH, packageReadme } from '../portable/package';

/** The commit the site was built from, and its date: no clock, so builds repeat exactly. */
function commit(cwd: string): { hash: string; date: string } {
  try {
    const [hash, date] = execFileSync('git', ['log', '-1', '--format=%H %cI'], { cwd, encoding: 'utf8' }).trim().split(' ');
    return { hash: hash ?? 'unknown', date: date ?? '1980-01-01T00:00:00Z' };
  } catch {
    return { hash: 'unknown (not built from a git checkout)', date: '1980-01-01T00:00:00Z' };
  }
}

/**
 * After the build, packs the whole site into one zip (with a README) at
 * `dist${PACKAGE_PATH}`, linked from every page's footer. Entries are sorted and dated
 * with the commit's date, so the same commit gives the same archive.
 */
export function packageSite(): AstroIntegration {
  return {
    name: 'package',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { hash, date } = commit(process.cwd());
        const mtime = new Date(date);
        const files: Zippable = { [`${PACKAGE_NAME}/README.txt`]: [new TextEncoder().encode(packageReadme(hash, date)), { mtime }] };
        const folder = PACKAGE_PATH.slice(1).split('/')[0]!;
        for (const rel of filesIn(root, (r) => r === folder)) files[`${PACKAGE_NAME}/${rel}`] = [readFileSync(join(root, rel)), { mtime }];
        const zip = zipSync(files, { level: 9 });
        const out = join(root, PACKAGE_PATH.slice(1));
        mkdirSync(join(out, '..'), { recursive: true });
        writeFileSync(out, zip);
        logger.info(`packed ${Object.keys(files).length} files into ${PACKAGE_PATH} (${zip.length} bytes)`);
      },
    },
  };
}
