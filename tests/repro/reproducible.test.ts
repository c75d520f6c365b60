import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { digest } from './digest';

/**
 * dist/ comes from `npm run build` in the machine's time zone and language, with whatever the
 * build's caches held (Astro's content store, the cards, the content check); the second build
 * runs in Samoa (UTC+13, +14 in summer: the day ahead of UTC) in Russian, so a date written in
 * local time (the zip's entries, D12) or a locale-dependent sort or format shows up here, and
 * from nothing: `--force` clears Astro's content store and EDITION_CACHE=off turns the
 * build's own caches off, so a cache that gives other bytes than the work it saves shows up
 * too. The other side of UTC is built by tests/repro/incremental.test.ts.
 */
it('the same commit builds a byte-identical site, archive included, in any time zone and language, with or without caches (no clock, no randomness)', () => {
  const second = mkdtempSync(join(tmpdir(), 'repro-'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Pacific/Apia', LANG: 'ru_RU.UTF-8', LC_ALL: 'ru_RU.UTF-8', EDITION_CACHE: 'off' };
  expect(process.env.TZ, 'the first build ran in another time zone').not.toBe(env.TZ);
  execFileSync('npx', ['astro', 'build', '--force', '--outDir', second], { stdio: 'pipe', env });
  const a = digest('dist');
  const b = digest(second);
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
  expect(differing).toEqual([]);
  expect(Object.keys(a).length).toBeGreaterThan(40);
  expect(a['download/skulder-ved-skulder.zip']).toBeDefined();
  rmSync(second, { recursive: true, force: true });
});
