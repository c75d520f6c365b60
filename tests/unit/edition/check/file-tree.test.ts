import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFileTree } from '../../../../src/lib/edition/check/file-tree';
import { filesUnder } from '../../../../src/lib/edition/check/tree';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'file-tree-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const report = (root: string) => checkFileTree(root).map((e) => `${e.file}: ${e.place}: ${e.problem}`);

describe('the files of a content tree', () => {
  it('passes plain, well-named files', () => {
    expect(report(tree({ 'content/sidebars/da/legal-russia.md': 'x', 'content/sources/core.yaml': 'x', 'public/favicon.svg': 'x' }))).toEqual([]);
  });

  it('reports a symbolic link in public/ or content/ (made at run time), naming where it points', () => {
    const root = tree({ 'public/favicon.svg': 'x', 'content/edition.json': '{}', 'outside/passwd': 'secret' });
    symlinkSync(join(root, 'outside/passwd'), join(root, 'public/passwd.txt'));
    symlinkSync('../outside', join(root, 'public/shared-link'));
    symlinkSync('../outside/passwd', join(root, 'content/timeline.yaml'));
    expect(report(root)).toEqual([
      'content/timeline.yaml: file: is a symbolic link (to ../outside/passwd): only plain files are published; put the file itself in content/, or remove the link',
      `public/passwd.txt: file: is a symbolic link (to ${join(root, 'outside/passwd')}): only plain files are published; put the file itself in public/, or remove the link`,
      'public/shared-link: file: is a symbolic link (to ../outside): only plain files are published; put the file itself in public/, or remove the link',
    ]);
    // The check's own listing never follows them either.
    expect(filesUnder(root, 'public')).toEqual(['public/favicon.svg']);
  });

  it('reports hidden files and folders once, in content/ and in public/', () => {
    const root = tree({
      'content/sidebars/da/.legal-russia.md': 'x',
      'content/sidebars/en/...md': 'x',
      'content/.drafts/a.md': 'x',
      'public/.env': 'SECRET=1',
      'public/.git/config': 'x',
    });
    expect(checkFileTree(root).map((e) => `${e.file}: ${e.place}`)).toEqual([
      'content/.drafts: file name',
      'content/sidebars/da/.legal-russia.md: file name',
      'content/sidebars/en/...md: file name',
      'public/.env: file name',
      'public/.git: file name',
    ]);
    expect(report(root)[1]).toContain('the site\'s content loader skips hidden files and folders');
    // The rest of the check sees what Astro's loader sees: no hidden files.
    expect(filesUnder(root, 'content')).toEqual([]);
  });

  it('requires sidebar file names that are ids, showing characters that only look right', () => {
    const root = tree({ 'content/sidebars/da/Legal Russia.md': 'x', 'content/sidebars/en/legal-russ\u0456a.md': 'x' });
    expect(report(root)).toEqual([
      'content/sidebars/da/Legal Russia.md: file name: sidebar name "Legal Russia" must be lower-case letters, digits and hyphens, starting with a letter or digit (it is the sidebar\'s id in links): rename the file, e.g. legal-russia.md',
      'content/sidebars/en/legal-russ\u0456a.md: file name: sidebar name "legal-russ\u0456a" (U+0456 at 11) must be lower-case letters, digits and hyphens, starting with a letter or digit (it is the sidebar\'s id in links): rename the file, e.g. legal-russia.md',
    ]);
  });
});
