/**
 * The layers of src/lib, checked by `npm run test:deps` (dependency-cruiser) in `npm test`.
 *
 *   core          errors, YAML maps, schema parts, ids, dates, files, the edition's languages:
 *                 imports nothing else of ours
 *   domains       in this order, each importing only core and the domains before it:
 *                 i18n < sources < money < markdown < context < cards; portable and budget
 *                 import only core
 *   edition       the content check and the data each page shows (route data): any domain
 *   integrations  Astro build integrations: anything in src/lib
 *
 * Nothing in src/lib imports a page, layout, component or browser script, and no file-level
 * import cycle is allowed anywhere in src/ or the config. A rule broken prints the import
 * that breaks it.
 */
const DOMAINS = ['i18n', 'sources', 'money', 'markdown', 'context', 'cards'];
const SIDE = ['portable', 'budget'];
const LIB = 'src/lib';

const forbidden = [
  { name: 'no-circular', severity: 'error', comment: 'An import cycle: the layers must read one way.', from: {}, to: { circular: true } },
  {
    name: 'core-imports-only-core',
    severity: 'error',
    comment: 'src/lib/core is the bottom layer: it imports nothing else of ours.',
    from: { path: `^${LIB}/core/` },
    to: { path: '^src/', pathNot: `^${LIB}/core/` },
  },
  ...DOMAINS.map((domain, rank) => ({
    name: `${domain}-imports-only-lower-layers`,
    severity: 'error',
    comment: `src/lib/${domain} may import core and ${DOMAINS.slice(0, rank).join(', ') || 'no other domain'}.`,
    from: { path: `^${LIB}/${domain}/` },
    to: { path: '^src/', pathNot: `^${LIB}/(core|${[domain, ...DOMAINS.slice(0, rank)].join('|')})/` },
  })),
  ...SIDE.map((domain) => ({
    name: `${domain}-imports-only-core`,
    severity: 'error',
    comment: `src/lib/${domain} may import only core.`,
    from: { path: `^${LIB}/${domain}/` },
    to: { path: '^src/', pathNot: `^${LIB}/(core|${domain})/` },
  })),
  {
    name: 'edition-below-integrations',
    severity: 'error',
    comment: 'src/lib/edition may import core and the domains, not the build integrations.',
    from: { path: `^${LIB}/edition/` },
    to: { path: '^src/', pathNot: `^${LIB}/(core|edition|${[...DOMAINS, ...SIDE].join('|')})/` },
  },
  {
    name: 'lib-imports-no-view',
    severity: 'error',
    comment: 'src/lib decides; it never imports a page, layout, component or browser script.',
    from: { path: `^${LIB}/` },
    to: { path: '^src/(pages|layouts|components|scripts)/' },
  },
  {
    name: 'no-unknown-lib-folder',
    severity: 'error',
    comment: 'Every folder of src/lib has a layer above; add a new one there.',
    from: {},
    to: { path: `^${LIB}/`, pathNot: `^${LIB}/(core|${[...DOMAINS, ...SIDE].join('|')}|edition|integrations)/` },
  },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
