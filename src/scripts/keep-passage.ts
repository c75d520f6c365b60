/**
 * Optional enhancement: a language link keeps the reader's place. It gets the key of
 * the paragraph the reader was last at (the same in every language version): the one a
 * #fragment pointed to, or the one at the top of the screen while reading. Scrolling
 * back up to the header to reach the switch does not count as reading. Without
 * JavaScript the link opens the other version at its top.
 */
import { currentHash } from './hash';
import { articleBody as body } from './status';

const paragraphs = [...document.querySelectorAll<HTMLElement>('#article-body p[id]')];
let current: string | undefined;
/** The paragraph a #fragment pointed to: it stays current while it is on screen. */
let pinned: HTMLElement | undefined;

function fromHash(): void {
  // No hash: getElementById('') finds nothing.
  pinned = document.getElementById(currentHash())?.closest<HTMLElement>('#article-body p[id]') ?? undefined;
  if (pinned) current = pinned.id;
}

/** Reads a few paragraphs' boxes on each scroll event: nothing changes the layout meanwhile, so this stays cheap. */
function fromScroll(): void {
  if (!body || body.getBoundingClientRect().top >= 0) return;
  if (pinned) {
    const r = pinned.getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight) return;
    pinned = undefined;
  }
  current = paragraphs.find((p) => p.getBoundingClientRect().bottom > 48)?.id ?? current;
}

fromHash();
addEventListener('hashchange', fromHash);
// (A scroll event cannot be cancelled: no `passive` option needed.)
addEventListener('scroll', fromScroll);
for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a')) {
  link.addEventListener('click', () => {
    if (current) link.hash = current;
    // The reader's layers (?show=…, ?reading=…) go along: the same words in every language.
    link.search = location.search;
  });
}

// A module, not a global script: its names stay its own.
export {};
