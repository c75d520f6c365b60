/**
 * Astro's configuration is astro-config.ts (typed, and importing src/lib); this file loads it
 * the quicker way. Astro loads a TypeScript config through a temporary Vite dev server, which
 * transforms the ~100 modules it imports one by one: about 0.5–1 s of every build, `astro
 * check` and dev start on the 2-core build machine (#17). A JavaScript config Node imports
 * directly. So esbuild (the bundler of the site's scripts, src/lib/integrations/assets.ts)
 * bundles astro-config.ts into one ES module, the packages left as imports, and Node imports
 * that. In the bundle `import.meta.url` is this file's, as it was the config's: the config
 * finds the project's root from it, and `createRequire` resolves packages there. Each load
 * writes the module under node_modules/.cache/astro-config/ with a name of its own (copies of
 * the project building at once, as the tests' do, never share a file; a restart of `astro dev`
 * gets a fresh module, so the content is checked again), imports it and removes it. Same
 * configuration, same dist/ (tests/repro).
 *
 * When a JavaScript config throws, Astro loads it again through Vite and reports that
 * attempt's error: the content check's error (file, place, problem) is kept from the first
 * attempt and thrown again, rather than checking everything twice.
 */
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FAILED = Symbol.for('astro-config: first error');
const failed = globalThis[FAILED];
if (failed) {
  delete globalThis[FAILED];
  throw failed;
}

// This file's URL, without the query Astro imports it with (`?t=…`).
const self = import.meta.url.split('?')[0];
const {
  outputFiles: [bundle],
} = await build({
  entryPoints: [fileURLToPath(new URL('./astro-config.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  define: { 'import.meta.url': JSON.stringify(self) },
  write: false,
  logLevel: 'error',
});
const dir = fileURLToPath(new URL('./node_modules/.cache/astro-config/', import.meta.url));
const file = `${dir}${randomUUID()}.mjs`;
mkdirSync(dir, { recursive: true });
writeFileSync(file, bundle.contents);

let config;
try {
  config = (await import(/* @vite-ignore */ pathToFileURL(file).href)).default;
} catch (error) {
  globalThis[FAILED] = error;
  throw error;
} finally {
  // Node has read it; the next load writes its own.
  rmSync(file, { force: true });
}
export default config;
