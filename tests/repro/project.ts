/**
 * What a build of the project reads, besides node_modules: what the repro tests copy to build
 * a project of their own. One list, so that a file the build starts to need (as the config's
 * two files, astro.config.mjs and astro-config.ts) reaches every copy.
 */
export const BUILD_INPUTS = ['astro.config.mjs', 'astro-config.ts', 'package.json', 'tsconfig.json', 'src', 'content', 'public'] as const;
