import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from '../core/files';
import { headersFileText, nginxHeadersText, noCachePaths, siteHeaders } from '../portable/headers';

/**
 * After the build, writes the site's response headers from one source, twice: `dist/_headers`
 * (Netlify, Cloudflare Pages and others read it) and `dist/nginx-headers.conf` (included by
 * deploy/nginx.conf), so the two can never drift. The CSP header is fixed (`HEADER_CSP`);
 * the pages' own meta policies carry the hashes.
 */
export function headersFile(): AstroIntegration {
  return {
    name: 'headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headers = siteHeaders();
        writeFileSync(join(root, '_headers'), headersFileText(headers, noCachePaths(htmlFilesIn(root))));
        writeFileSync(join(root, 'nginx-headers.conf'), nginxHeadersText(headers));
        logger.info('wrote _headers and nginx-headers.conf');
      },
    },
  };
}
