import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { markClaims, quotableText, type ClaimToMark } from '../../../src/lib/context/claim-marks';

/** A paragraph as the article renders it: passage link, note markers and notes, amount links, spelling corrections. */
const paragraph = (inner: string): Element => fromHtml(`<p id="p">${inner}</p>`, { fragment: true }).children[0] as Element;
const note = (n: number) => `<a class="note-ref" href="#note-${n}">${n}</a><span class="note" id="note-${n}">Note ${n}.</span>`;
const claim = (id: string, quote: string): ClaimToMark => ({ id, quote, mark: h('mark', { id: `claim-${id}` }), after: [h('a', { className: ['claim-ref'] }, ['✓'])] });
const mark = (inner: string, claims: ClaimToMark[]) => {
  const { paragraph: p, problems } = markClaims(paragraph(inner), claims);
  return { html: toHtml(p.children), problems: problems.map((x) => `${x.id}: ${x.problem}`) };
};

describe('claims marked where they stand', () => {
  it('marks two claims in one paragraph, each once, with its verdict link after it', () => {
    const { html, problems } = mark('<a class="passage-link" href="#p">¶</a>Ifølge bureauet er de skrevet på kasakhisk. Sådan.', [claim('a', 'er de skrevet på kasakhisk'), claim('b', 'Ifølge bureauet')]);
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<a class="passage-link" href="#p">¶</a><mark id="claim-b">Ifølge bureauet<a class="claim-ref">✓</a></mark> <mark id="claim-a">er de skrevet på kasakhisk<a class="claim-ref">✓</a></mark>. Sådan.',
    );
  });
  it('takes a note marker and its note inside the quote along, and leaves markers out of the quoted text', () => {
    const { html, problems } = mark(`florerer interneannoncer${note(1)}, som gør reklame${note(2)}.`, [claim('a', 'florerer interneannoncer, som gør reklame')]);
    expect(problems).toEqual([]);
    expect(html).toBe(`<mark id="claim-a">florerer interneannoncer${note(1)}, som gør reklame<a class="claim-ref">✓</a></mark>${note(2)}.`);
  });
  it('marks adjacent claims, and whole elements (amount links) at a boundary', () => {
    const { html, problems } = mark('med <a class="amount" href="#x">495.000 rubler</a>, svarende til <a class="amount" href="#x">36.000 kroner</a>', [
      claim('a', 'med 495.000 rubler'),
      claim('b', ', svarende til 36.000 kroner'),
    ]);
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<mark id="claim-a">med <a class="amount" href="#x">495.000 rubler</a><a class="claim-ref">✓</a></mark><mark id="claim-b">, svarende til <a class="amount" href="#x">36.000 kroner</a><a class="claim-ref">✓</a></mark>',
    );
  });
  it('keeps a spelling correction’s two readings together, and quotes the printed one', () => {
    const fix = '<span class="fix-p">interneannoncer</span><span class="fix-c"><del>interneannoncer</del><ins>internetannoncer</ins></span>';
    expect(quotableText(paragraph(`nu ${fix} her`))).toBe('nu interneannoncer her');
    const { html } = mark(`nu ${fix} her`, [claim('a', 'nu interneannoncer')]);
    expect(html).toBe(`<mark id="claim-a">nu ${fix}<a class="claim-ref">✓</a></mark> her`);
  });
  it('finds a quote across collapsed white space and leaves the text as it was', () => {
    const { html } = mark('et  ord\nog to', [claim('a', 'ord og')]);
    expect(html).toBe('et  <mark id="claim-a">ord\nog<a class="claim-ref">✓</a></mark> to');
  });
  it('names what cannot be marked: missing, twice, overlapping, a boundary inside an element', () => {
    expect(mark('et ord', [claim('a', 'andet ord')]).problems).toEqual([`a: "andet ord" is not in the paragraph's text`]);
    expect(mark('ord og ord', [claim('a', 'ord')]).problems).toEqual(['a: "ord" occurs twice in the paragraph: quote enough words to tell which is meant']);
    expect(mark('et to tre', [claim('a', 'et to'), claim('b', 'to tre')]).problems).toEqual(['b: overlaps claim "a": a passage carries one verdict; quote words that do not overlap']);
    expect(mark('på <a class="amount" href="#x">495.000 rubler</a> nu', [claim('a', 'på 495.000')]).problems).toEqual([
      'a: the quote ends inside <a class="amount"> ("495.000 rubler"): quote up to its end or stop before it',
    ]);
    expect(mark('på <a class="amount" href="#x">495.000 rubler</a> nu', [claim('a', 'rubler nu')]).problems).toEqual([
      'a: the quote starts inside <a class="amount"> ("495.000 rubler"): quote from its start or begin after it',
    ]);
  });
  it('leaves the paragraph it is given as it was', () => {
    const p = paragraph('et ord');
    const before = structuredClone(p);
    markClaims(p, [claim('a', 'ord')]);
    expect(p).toEqual(before);
  });
});
