// Runs npm scripts one after another, like `a && b && c`, and prints how long each took:
// `npm test` uses it so that every run (CI included) shows where its time goes.
// Usage: node scripts/run-stages.mjs preflight check test:unit …
import { spawnSync } from 'node:child_process';

const stages = process.argv.slice(2);
const times = [];
let failed;
const started = process.hrtime.bigint();
for (const stage of stages) {
  const t0 = process.hrtime.bigint();
  const { status, signal } = spawnSync('npm', ['run', '--silent', stage], { stdio: 'inherit' });
  times.push([stage, Number(process.hrtime.bigint() - t0) / 1e9]);
  if (status !== 0) {
    failed = `${stage} failed (${signal ?? `exit ${status}`})`;
    break;
  }
}
const total = Number(process.hrtime.bigint() - started) / 1e9;
console.log('\n== time per stage');
for (const [stage, s] of times) console.log(`${stage.padEnd(12)} ${s.toFixed(1).padStart(7)} s`);
console.log(`${'total'.padEnd(12)} ${total.toFixed(1).padStart(7)} s (${(total / 60).toFixed(1)} min)`);
if (failed) {
  console.error(failed);
  process.exit(1);
}
