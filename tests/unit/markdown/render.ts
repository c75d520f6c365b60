import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseSources } from '../../../src/lib/content/sources';
import { rehypePlugins, remarkPlugins } from '../../../src/lib/markdown/plugins';

/** The fixture source registry the plugin fixtures cite. */
export const fixtureSources = parseSources(
  readFileSync(new URL('../../fixtures/articles/sources.yaml', import.meta.url), 'utf8'),
  'tests/fixtures/articles/sources.yaml',
);

/**
 * Astro's own Markdown processor with the site's plugin list, configured as in
 * astro.config.ts (no GFM of its own, no smartypants, no highlighting).
 */
const processor = createMarkdownProcessor({
  syntaxHighlight: false,
  gfm: false,
  smartypants: false,
  remarkPlugins: remarkPlugins({ sources: fixtureSources }),
  rehypePlugins: rehypePlugins({ sources: fixtureSources }),
});

/** Renders a Markdown file as Astro would: frontmatter parsed, plugins run. */
export async function renderFile(path: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return (await processor).render(content, { fileURL: pathToFileURL(path), frontmatter });
}
