import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesIn } from '../core/files';
import { precacheUrls, serviceWorkerSource, SKIP } from '../portable/service-worker';

/** After the build, writes `dist/sw.js` for this build's files. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = filesIn(root, (rel) => SKIP.some((re) => re.test(rel)));
        const hash = createHash('sha256');
        for (const rel of files) hash.update(rel).update(readFileSync(join(root, rel)));
        const urls = precacheUrls(files);
        const version = hash.digest('hex').slice(0, 16);
        writeFileSync(join(root, 'sw.js'), serviceWorkerSource(version, urls));
        logger.info(`service worker ${version} caches ${files.length} files`);
      },
    },
  };
}
