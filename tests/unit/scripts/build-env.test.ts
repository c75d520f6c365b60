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
