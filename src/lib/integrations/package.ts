import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesIn } from '../core/files';
import { NO_COMMIT_DATE, PACKAGE_NAME, PACKAGE_PATH, packageReadme, zipEntries, type BuildSource } from '../portable/package';

/**
 * The commit the site was built from, its date, and whether the tree differs from it (tracked
 * changes or new files): no clock, so builds repeat exactly.
 */
function buildSource(cwd: string): BuildSource {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const [hash, date] = git('log', '-1', '--format=%H %cI').trim().split(' ');
    // node_modules may be a symlink (a worktree's), which .gitignore's `node_modules/` misses.
    const dirty = git('status', '--porcelain', '--', '.', ':(exclude)node_modules').trim() !== '';
    return { hash: hash ?? 'unknown', date: date ?? NO_COMMIT_DATE, dirty };
  } catch {
    return { hash: 'unknown (not built from a git checkout)', date: NO_COMMIT_DATE, dirty: false };
  }
}

/**
 * After the build, packs the whole site into one zip (with a README) at
 * `dist${PACKAGE_PATH}`, linked from every page's footer. Entries are sorted and dated
 * with the commit's date, so the same commit gives the same archive in any time zone.
 */
export function packageSite(): AstroIntegration {
  return {
    name: 'package',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const source = buildSource(process.cwd());
        const entries: Record<string, Uint8Array> = { [`${PACKAGE_NAME}/README.txt`]: new TextEncoder().encode(packageReadme(source)) };
        const folder = PACKAGE_PATH.slice(1).split('/')[0]!;
        for (const rel of filesIn(root, (r) => r === folder)) entries[`${PACKAGE_NAME}/${rel}`] = readFileSync(join(root, rel));
        const zip = zipEntries(entries, source.date);
        const out = join(root, PACKAGE_PATH.slice(1));
        mkdirSync(join(out, '..'), { recursive: true });
        writeFileSync(out, zip);
        logger.info(`packed ${Object.keys(entries).length} files into ${PACKAGE_PATH} (${zip.length} bytes)${source.dirty ? ', from a tree with uncommitted changes' : ''}`);
      },
    },
  };
}

/**
 * Last in the list: a build that fails anywhere after it has started writing (a page that
 * does not render, an integration that throws) removes its output folder on exit, so no
 * half-written dist/ (pages without their archive, sitemap or search index) can be deployed.
 * Astro has no hook for a failed build; the process's exit is the one place every failure
 * passes, and only `astro build` registers it.
 */
export function noHalfBuiltSite(): AstroIntegration {
  let outDir: string | undefined;
  let finished = false;
  return {
    name: 'no-half-built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        process.on('exit', () => {
          if (finished || !outDir) return;
          rmSync(outDir, { recursive: true, force: true });
          logger.error(`the build failed: removed ${outDir} rather than leave a half-written site`);
        });
      },
      'astro:build:done': () => {
        finished = true;
      },
    },
  };
}
