import { describe, expect, it } from 'vitest';
import { e2ePorts, PORT_BLOCK } from '../e2e/ports';

describe('the browser tests’ ports', () => {
  it('are derived from the checkout: the same folder always gets the same block of ten, in 10000–34999', () => {
    const a = e2ePorts('/home/a/skulder', undefined);
    expect(e2ePorts('/home/a/skulder', undefined)).toEqual(a);
    expect(a.root % PORT_BLOCK).toBe(0);
    expect(a.subPath).toBe(a.root + 1);
    expect(a.root).toBeGreaterThanOrEqual(10_000);
    expect(a.root + PORT_BLOCK - 1).toBeLessThanOrEqual(34_999);
  });

  it('differ between checkouts (two clones side by side do not share a server)', () => {
    const roots = new Set(['/tmp/ci/main', '/srv/skulder/main', '/home/dev/skulder', '/tmp/clone-2/main', '/tmp/clone-1/main'].map((p) => e2ePorts(p, undefined).root));
    expect(roots.size).toBe(5);
  });

  it('E2E_PORT overrides, and a bad value fails with its name', () => {
    expect(e2ePorts('/x', '4400')).toEqual({ root: 4400, subPath: 4401 });
    expect(() => e2ePorts('/x', 'abc')).toThrow(/E2E_PORT/);
    expect(() => e2ePorts('/x', '80')).toThrow(/E2E_PORT/);
  });
});
