import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataInputFiles, dataInputs, renderInputs, renderInputsDigest } from '../../../src/lib/edition/build-inputs';
import { makeTree, removeTrees } from '../bad-content/tree';

afterAll(removeTrees);

/** Appends a YAML comment or a JSON space to a file of `root`: a change that keeps it valid. */
function touch(root: string, file: string): void {
  writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}${file.endsWith('.json') ? ' ' : '# edited\n'}`);
}

describe('what the rendered Markdown depends on', () => {
  it('names every data file that is not a collection, the UI strings and the pipeline code, and not the collections', () => {
    const inputs = renderInputs(process.cwd());
    for (const p of ['content/sources', 'content/money', 'content/claims.yaml', 'content/timeline.yaml', 'content/updates.yaml', 'content/edition.json', 'src/lib/i18n/strings', 'src/lib', 'package-lock.json']) expect(inputs).toContain(p);
    expect(inputs).not.toContain('content/articles');
    expect(inputs).not.toContain('content/sidebars');
    expect(dataInputs(process.cwd())).not.toContain('src/lib');
  });

  it('lists the data files one by one for the dev server to watch', () => {
    const files = dataInputFiles(process.cwd());
    expect(files).toContain('content/money/figures.yaml');
    expect(files).toContain('content/claims.yaml');
    expect(files).toContain('src/lib/i18n/strings/kk.json');
    expect(files.some((f) => f.startsWith('content/articles/'))).toBe(false);
  });

  it('changes its digest when a data file or a UI string changes, not when an article does', () => {
    const root = makeTree();
    let digest = renderInputsDigest(root);
    for (const file of ['content/money/figures.yaml', 'content/sources/core.yaml', 'content/claims.yaml', 'content/timeline.yaml', 'content/updates.yaml', 'content/edition.json', 'src/lib/i18n/strings/da.json']) {
      touch(root, file);
      const now = renderInputsDigest(root);
      expect(now, file).not.toBe(digest);
      digest = now;
    }
    touch(root, 'content/articles/da/skulder-ved-skulder.md');
    expect(renderInputsDigest(root)).toBe(digest);
  });
});
