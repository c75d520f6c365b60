import type { Element, ElementContent } from 'hast';
import { isCollapsibleSpace } from '../core/characters';

/**
 * Claims marked where they stand. Each claim of the ledger quotes an exact span of its
 * paragraph (note markers left out); that span is wrapped in a `<mark>` inside the
 * paragraph's tree, and the claim's verdict link follows it:
 *
 *     … <mark class="v-not-confirmed">er de skrevet på
 *     kasakhisk<a class="claim-ref" href="…#claim-ads-in-kazakh" aria-label="Påstand, ikke
 *     bekræftet">✗</a></mark>.
 *
 * The link stands last inside the mark, so it takes the verdict's colour from it. Only
 * claims are marked on an article page, so the stylesheet styles `mark` itself.
 *
 * The span may hold whole elements (note markers and their notes, amount links, spelling
 * corrections); a boundary inside one ("…495.0|00 rubler") cannot be marked and is a
 * content problem, as are a quote that is not in the paragraph, one that occurs twice and
 * two claims that overlap.
 */

/** Parts of a paragraph that are not its printed text: the claims' quotes leave them out. */
const NOT_TEXT = new Set(['passage-link', 'para-label', 'note-ref', 'note', 'fix-c', 'claim-ref']);

function classesOf(node: ElementContent): string[] {
  if (node.type !== 'element') return [];
  const c: unknown = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(' ') : [];
}

const isText = (node: ElementContent) => !classesOf(node).some((c) => NOT_TEXT.has(c));

/** The printed text of a node (what a claim can quote). */
export function quotableText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || !isText(node)) return '';
  return node.children.map(quotableText).join('');
}

/**
 * White space collapsed, as the quotes are written (no-break spaces kept: see
 * `COLLAPSIBLE_SPACE`); `map[i]` is the raw offset of character i.
 */
function collapse(raw: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const space = isCollapsibleSpace(raw[i]!);
    if (space && text.endsWith(' ')) continue;
    text += space ? ' ' : raw[i];
    map.push(i);
  }
  map.push(raw.length);
  return { text, map };
}

/** One claim to mark: where it goes and what to wrap it in. */
export interface ClaimToMark {
  id: string;
  quote: string;
  /** The `<mark>`, without children. */
  mark: Element;
  /** What ends the mark, after the quoted words (the verdict link). */
  after: ElementContent[];
}

/** A claim that cannot be marked, and why. */
export interface ClaimProblem {
  id: string;
  /** `missing`: the quote is not in the text (the text-level check reports that first). */
  kind: 'missing' | 'twice' | 'overlap' | 'boundary';
  problem: string;
}

/** Where each claim's quote stands in the collapsed text, or the problems that prevent marking them. */
export function locateClaims(paragraph: Element, claims: readonly Pick<ClaimToMark, 'id' | 'quote'>[]): { spans: Map<string, [number, number]>; problems: ClaimProblem[] } {
  const { text } = collapse(paragraph.children.map(quotableText).join(''));
  const problems: ClaimProblem[] = [];
  const spans = new Map<string, [number, number]>();
  for (const c of claims) {
    const at = text.indexOf(c.quote);
    if (c.quote === '' || at < 0) problems.push({ id: c.id, kind: 'missing', problem: `"${c.quote}" is not in the paragraph's text` });
    else if (text.indexOf(c.quote, at + 1) >= 0) problems.push({ id: c.id, kind: 'twice', problem: `"${c.quote}" occurs twice in the paragraph: quote enough words to tell which is meant` });
    else spans.set(c.id, [at, at + c.quote.length]);
  }
  const ordered = [...spans].sort((a, b) => a[1][0] - b[1][0]);
  for (let i = 1; i < ordered.length; i++) {
    const [prev, next] = [ordered[i - 1]!, ordered[i]!];
    if (next[1][0] < prev[1][1]) problems.push({ id: next[0], kind: 'overlap', problem: `overlaps claim "${prev[0]}": a passage carries one verdict; quote words that do not overlap` });
  }
  return { spans, problems };
}

/**
 * `paragraph` with every claim marked (a new element; the input is left as it was), and the
 * problems of those that could not be. Claims are marked in text order; the paragraph's
 * text is unchanged.
 */
export function markClaims(paragraph: Element, claims: readonly ClaimToMark[]): { paragraph: Element; problems: ClaimProblem[] } {
  const { spans, problems } = locateClaims(paragraph, claims);
  const failed = new Set(problems.map((p) => p.id));
  let out: Element = { ...paragraph, children: [...paragraph.children] };
  for (const c of [...claims].sort((a, b) => (spans.get(a.id)?.[0] ?? 0) - (spans.get(b.id)?.[0] ?? 0))) {
    if (failed.has(c.id)) continue;
    const result = wrapSpan(out, spans.get(c.id)!, c);
    if (typeof result === 'string') problems.push({ id: c.id, kind: 'boundary', problem: result });
    else out = result;
  }
  return { paragraph: out, problems };
}

/** Wraps the children holding collapsed-text span [start, end) in the claim's mark, or says why it cannot. */
function wrapSpan(paragraph: Element, [start, end]: [number, number], claim: ClaimToMark): Element | string {
  const kids = [...paragraph.children];
  const texts = kids.map(quotableText);
  const { map } = collapse(texts.join(''));
  const [s, e] = [map[start]!, map[end - 1]! + 1];
  const ranges: { from: number; to: number }[] = [];
  let at = 0;
  for (const text of texts) {
    ranges.push({ from: at, to: at + text.length });
    at += text.length;
  }
  const inside = (i: number) => {
    const k = kids[i]!;
    return `<${k.type === 'element' ? `${k.tagName}${classesOf(k).length ? ` class="${classesOf(k).join(' ')}"` : ''}` : 'text'}> ("${texts[i]}")`;
  };
  let last = ranges.findIndex((r) => r.from < e && e <= r.to);
  const first = ranges.findIndex((r) => r.from <= s && s < r.to);
  if (first < 0 || last < 0) return 'the quote is not in the paragraph’s text';
  const lastKid = kids[last]!;
  const next = kids[last + 1];
  if (lastKid.type === 'text') {
    const cut = e - ranges[last]!.from;
    if (cut < lastKid.value.length) kids.splice(last, 1, { type: 'text', value: lastKid.value.slice(0, cut) }, { type: 'text', value: lastKid.value.slice(cut) });
  } else if (e !== ranges[last]!.to) {
    return `the quote ends inside ${inside(last)}: quote up to its end or stop before it`;
  } else if (classesOf(lastKid).includes('fix-p') && next && classesOf(next).includes('fix-c')) {
    // A spelling correction's two readings stay together.
    last += 1;
  }
  let from = first;
  const firstKid = kids[first]!;
  if (firstKid.type === 'text') {
    const cut = s - ranges[first]!.from;
    if (cut > 0) {
      kids.splice(first, 1, { type: 'text', value: firstKid.value.slice(0, cut) }, { type: 'text', value: firstKid.value.slice(cut) });
      from += 1;
      last += 1;
    }
  } else if (s !== ranges[first]!.from) {
    return `the quote starts inside ${inside(first)}: quote from its start or begin after it`;
  }
  const mark: Element = { ...claim.mark, children: [...kids.slice(from, last + 1), ...claim.after] };
  kids.splice(from, last - from + 1, mark);
  return { ...paragraph, children: kids };
}
