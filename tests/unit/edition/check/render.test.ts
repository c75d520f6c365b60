import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { failureError, recordingFailures } from '../../../../src/lib/edition/check/render';
import { removeTrees } from '../../bad-content/tree';
import { messages, readTree } from './tree-helper';

afterAll(removeTrees);
afterEach(() => void vi.restoreAllMocks());

describe('rendering every document through the site’s processor', () => {
  it('records each document’s annotations and links', async () => {
    const { errors, articles, sidebars } = await readTree();
    expect(messages(errors)).toEqual([]);
    const da = articles.find((a) => a.folder === 'da')!;
    expect(da.rendered?.annotations.paragraphKeys).toContain('intro');
    expect(da.rendered?.annotations.notes.map((n) => n.id)).toContain('context-ads');
    expect(sidebars.find((s) => s.folder === 'da')!.rendered?.links.map((l) => l.href)).toContain('/tidslinje/#reuters-report');
  });

  it('reports a plugin’s failure once, at its line, leaves the document unrendered and logs nothing', async () => {
    const log = vi.spyOn(console, 'error');
    const { errors, articles } = await readTree('note-undefined');
    expect(messages(errors)).toEqual([expect.stringMatching(/^content\/articles\/da\/skulder-ved-skulder\.md: 15:48: note reference \[\^context-add\] has no definition/)]);
    expect(articles.find((a) => a.folder === 'da')!.rendered).toBeUndefined();
    expect(articles.find((a) => a.folder === 'en')!.rendered).toBeDefined();
    expect(log).not.toHaveBeenCalled();
  });
});

describe('recordingFailures', () => {
  const calls: string[] = [];
  const failing: Plugin<[], Root> = () => (_tree, file) => file.fail('no', { line: 2, column: 3 });
  const counting: Plugin<[string], Root> = (name) => (tree) => {
    calls.push(`${name}:${tree.children.length}`);
  };

  it('records a plugin’s error by file instead of throwing, and empties the tree for the plugins after it', async () => {
    const failures = new Map<string, unknown>();
    const plugins = recordingFailures([[counting, 'before'], failing, [counting, 'after']], failures);
    const processor = unified();
    for (const p of plugins) processor.use(...((Array.isArray(p) ? p : [p]) as [Plugin]));
    const file = new VFile({ path: '/x.md' });
    const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
    const input: Root = { type: 'root', children: [paragraph('a'), paragraph('b')] };
    const tree = await processor.run(input, file);
    expect(tree).toEqual({ type: 'root', children: [] });
    expect(calls).toEqual(['before:2']);
    expect(failureError('content/x.md', failures.get('/x.md')).message).toBe('content/x.md: 2:3: no');
  });

  it('gives an error without a position the place "(rendering)", without Astro’s prefix', () => {
    expect(failureError('a.md', new Error('Failed to parse Markdown file "/a.md":\nboom')).message).toBe('a.md: (rendering): boom');
  });
});
