#!/usr/bin/env node
// Adds up the test reports in reports/ (vitest JSON, Playwright JSON) and prints the
// one closing line CI reads: "N passed, N failed". A step that failed without a report
// (say, the build) counts as one failure, so a broken run can never look green.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const [, , exitCode = '0'] = process.argv;
let passed = 0;
let failed = 0;
let skipped = 0;
const dir = 'reports';
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  if (!name.endsWith('.json')) continue;
  const r = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  if (typeof r.numPassedTests === 'number') {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } else if (r.stats) {
    passed += r.stats.expected;
    failed += r.stats.unexpected + r.stats.flaky;
    skipped += r.stats.skipped;
  }
}
if (exitCode !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode !== '0' || failed > 0 || passed === 0 ? 1 : 0);
