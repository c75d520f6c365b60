import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import { parseSources } from '../../../src/lib/sources/sources';
import { loadMoney } from '../../../src/lib/money/load';
import { markdownProcessor } from '../../../src/lib/markdown/plugins';

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
 * Astro's own Markdown processor with the site's plugin list, the one astro-config.ts
 * sets (`markdownProcessor`: no GFM of its own, no smartypants), without highlighting.
 */
const processor = markdownProcessor({ sources: fixtureSources, money, base: '/' }).createRenderer({ syntaxHighlight: false });

/** Renders a Markdown file as Astro would: frontmatter parsed, plugins run. */
export async function renderFile(path: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return (await processor).render(content, { fileURL: pathToFileURL(path), frontmatter });
}
