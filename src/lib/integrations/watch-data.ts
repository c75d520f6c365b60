import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataInputFiles } from '../edition/build-inputs';

/**
 * In `astro dev`, restarts the server when a data file changes (the sources, the money data,
 * claims, timeline, changelog, `edition.json`, the UI strings: `dataInputFiles`). They are
 * read by astro-config.ts (the content check, the Markdown pipeline's data) and by the pages
 * through fs, which Vite does not watch: the restart runs the config again (a content
 * problem shows at once) and reloads the pages' modules, so the pages that read the data
 * show the edit. The articles' and sidebars' Markdown is not rendered again: Astro's dev
 * server keeps the content layer, and the Markdown processor, it started with (Astro 7.3);
 * stop and start `npm run dev` to see an edit in their notes. `astro build` has no such
 * limit (`withRenderInputs`).
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
