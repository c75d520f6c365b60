import type { ContentError } from '../../core/errors';
import type { ArticleData } from '../article-schema';
import { buildStories, type Story, type Version } from '../stories';
import type { Document } from './document';

/** A story version as the checks use it: with its rendered HTML, where the claims are marked. */
export type CheckedVersion = Version & { html: string };

/**
 * The cross-language check (`buildStories`: same paragraph keys, one original, …) of every
 * story whose versions all read and rendered; a story with a broken version is left out,
 * since its problem is already reported. Returns the problems and the story `name`, if it
 * was checked and none of its versions has a problem (the context is checked against it).
 */
export function checkAcrossLanguages(articles: readonly Document<ArticleData>[], name: string | undefined): { errors: ContentError[]; story?: Story<CheckedVersion> } {
  const broken = new Set(articles.filter((a) => !a.data || !a.rendered).map((a) => a.name));
  const versions = articles.flatMap((a): CheckedVersion[] =>
    a.data && a.rendered && !broken.has(a.name)
      ? [{ id: `${a.folder}/${a.name}`, file: a.file, folder: a.folder, story: a.name, data: a.data, annotations: a.rendered.annotations, html: a.rendered.html }]
      : [],
  );
  const { stories, errors } = buildStories(versions);
  const story = stories.find((s) => s.story === name);
  if (!story || errors.some((e) => versions.some((v) => v.story === name && v.file === e.file))) return { errors };
  return { errors, story };
}
