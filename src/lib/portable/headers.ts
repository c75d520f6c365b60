import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from './files';

/** The headers every response should carry, besides the CSP (see README, "Privacy and security"). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
};

/**
 * One Content-Security-Policy for the whole site, for a response header: the union of
 * the pages' own `<meta>` policies (each source list merged, hashes included) plus what
 * only a header can carry, `frame-ancestors 'none'`.
 */
export function mergedCsp(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `<meta http-equiv="content-security-policy">` of a page, if any. */
export function metaCsp(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");
}

/** After the build, writes `dist/_headers` (Netlify, Cloudflare Pages and others read it). */
export function headersFile(): AstroIntegration {
  return {
    name: 'headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFilesIn(root).flatMap((f) => metaCsp(readFileSync(join(root, f), 'utf8')) ?? []);
        const lines = ['/*', `  Content-Security-Policy: ${mergedCsp(policies)}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
        writeFileSync(join(root, '_headers'), lines.join('\n'));
        logger.info(`wrote _headers from ${policies.length} page policies`);
      },
    },
  };
}
