/** robots.txt: everything may be crawled; the sitemap is named with its absolute URL. */
import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/i18n/paths';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl('/sitemap-index.xml', context.site!, import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
