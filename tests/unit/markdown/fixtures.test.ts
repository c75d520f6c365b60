import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderFile } from './render';

/**
 * One case per folder in tests/fixtures/articles/: `input.md` (with frontmatter) goes
 * through Astro's processor and the site's plugin list. A case with `output.html` must
 * render to exactly that; a case with `error.txt` must fail with exactly that
 * `line:column: reason`, and the error must name the input file.
 */
const root = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('Markdown plugin fixtures', () => {
  // Astro's processor logs every failure to the console before rethrowing it.
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterAll(() => vi.restoreAllMocks());

  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of cases) {
    const dir = join(root, name);
    const input = join(dir, 'input.md');
    const errorFile = join(dir, 'error.txt');
    if (existsSync(errorFile)) {
      it(`${name}: fails with the expected message`, async () => {
        const expected = readFileSync(errorFile, 'utf8').trim();
        const error = await renderFile(input).then(
          () => undefined,
          (e: unknown) => e as { reason?: string; line?: number; column?: number; file?: string },
        );
        expect(error, 'the file rendered, but it should have failed').toBeDefined();
        expect(`${error!.line ?? '?'}:${error!.column ?? '?'}: ${error!.reason}`).toBe(expected);
        expect(error!.file).toBe(input);
      });
    } else {
      it(`${name}: renders to output.html`, async () => {
        const { code } = await renderFile(input);
        await expect(code).toMatchFileSnapshot(join(dir, 'output.html'));
      });
    }
  }
});
