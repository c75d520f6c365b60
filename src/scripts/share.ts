/**
 * Optional enhancement for sharing passages. Without JavaScript every `¶` is a plain
 * link to its passage. With it: following a `¶` also shares the link (the Web Share
 * sheet on touch devices that have it) or copies it, and says so to screen readers;
 * selecting text in the article offers a link to the selection (a text fragment,
 * `#key:~:text=…`, which every current browser follows; an older one opens the page at
 * its top).
 */
import { shareableUrl } from './hash';
import { announce, articleBody as body, status } from './status';

async function share(href: string): Promise<void> {
  try {
    const url = shareableUrl(href);
    // No address to share (a page from disk without a canonical address): say it failed.
    if (!url) throw 0;
    if (navigator.share && matchMedia('(pointer: coarse)').matches) {
      await navigator.share({ url });
      return;
    }
    await navigator.clipboard.writeText(url);
    announce(status?.dataset.copied);
  } catch {
    announce(status?.dataset.failed);
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.passage-link');
  if (link) void share(link.href);
});

const bar = document.getElementById('selection-share');
let selectionUrl = '';

/** A text fragment for the selection: whole if short, else its first and last words. */
function fragment(text: string): string {
  const words = text.trim().split(/\s+/);
  const enc = (w: string[]) => encodeURIComponent(w.join(' ')).replace(/-/g, '%2D').replace(/,/g, '%2C');
  return words.length <= 8 ? enc(words) : `${enc(words.slice(0, 4))},${enc(words.slice(-4))}`;
}

document.addEventListener('selectionchange', () => {
  if (!bar || !body) return;
  const selection = getSelection();
  const text = selection?.toString() ?? '';
  const start = selection?.rangeCount ? selection.getRangeAt(0).startContainer : null;
  const paragraph = (start?.nodeType === 1 ? (start as Element) : start?.parentElement)?.closest<HTMLElement>('#article-body p[id]');
  if (!paragraph || text.trim().length < 3) {
    bar.hidden = true;
    return;
  }
  // The page's address with its query (the reader's layers), then the fragment.
  selectionUrl = `${location.href.split('#')[0]}#${paragraph.id}:~:text=${fragment(text)}`;
  bar.hidden = false;
});

bar?.querySelector('button')?.addEventListener('click', () => void share(selectionUrl));

// A module, not a global script: its names stay its own.
export {};
