import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Annotations } from '../markdown/types';
import { loadMoney, type MoneyData } from '../money/load';
import { loadSourceRegistry } from './load';
import type { SourceRegistry } from './sources';
import { displayPath, ContentErrors } from './errors';
import { buildStories, splitEntryId, type Story, type Version } from './stories';

/** A version with what a page needs to render it. */
export interface RenderedVersion extends Version {
  entry: CollectionEntry<'articles'>;
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

let cache: Promise<Story<RenderedVersion>[]> | undefined;

/**
 * Every story, rendered and checked across languages. Throws (failing the build) with
 * every content problem found, each naming its file. Memoised: pages call it freely.
 */
export function loadStories(): Promise<Story<RenderedVersion>[]> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const versions: RenderedVersion[] = [];
    for (const entry of entries) {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const annotations = (remarkPluginFrontmatter as { annotations?: Annotations }).annotations ?? { paragraphKeys: [], notes: [] };
      const { folder, story } = splitEntryId(entry.id);
      versions.push({ id: entry.id, file: displayPath(entry.filePath ?? entry.id), folder, story, data: entry.data, annotations, entry, Content });
    }
    const { stories, errors } = buildStories(versions);
    if (errors.length) throw new ContentErrors(errors);
    return stories.sort((a, b) => a.story.localeCompare(b.story));
  })();
  return cache;
}

let registry: SourceRegistry | undefined;
let money: MoneyData | undefined;

/** The source registry (content/sources/*.yaml), read once. */
export function sourceRegistry(): SourceRegistry {
  return (registry ??= loadSourceRegistry(process.cwd()));
}

/** The money data (content/money/), read and checked once. */
export function moneyData(): MoneyData {
  return (money ??= loadMoney(process.cwd(), sourceRegistry()));
}
