import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from '../core/files';
import { headersFileText, mergedCsp, metaCsp, nginxHeadersText, siteHeaders } from '../portable/headers';

/**
 * After the build, writes the site's response headers from one source, twice: `dist/_headers`
 * (Netlify, Cloudflare Pages and others read it) and `dist/nginx-headers.conf` (included by
 * deploy/nginx.conf), so the two can never drift.
 */
export function headersFile(): AstroIntegration {
  return {
    name: 'headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFilesIn(root).flatMap((f) => metaCsp(readFileSync(join(root, f), 'utf8')) ?? []);
        const headers = siteHeaders(mergedCsp(policies));
        writeFileSync(join(root, '_headers'), headersFileText(headers));
        writeFileSync(join(root, 'nginx-headers.conf'), nginxHeadersText(headers));
        logger.info(`wrote _headers and nginx-headers.conf from ${policies.length} page policies`);
      },
    },
  };
}
