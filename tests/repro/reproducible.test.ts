import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

/** Every file under `dir` with the sha256 of its bytes. */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

it('the same commit builds a byte-identical site (no clock, no randomness)', () => {
  const second = mkdtempSync(join(tmpdir(), 'repro-'));
  execFileSync('npx', ['astro', 'build', '--force', '--outDir', second], { stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const a = digest('dist');
  const b = digest(second);
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
  expect(differing).toEqual([]);
  expect(Object.keys(a).length).toBeGreaterThan(40);
});
