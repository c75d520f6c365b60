import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Imported with the config: by the time the hook runs, Astro's module runner is closed.
import { close, createIndex } from 'pagefind';
import { LOCALES } from '../core/locales';

/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written the site.
 * Pagefind reads each page's `<html lang>` and keeps one index per language, so a
 * search runs in the language of the page it is made from. Only elements marked
 * `data-pagefind-body` (the main content: article text, notes, glossary, sidebars,
 * ledger) are indexed. The build fails unless every language of the edition got an index
 * of its own and no other did (`indexProblems`).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const out = `${site.replace(/\/$/, '')}/pagefind`;
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        const entry = JSON.parse(readFileSync(`${out}/pagefind-entry.json`, 'utf8')) as unknown;
        const problems = indexProblems(entry, LOCALES);
        if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages: ${languageCounts(entry as PagefindEntry)}`);
      },
    },
  };
}

/** What the check reads of Pagefind's `pagefind-entry.json`: one entry per language index. */
interface PagefindEntry {
  languages: Record<string, { page_count: number; wasm: string | null }>;
}

/** "da 6, en 6, ru 6, kk 6 (no stemming)", for the build log. */
function languageCounts(entry: PagefindEntry): string {
  return Object.entries(entry.languages)
    .map(([lang, { page_count, wasm }]) => `${lang} ${page_count}${wasm ? '' : ' (no stemming)'}`)
    .join(', ');
}

/**
 * The problems of a built index, given its `pagefind-entry.json`: each of `locales` needs an
 * index of its own with pages in it, and there must be no other. A page whose `<html lang>`
 * is missing or spelt otherwise ("ru-RU") would land in an index of its own or be merged into
 * the first language (Pagefind's multilingual behaviour), and its readers would not find it.
 * A language without a Pagefind stemmer (Kazakh, `wasm: null`) still gets its own index,
 * searched word for word, and passes.
 */
export function indexProblems(entry: unknown, locales: readonly string[]): string[] {
  const languages = (entry as Partial<PagefindEntry> | null)?.languages;
  if (typeof languages !== 'object' || languages === null) return ['pagefind-entry.json lists no languages'];
  const problems: string[] = [];
  for (const lang of locales) {
    const count = languages[lang]?.page_count ?? 0;
    if (count < 1) problems.push(`no page indexed in "${lang}" (is <html lang="${lang}"> on its pages?)`);
  }
  for (const lang of Object.keys(languages)) if (!locales.includes(lang)) problems.push(`an index for "${lang}", which is not a language of the edition`);
  return problems;
}
