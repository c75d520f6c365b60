/**
 * Optional enhancement for the print edition, done when the reader prints (`beforeprint`),
 * never at load: the page's main thread and DOM stay as small as the article itself. The
 * article's notes are gathered, once, into a numbered list at the end of the article, which
 * only print shows (the stylesheet then hides the notes in the text); and every external link
 * gets a short form of its address (no scheme, no "www.") for print to show after the link
 * text. Without JavaScript, print shows each note after its marker and the full address.
 */
import { articleBody as body } from './status';

function prepare(): void {
  const notes = body?.querySelectorAll<HTMLElement>('.note');
  if (body && notes?.length) {
    const section = document.createElement('section');
    section.className = 'endnotes';
    const heading = document.createElement('h2');
    heading.textContent = body.dataset.notesTitle!;
    const list = document.createElement('ol');
    for (const note of notes) {
      const copy = note.cloneNode(true) as HTMLElement;
      // Its own class: the copy is not one of the page's notes (for styles and scripts alike).
      copy.classList.replace('note', 'endnote');
      // A note's only id is its own (note-nodes.ts gives its parts none): the copy drops it.
      copy.removeAttribute('id');
      copy.querySelector('.note-back')?.remove();
      const item = document.createElement('li');
      item.append(copy);
      list.append(item);
    }
    section.append(heading, list);
    body.after(section);
    document.documentElement.classList.add('has-endnotes');
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
    try {
      a.dataset.print = decodeURI(a.href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''));
    } catch {
      // A malformed escape: print keeps the full address.
    }
  }
}

addEventListener('beforeprint', prepare, { once: true });

export {};
