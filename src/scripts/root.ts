/** The site's root relative to this page ("../"; <body data-root>, written at build time): works at any address. */
export const root = document.body.dataset.root!;
