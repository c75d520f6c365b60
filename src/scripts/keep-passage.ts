/**
 * Optional enhancement: a language link keeps the reader's place. On click, it gets the
 * key of the paragraph the reader is at (the one in the URL's #fragment, else the first
 * one still on screen), which is the same in every language version. Without
 * JavaScript the link opens the other version at its top.
 */
const links = document.querySelectorAll<HTMLAnchorElement>('a[data-keep-passage]');
const paragraphs = [...document.querySelectorAll<HTMLElement>('#article-body > p[id]')];

function currentKey(): string | undefined {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const inText = target?.closest<HTMLElement>('#article-body > p[id]');
  if (inText) return inText.id;
  return paragraphs.find((p) => p.getBoundingClientRect().bottom > 64)?.id;
}

for (const link of links) {
  link.addEventListener('click', () => {
    const key = currentKey();
    if (key) link.hash = key;
  });
}
