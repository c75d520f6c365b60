import { LOCALES, type Locale } from '../core/locales';
import { quoteName } from '../core/ids';
import type { Annotations } from '../markdown/annotations';
import type { ArticleData } from './article-schema';
import { ContentError } from '../core/errors';

/** One language version of an article, as the checks see it. */
export interface Version {
  /** Entry id, `<lang>/<story>`. */
  id: string;
  /** The file, for messages (e.g. `content/articles/en/skulder-ved-skulder.md`). */
  file: string;
  /** The language folder the file sits in. */
  folder: string;
  /** The story name (file name without `.md`), shared by all versions of one story. */
  story: string;
  data: ArticleData;
  annotations: Annotations;
}

/** An original and its translations. */
export interface Story<V extends Version = Version> {
  story: string;
  original: V;
  translations: V[];
}

/** A story name: lower-case words joined by hyphens (it is the article's URL segment). */
export const STORY_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Splits an entry id `da/skulder-ved-skulder` into folder and story. */
export function splitEntryId(id: string): { folder: string; story: string } {
  const slash = id.indexOf('/');
  return slash < 0 ? { folder: '', story: id } : { folder: id.slice(0, slash), story: id.slice(slash + 1) };
}

/**
 * Groups versions into stories and checks them: folder and `lang` agree, one original
 * per story, each translation has exactly the original's paragraph keys in the same
 * order, and mirrors every note of the original (same id, type and paragraph); notes
 * only a translation has must be translator's notes. Returns the stories, or throws
 * every problem found, each naming its file and key.
 */
export function buildStories<V extends Version>(versions: readonly V[]): { stories: Story<V>[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const byStory = new Map<string, V[]>();
  for (const v of versions) {
    if (v.folder !== v.data.lang) {
      errors.push(new ContentError(v.file, 'lang', `frontmatter says "${v.data.lang}" but the file is in the folder "${v.folder || '(none)'}": they must match`));
    }
    if (!STORY_NAME.test(v.story)) {
      errors.push(new ContentError(v.file, 'file name', `${quoteName(v.story)} is not a valid story name (lower-case letters, digits, hyphens)`));
    }
    byStory.set(v.story, [...(byStory.get(v.story) ?? []), v]);
  }
  const stories: Story<V>[] = [];
  for (const [story, group] of byStory) {
    const originals = group.filter((v) => v.data.original);
    if (originals.length !== 1) {
      const files = group.map((v) => v.file).join(', ');
      errors.push(new ContentError(group[0]!.file, 'original', `story "${story}" needs exactly one original version, found ${originals.length} (${files})`));
      continue;
    }
    const original = originals[0]!;
    // In the edition's order of languages (LOCALES), as the home page and switches list them.
    const rank = (v: V) => (LOCALES as readonly string[]).indexOf(v.data.lang);
    const translations = group.filter((v) => v !== original).sort((a, b) => rank(a) - rank(b));
    const langs = new Set<string>();
    for (const v of group) {
      if (langs.has(v.data.lang)) errors.push(new ContentError(v.file, 'lang', `story "${story}" has two versions in "${v.data.lang}"`));
      langs.add(v.data.lang);
    }
    errors.push(...checkSpellingData(original, translations));
    for (const t of translations) errors.push(...compareVersions(original, t));
    stories.push({ story, original, translations });
  }
  return { stories, errors };
}

/** The problems of one translation against its original (empty when it mirrors it). */
export function compareVersions(original: Version, translation: Version): ContentError[] {
  const errors: ContentError[] = [];
  const file = translation.file;
  if (translation.data.translation?.from !== original.data.lang) {
    errors.push(new ContentError(file, 'translation.from', `says "${translation.data.translation?.from}" but the original is in "${original.data.lang}"`));
  }
  const want = original.annotations.paragraphKeys;
  const have = translation.annotations.paragraphKeys;
  for (const key of want) {
    if (!have.includes(key)) errors.push(new ContentError(file, `paragraph "${key}"`, `missing: the original (${original.file}) has this paragraph, the translation does not`));
  }
  for (const key of have) {
    if (!want.includes(key)) errors.push(new ContentError(file, `paragraph "${key}"`, `unknown key: the original (${original.file}) has no paragraph "${key}"`));
  }
  const common = want.filter((k) => have.includes(k));
  const commonHave = have.filter((k) => want.includes(k));
  if (common.join() !== commonHave.join()) {
    const at = common.findIndex((k, i) => commonHave[i] !== k);
    errors.push(new ContentError(file, `paragraph "${commonHave[at]}"`, `out of order: the original has "${common[at]}" here`));
  }
  const theirs = new Map(translation.annotations.notes.map((n) => [n.id, n]));
  for (const note of original.annotations.notes) {
    const t = theirs.get(note.id);
    if (!t) {
      errors.push(new ContentError(file, `note "${note.id}"`, `missing: the original's ${note.type} note in paragraph "${note.paragraph}" has no counterpart`));
      continue;
    }
    if (t.type !== note.type || t.qualifier !== note.qualifier) {
      errors.push(new ContentError(file, `note "${note.id}"`, `is {${fmt(t)}} but the original's is {${fmt(note)}}`));
    }
    if (t.paragraph !== note.paragraph) {
      errors.push(new ContentError(file, `note "${note.id}"`, `sits in paragraph "${t.paragraph}" but the original's sits in "${note.paragraph}"`));
    }
  }
  const ours = new Set(original.annotations.notes.map((n) => n.id));
  for (const note of translation.annotations.notes) {
    if (!ours.has(note.id) && note.type !== 'translation') {
      errors.push(new ContentError(file, `note "${note.id}"`, `only the translation has this note, so it must be a {translation} note, not {${fmt(note)}}`));
    }
  }
  return errors;
}

/**
 * Spelling corrections are made in the original, where the corrected reading applies them:
 * each of its `{correction:spelling}` notes says what was printed and what is right; a
 * translation's counterpart only explains the original's slip, so it carries neither.
 */
export function checkSpellingData(original: Version, translations: readonly Version[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const note of original.annotations.notes) {
    if (note.type === 'correction' && note.qualifier === 'spelling' && !note.fix) {
      errors.push(new ContentError(original.file, `note "${note.id}"`, `a spelling correction of the original must say what was printed and what is right: {correction:spelling printed="…" right="…"}`));
    }
  }
  for (const t of translations) {
    for (const note of t.annotations.notes) {
      if (note.fix) errors.push(new ContentError(t.file, `note "${note.id}"`, `printed="…" right="…" belong in the original's note (${original.file}); a translation explains the original's slip but has none of its own to correct`));
    }
  }
  return errors;
}

function fmt(n: { type: string; qualifier?: string }): string {
  return n.qualifier ? `${n.type}:${n.qualifier}` : n.type;
}

/** Every version of `story`, the original first. */
export function versionsOf<V extends Version>(story: Story<V>): V[] {
  return [story.original, ...story.translations];
}

/** The version of `story` in `lang`, if any. */
export function versionIn<V extends Version>(story: Story<V>, lang: Locale): V | undefined {
  return versionsOf(story).find((v) => v.data.lang === lang);
}
