import { describe, expect, it } from 'vitest';
import { claimId, fixedIds, noteIds, PAGE_IDS, sidebarIds, titleId } from '../../../src/lib/core/page-ids';

describe('page ids', () => {
  it('lists each page’s fixed ids together with those of every page', () => {
    expect(fixedIds('article')).toEqual(['main', 'article-body', 'title-label', 'layers']);
    expect(fixedIds('money')).toEqual(['main', 'outlets', 'rates', 'method', 'money-sources']);
  });

  it('has no id twice', () => {
    const all = Object.values(PAGE_IDS).flatMap((ids) => Object.values(ids));
    expect(new Set(all).size).toBe(all.length);
  });

  it('derives the ids of entries from their content ids', () => {
    expect(titleId('one-off')).toBe('one-off-title');
    expect(claimId('ads-online')).toBe('claim-ads-online');
    expect(noteIds('typo-a')).toEqual({ note: 'note-typo-a', ref: 'ref-typo-a' });
    expect(sidebarIds('legal')).toEqual({ aside: 'sidebar-legal', title: 'sidebar-legal-title' });
  });
});
