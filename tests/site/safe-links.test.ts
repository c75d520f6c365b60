import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { unsafeUrlsIn } from '../../src/lib/markdown/safe-urls';
import { DIST, htmlFiles } from './dist';

/**
 * Every built page, whatever path its content took (Markdown, YAML data, layouts, the
 * post-build rewrite): no address with a scheme other than https, http or mailto and no
 * protocol-relative `//host` in any attribute that holds one (href, src, action,
 * formaction, srcset, poster, xlink:href…), and nothing the browser would load from
 * another host (`src`, `srcset`, `poster`, a loading `<link>`, a form's `action`). The
 * content check refuses such addresses in content; this catches a path it does not see.
 * The detector itself is proved on a bad sample page in tests/unit/markdown/safe-urls.test.ts.
 */
describe('safe addresses on every built page', () => {
  const files = htmlFiles();

  it('finds the built pages', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(`${file}: only https, http, mailto and the site's own addresses; nothing loaded from elsewhere`, () => {
      const problems = unsafeUrlsIn(fromHtml(readFileSync(join(DIST, file), 'utf8')));
      expect(problems.map((p) => `<${p.tag} ${p.attribute}="${p.url}">: ${p.problem}`)).toEqual([]);
    });
  }
});
