import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadSourceRegistry } from '../../../src/lib/content/load';
import { parseSources } from '../../../src/lib/content/sources';
import { loadMoney } from '../../../src/lib/money/load';
import { rehypePlugins, remarkPlugins } from '../../../src/lib/markdown/plugins';

/**
 * The sources the plugin fixtures may cite: the real registry plus the fixture sources
 * (tests/fixtures/articles/sources.yaml); and the real money data, so that fixtures with
 * amounts link them exactly as the site does.
 */
const realSources = loadSourceRegistry(process.cwd());
export const fixtureSources = new Map([
  ...realSources,
  ...parseSources(readFileSync(new URL('../../fixtures/articles/sources.yaml', import.meta.url), 'utf8'), 'tests/fixtures/articles/sources.yaml'),
]);
const money = loadMoney(process.cwd(), realSources);

/**
 * Astro's own Markdown processor with the site's plugin list, configured as in
 * astro.config.ts (no GFM of its own, no smartypants, no highlighting).
 */
const processor = createMarkdownProcessor({
  syntaxHighlight: false,
  gfm: false,
  smartypants: false,
  remarkPlugins: remarkPlugins({ sources: fixtureSources, money, base: '/' }),
  rehypePlugins: rehypePlugins({ sources: fixtureSources, money, base: '/' }),
});

/** Renders a Markdown file as Astro would: frontmatter parsed, plugins run. */
export async function renderFile(path: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return (await processor).render(content, { fileURL: pathToFileURL(path), frontmatter });
}
