/** The page's live region (in Base.astro), with the words the scripts announce in its data. */
export const status = document.getElementById('share-status');

/** The article's text, where the scripts find its paragraphs and notes. */
export const articleBody = document.getElementById('article-body');

/** Says `text` in the live region, for screen readers. */
export function announce(text: string | undefined): void {
  if (!status || !text) return;
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = text));
}
