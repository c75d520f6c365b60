/**
 * Optional enhancement for the print edition. The article's notes are gathered, once,
 * into a numbered list at the end of the article, which only print shows (the
 * stylesheet then hides the notes in the text); and every external link gets a short
 * form of its address (no scheme, no "www.") for print to show after the link text.
 * Without JavaScript, print shows each note after its marker and the full address.
 */
import { articleBody as body } from './status';

const notes = body ? [...body.querySelectorAll<HTMLElement>('.note')] : [];

if (body && notes.length) {
  const section = document.createElement('section');
  section.className = 'endnotes';
  const heading = document.createElement('h2');
  heading.textContent = body.dataset.notesTitle ?? '';
  const list = document.createElement('ol');
  for (const note of notes) {
    const copy = note.cloneNode(true) as HTMLElement;
    // Its own class: the copy is not one of the page's notes (for styles and scripts alike).
    copy.classList.replace('note', 'endnote');
    copy.removeAttribute('id');
    copy.querySelector('.note-back')?.remove();
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
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

export {};
