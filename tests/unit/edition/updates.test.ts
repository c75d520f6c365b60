import { describe, expect, it } from 'vitest';
import { loadUpdates, routeOfUpdate, updateAnchor, updateEntries, type Update } from '../../../src/lib/edition/updates';

const update = (id: string, date: string, page: Update['page']): Update => ({
  id,
  date,
  page,
  title: { da: `Titel ${id}`, en: `Title ${id}`, ru: `Заголовок ${id}`, kk: `Тақырып ${id}` },
  text: { da: `Tekst ${id}`, en: `Text ${id}`, ru: `Текст ${id}`, kk: `Мәтін ${id}` },
});

describe('the log of corrections and updates', () => {
  it('links each entry to the page it concerns, in the reader’s language and under the base', () => {
    const [money, article] = updateEntries([update('fix', '2026-11-29', 'money'), update('first', '2026-11-25', 'article')], 'da', 'story', '/sub/');
    expect(money).toEqual({ anchor: 'update-fix', date: '2026-11-29', dateText: '29. november 2026', title: 'Titel fix', text: 'Tekst fix', href: '/sub/penge/', pageName: 'Beløbene' });
    expect(article!.href).toBe('/sub/story/');
    expect(updateEntries([update('fix', '2026-11-29', 'claims')], 'en', 'story', '/')[0]).toMatchObject({ dateText: '29 November 2026', href: '/en/claims/', pageName: 'Claims', title: 'Title fix' });
  });

  it('routes an update of the article to the story and any other page to itself', () => {
    expect(routeOfUpdate({ page: 'article' }, 'skulder-ved-skulder')).toEqual({ page: 'article', story: 'skulder-ved-skulder' });
    expect(routeOfUpdate({ page: 'timeline' }, 'skulder-ved-skulder')).toEqual({ page: 'timeline' });
  });

  it('the real changelog: newest first, one anchor per entry, and the corrections of 29 Nov 2026 published in both languages', () => {
    const updates = loadUpdates(process.cwd());
    const dates = updates.map((u) => u.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const anchors = updates.map((u) => updateAnchor(u.id));
    expect(new Set(anchors).size).toBe(anchors.length);
    const corrections = updates.filter((u) => u.date === '2026-11-29');
    expect(corrections.map((u) => u.page).sort()).toEqual(['claims', 'money']);
    for (const c of corrections) {
      expect(c.title.da).toMatch(/^Rettelse: /);
      expect(c.title.en).toMatch(/^Correction: /);
    }
  });
});
