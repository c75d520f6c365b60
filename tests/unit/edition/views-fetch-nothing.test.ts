/**
 * Architecture: pages fetch, views render. Every page computes its route data once (in
 * src/lib/edition, called from src/pages); layouts and components get what they show as props.
 * So nothing under src/layouts or src/components may import a value from src/lib/edition
 * (types are fine: they are the props' shapes) or from astro:content, or call a loader.
 * And no story is named in code: the story names come from content/articles/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { storyNames } from '../../../src/lib/edition/edition-story';

const root = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

const views = [...filesUnder('src/layouts'), ...filesUnder('src/components')];

/** Every `import … from '…'`, `export … from '…'` and `import('…')`, with whether it is type-only. */
function importsOf(text: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push({ specifier: m[3]!, typeOnly: m[2] !== undefined });
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push({ specifier: m[1]!, typeOnly: false });
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

/** The problems of one view file: value imports from the edition layer, content-layer imports, loader calls. */
function fetchProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const { specifier, typeOnly } of importsOf(text)) {
    if (specifier === 'astro:content') problems.push(`${file} imports astro:content`);
    const target = specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier;
    if (target.startsWith('src/lib/edition/') && !typeOnly) problems.push(`${file} imports a value from ${target} (only \`import type\` is allowed)`);
  }
  for (const m of text.matchAll(/\b(load[A-Z]\w*|getCollection|getEntry|getEntries|sourceRegistry|moneyData)\s*\(/g)) problems.push(`${file} calls ${m[1]}()`);
  return problems;
}

describe('views fetch nothing', () => {
  it('finds the views', () => {
    expect(views).toContain('src/layouts/Base.astro');
    expect(views).toContain('src/components/Cite.astro');
  });

  it('no layout or component imports from src/lib/edition (but types) or astro:content, or calls a loader', () => {
    expect(views.flatMap((f) => fetchProblems(f, readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });

  it('the check itself catches what it should', () => {
    const file = 'src/components/X.astro';
    expect(fetchProblems(file, "---\nimport { loadStories } from '../lib/edition/queries';\nconst s = await loadStories();\n---")).toEqual([
      'src/components/X.astro imports a value from src/lib/edition/queries (only `import type` is allowed)',
      'src/components/X.astro calls loadStories()',
    ]);
    expect(fetchProblems(file, "import type { PageFrame } from '../lib/edition/route-data';")).toEqual([]);
    expect(fetchProblems(file, "import { getCollection } from 'astro:content';\nawait getCollection('articles');")).toEqual([
      'src/components/X.astro imports astro:content',
      'src/components/X.astro calls getCollection()',
    ]);
    expect(fetchProblems(file, 'const r = sourceRegistry();')).toEqual(['src/components/X.astro calls sourceRegistry()']);
  });
});

/**
 * Code without its comments (a doc comment may show a path as an example). TypeScript files
 * are transpiled with `removeComments`; other files are read as they are.
 */
function codeOf(file: string, text: string): string {
  if (!/\.(ts|mts|mjs|js)$/.test(file)) return text;
  return ts.transpileModule(text, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext } }).outputText;
}

/**
 * Files that may spell a story's name for another reason. The offline archive is named after
 * the project (package.json "name"), which happens to be the story's name too.
 */
const OTHER_NAMES: Record<string, string> = { 'src/lib/portable/package.ts': 'the archive is named after the project, not a story' };

describe('no story is named in code', () => {
  const names = storyNames(root);

  it('reads the story names from content/articles', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it('no file under src/ spells a story name outside comments', () => {
    const found = filesUnder('src')
      .filter((f) => !(f in OTHER_NAMES))
      .flatMap((f) => {
        const text = readFileSync(join(root, f), 'utf8');
        if (!names.some((name) => text.includes(name))) return [];
        const code = codeOf(f, text);
        return names.filter((name) => code.includes(name)).map((name) => `${f}: "${name}"`);
      });
    expect(found).toEqual([]);
  });

  it('comments do not count; code does', () => {
    expect(codeOf('a.ts', "/** e.g. `/en/my-story/` */\nexport const x = 1; // my-story\n")).not.toContain('my-story');
    expect(codeOf('a.ts', "export const STORY = 'my-story';")).toContain('my-story');
    expect(codeOf('a.ts', 'export const p = `/${lang}/my-story/`;')).toContain('my-story');
  });
});
