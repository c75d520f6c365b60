import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { noteHandlers, type Note, type NoteMarker } from '../../../src/lib/markdown/note-nodes';
import type { Source } from '../../../src/lib/sources/sources';

const marker = (stacked: boolean): NoteMarker => ({ type: 'noteMarker', id: 'x', number: 2, noteType: 'correction', stacked, ref: 'Note' });
const words = { type: 'Rettelse', link: 'Note 2', back: 'Tilbage', source: 'Kilde', sources: 'Kilder' };
const note = (cited: Source[]): Note => ({
  type: 'note',
  id: 'x',
  number: 2,
  noteType: 'correction',
  cited,
  lang: 'da',
  words,
  children: [
    { type: 'paragraph', children: [{ type: 'text', value: 'Første ' }, { type: 'emphasis', children: [{ type: 'text', value: 'afsnit' }] }] },
    { type: 'paragraph', children: [{ type: 'text', value: 'Andet.' }] },
  ],
});
const render = (...children: (Note | NoteMarker)[]) => {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
  return toHtml(toHast(tree, { handlers: noteHandlers }));
};

describe('the note nodes’ handlers', () => {
  it('render a marker as a numbered link to its note, side by side when stacked', () => {
    expect(render(marker(false))).toBe('<p><a href="#note-x" id="ref-x" class="note-ref t-correction" aria-describedby="note-x"><span class="vh">Note </span>2</a></p>');
    expect(render(marker(true))).toContain('class="note-ref t-correction stacked"');
  });
  it('render a note with its head, one span per paragraph and its back link', () => {
    expect(render(note([]))).toBe(
      '<p><span class="note t-correction" id="note-x"><a class="note-num passage-link" href="#note-x" aria-label="Note 2">2</a> <span class="note-type">Rettelse</span>' +
        '<span class="note-p">Første <em>afsnit</em></span><span class="note-p">Andet.</span>' +
        '<a href="#ref-x" class="note-back">Tilbage</a></span></p>',
    );
  });
  it('list the sources a note cites, before its back link', () => {
    const html = render(note([{ id: 'o', publisher: 'ORF', url: 'https://orf.at/x' }]));
    expect(html).toContain('<span class="note-src">Kilde: <a href="https://orf.at/x" rel="noreferrer">ORF</a>.</span><a href="#ref-x"');
  });
  it('end the list of sources with one full stop, also after a date that ends with one (Russian “г.”)', () => {
    const cited: Source[] = [{ id: 'o', publisher: 'ORF', url: 'https://orf.at/x', date: '2023-08-03' }];
    const ru = toHtml(toHast({ type: 'root', children: [{ type: 'paragraph', children: [{ ...note(cited), lang: 'ru' }] }] }, { handlers: noteHandlers }));
    expect(ru).toMatch(/ORF<\/a>, 3 авг\. 2023\sг\.<\/span>/);
    expect(render(note(cited))).toContain('<a href="https://orf.at/x" rel="noreferrer">ORF</a>, 3. aug. 2023.</span>');
    expect(render(note([{ id: 'b', publisher: 'B.T.' }]))).toContain('Kilde: B.T.</span>');
  });
});
