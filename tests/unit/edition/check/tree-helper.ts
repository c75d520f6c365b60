import { sidebarSchema } from '../../../../src/lib/context/schemas';
import type { ContentError } from '../../../../src/lib/core/errors';
import { articleSchema } from '../../../../src/lib/edition/article-schema';
import { loadTreeData } from '../../../../src/lib/edition/check/data';
import { readDocument } from '../../../../src/lib/edition/check/document';
import { renderAll } from '../../../../src/lib/edition/check/render';
import { attempter, filesUnder } from '../../../../src/lib/edition/check/tree';
import { badCases, makeTree } from '../../bad-content/tree';

/**
 * The small valid tree of tests/fixtures/bad-content/base/ with the named bad cases on top,
 * read and rendered as `checkContent` does before its later checks: the data, every
 * article and sidebar, and the problems found so far.
 */
export async function readTree(...names: string[]) {
  const cases = names.map((name) => badCases().find((c) => c.name === name) ?? expectCase(name));
  const root = makeTree(...cases);
  const errors: ContentError[] = [];
  const data = loadTreeData(root, attempter(root, errors));
  const md = (sub: string) => filesUnder(root, sub).filter((f) => f.endsWith('.md'));
  const articles = md('content/articles').map((f) => readDocument(root, f, articleSchema, errors));
  const sidebars = md('content/sidebars').map((f) => readDocument(root, f, sidebarSchema, errors));
  if (data.sources && data.money) await renderAll([...articles, ...sidebars], { sources: data.sources, money: data.money, base: '/' }, errors);
  return { root, errors, data, articles, sidebars };
}

function expectCase(name: string): never {
  throw new Error(`no bad-content case ${name}`);
}

/** `file: place: problem`, one per line. */
export const messages = (errors: readonly ContentError[]) => errors.map((e) => e.message);
