import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Annotations } from '../markdown/annotations';
import { loadMoney, type MoneyData } from '../money/load';
import { loadSourceRegistry } from '../sources/load';
import type { SourceRegistry } from '../sources/sources';
import { displayPath, ContentErrors } from '../core/errors';
import type { SidebarEntry } from '../context/check';
import { loadContext } from '../context/load';
import type { Claim, TimelineEvent } from '../context/schemas';
import { buildStories, splitEntryId, type Story, type Version } from './stories';
import { editionStory } from './edition-story';
import { loadUpdates, type Update } from './updates';

/** A version with what a page needs to render it. */
export interface RenderedVersion extends Version {
  /** The content entry, with its rendered body (`entry.rendered.html`). */
  entry: CollectionEntry<'articles'>;
}

let cache: Promise<Story<RenderedVersion>[]> | undefined;

/**
 * Every story, rendered and checked across languages. Throws (failing the build) with
 * every content problem found, each naming its file. Memoised; pages read it through `loadEdition`.
 */
function loadStories(): Promise<Story<RenderedVersion>[]> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const versions: RenderedVersion[] = [];
    for (const entry of entries) {
      const { remarkPluginFrontmatter } = await render(entry);
      const annotations = (remarkPluginFrontmatter as { annotations?: Annotations }).annotations ?? { paragraphKeys: [], paragraphTexts: {}, notes: [] };
      const { folder, story } = splitEntryId(entry.id);
      versions.push({ id: entry.id, file: displayPath(entry.filePath ?? entry.id), folder, story, data: entry.data, annotations, entry });
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
function sourceRegistry(): SourceRegistry {
  return (registry ??= loadSourceRegistry(process.cwd()));
}

/** The money data (content/money/), read and checked once. */
function moneyData(): MoneyData {
  return (money ??= loadMoney(process.cwd(), sourceRegistry()));
}

/** A sidebar version with its rendered body. */
export interface SidebarVersion extends SidebarEntry {
  html: string;
}

/** Everything beside the article: sidebars, claims and timeline (checked against it by `checkContent`). */
export interface ContextData {
  sidebars: SidebarVersion[];
  claims: Claim[];
  timeline: TimelineEvent[];
}

let context: Promise<ContextData> | undefined;

/**
 * The sidebars, the claims ledger and the timeline. Not checked again here: `checkContent`
 * (run by astro-config.ts before anything renders) checked them against the story, and the
 * build stops there on any problem.
 */
function loadContextData(): Promise<ContextData> {
  context ??= (async () => {
    const registry = sourceRegistry();
    const entries = await getCollection('sidebars');
    const sidebars: SidebarVersion[] = entries.map((e) => {
      const { folder, story: id } = splitEntryId(e.id);
      return { id, folder, file: displayPath(e.filePath ?? e.id), data: e.data, html: e.rendered?.html ?? '' };
    });
    const { claims, timeline } = loadContext(process.cwd(), registry);
    return { sidebars, claims, timeline };
  })();
  return context;
}

/** Everything the pages show, loaded and checked once per build (see `loadEdition`). */
export interface EditionData {
  /** Every story, sorted by name. */
  stories: Story<RenderedVersion>[];
  /** The story the edition is built around (`editionStory`). */
  story: Story<RenderedVersion>;
  context: ContextData;
  sources: SourceRegistry;
  money: MoneyData;
  /** The changelog, newest first. */
  updates: Update[];
}

let edition: Promise<EditionData> | undefined;

/**
 * The edition's data: stories, context, sources, money and updates, each loaded and checked
 * once. Memoised, so that every page's route data reads the same objects; only pages call
 * it (layouts and components get what they show as props).
 */
export function loadEdition(): Promise<EditionData> {
  edition ??= (async () => {
    const stories = await loadStories();
    return { stories, story: editionStory(stories), context: await loadContextData(), sources: sourceRegistry(), money: moneyData(), updates: loadUpdates(process.cwd()) };
  })();
  return edition;
}
