import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataInputFiles } from '../edition/build-inputs';

/**
 * In `astro dev`, restarts the server when a data file changes (the sources, the money data,
 * claims, timeline, changelog, `edition.json`, the UI strings: `dataInputFiles`). They are
 * read by astro.config.ts (the content check, the Markdown pipeline's data), which Vite does
 * not reload by itself; a restart runs the config again, and the collections' loaders
 * (`withRenderInputs`) render the articles again with the new data.
 */
export function watchDataFiles(): AstroIntegration {
  return {
    name: 'watch-data-files',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile }) => {
        if (command !== 'dev') return;
        const root = fileURLToPath(config.root);
        for (const file of dataInputFiles(root)) addWatchFile(join(root, file));
      },
    },
  };
}
