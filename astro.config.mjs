/**
 * Astro's configuration is astro-config.ts (typed, and importing src/lib); this file loads it
 * the quicker way. Astro loads a TypeScript config through a temporary Vite dev server, which
 * transforms the ~100 modules it imports one by one: about 0.5–1 s of every build, `astro
 * check` and dev start on the 2-core build machine (#17). A JavaScript config Node imports
 * directly. So esbuild (the bundler of the site's scripts, src/lib/integrations/assets.ts)
 * bundles astro-config.ts into one ES module, the packages left as imports, and Node imports
 * that. In the bundle `import.meta.url` is this file's, as it was the config's: the config
 * finds the project's root from it, and `createRequire` resolves packages there. The module is
 * written under node_modules/.cache/astro-config/, named by its content's hash (copies of the
 * project building at once, as the tests' do, never write one file; one not used for a day is
 * removed), and imported with a fresh query each time, so that a restart of `astro dev` checks
 * the content again. Same configuration, same dist/ (tests/repro).
 *
 * When a JavaScript config throws, Astro loads it again through Vite and reports that
 * attempt's error: the content check's error (file, place, problem) is kept from the first
 * attempt and thrown again, rather than checking everything twice.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FAILED = Symbol.for('astro-config: first error');
const failed = globalThis[FAILED];
if (failed) {
  delete globalThis[FAILED];
  throw failed;
}

// Without the query Astro imports this file with (`?t=…`): the bundle is the same from build to build.
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
const file = `${dir}${createHash('sha256').update(bundle.contents).digest('hex').slice(0, 16)}.mjs`;
if (existsSync(file)) {
  // In use: its time says so, and it is not removed as unused.
  utimesSync(file, new Date(), new Date());
} else {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.${process.pid}`, bundle.contents);
  renameSync(`${file}.${process.pid}`, file);
  // Each change to the config's modules leaves a bundle: those not used for a day go.
  for (const name of readdirSync(dir)) {
    const old = `${dir}${name}`;
    const used = statSync(old, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (old !== file && Date.now() - used > 86_400_000) rmSync(old, { force: true });
  }
}

let config;
try {
  config = (await import(/* @vite-ignore */ `${pathToFileURL(file).href}?t=${Date.now()}`)).default;
} catch (error) {
  globalThis[FAILED] = error;
  throw error;
}
export default config;
