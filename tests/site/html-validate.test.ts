import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checkedPages, DIST } from './dist';

/**
 * Every page of the sitemap, and the 404, is valid HTML under html-validate's recommended
 * rules, as configured in .htmlvalidate.json (checkboxes may share a name, as HTML allows:
 * the layer controls are one group).
 */
describe('html-validate', () => {
  const { $schema: _, ...config } = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as { $schema?: string };
  const validator = new HtmlValidate(config);
  const files = checkedPages();

  it('finds the built pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    it(`${file}: 0 errors`, async () => {
      const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
