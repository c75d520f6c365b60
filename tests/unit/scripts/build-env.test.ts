import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildEnv, YOUNG_GENERATION } from '../../../scripts/build-env.mjs';

describe('buildEnv (the environment of `npm run build` and the bench’s builds)', () => {
  it('adds the young-generation size to NODE_OPTIONS, keeping what was there', () => {
    expect(buildEnv({ NODE_OPTIONS: '--trace-warnings', PATH: '/bin' })).toEqual({ NODE_OPTIONS: `--trace-warnings ${YOUNG_GENERATION}`, PATH: '/bin', ASTRO_TELEMETRY_DISABLED: '1' });
    expect(buildEnv({}).NODE_OPTIONS).toBe(YOUNG_GENERATION);
  });
  it('gives options this Node accepts from NODE_OPTIONS', () => {
    const run = spawnSync(process.execPath, ['-e', 'process.stdout.write("ok")'], { env: buildEnv({}), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok');
  });
});

describe('scripts/build.mjs', () => {
  it('says why when `astro` cannot be started (no node_modules/.bin on the PATH), instead of failing silently', () => {
    // --force: never skipped as up to date; the PATH has no `astro`, so nothing is built.
    const run = spawnSync(process.execPath, ['scripts/build.mjs', '--force'], { env: { PATH: '/nonexistent' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Could not start `astro build`');
    expect(run.stderr).toContain('npm run build');
  });
});
