/**
 * A small edition for the route-data tests: one story `story` (a Danish original and an
 * English translation, three paragraphs, one note each), one sidebar per language, and the
 * real claims, timeline, sources and money data from content/.
 */
import { loadContext } from '../../../src/lib/context/load';
import type { Locale } from '../../../src/lib/core/locales';
import type { ArticleData } from '../../../src/lib/edition/article-schema';
import type { EditionData, RenderedVersion, SidebarVersion } from '../../../src/lib/edition/queries';
import type { Story } from '../../../src/lib/edition/stories';
import { loadMoney } from '../../../src/lib/money/load';
import { loadSourceRegistry } from '../../../src/lib/sources/load';

const root = process.cwd();
export const sources = loadSourceRegistry(root);
const { claims, timeline } = loadContext(root, sources);

/** The claims' paragraphs, in the order the ledger first names them: the fixture's paragraph keys. */
export const paragraphKeys = [...new Set(claims.map((c) => c.paragraph))];

const original: NonNullable<ArticleData['original']> = {
  publisher: 'B.T.',
  url: 'https://www.bt.dk/story',
  published: '2023-08',
  basedOn: { publisher: 'Reuters', date: '2023-08-03' },
};

/** The quotes of the claims in paragraph `key`, so that each can be marked in the text. */
const quotesOf = (key: string, lang: Locale) =>
  claims
    .filter((c) => c.paragraph === key)
    .map((c) => c.quote[lang])
    .join(' / ');

function version(lang: Locale, data: Omit<ArticleData, 'lang'>): RenderedVersion {
  const id = `${lang}/story`;
  return {
    id,
    file: `content/articles/${id}.md`,
    folder: lang,
    story: 'story',
    data: { lang, ...data },
    annotations: { paragraphKeys, paragraphTexts: {}, notes: [{ id: 'n1', type: 'context', number: 1, paragraph: paragraphKeys[0]!, sources: [], excerpt: `excerpt ${lang} …` }] },
    entry: { id, collection: 'articles', data: { lang, ...data }, body: '', rendered: { html: paragraphKeys.map((k) => `<p id="${k}">${lang}: ${k}. ${quotesOf(k, lang)}</p>`).join('\n') } } as RenderedVersion['entry'],
  };
}

export const da = version('da', { title: 'Skulder ved skulder', description: 'Den danske original, med noter om penge, jura og politik.', original });
export const en = version('en', { title: 'Shoulder to shoulder', description: 'Our English translation, with notes on money, law and politics.', translation: { from: 'da', reviewed: false } });
export const story: Story<RenderedVersion> = { story: 'story', original: da, translations: [en] };

function sidebar(lang: Locale, title: string): SidebarVersion {
  return {
    id: 'law',
    folder: lang,
    file: `content/sidebars/${lang}/law.md`,
    data: { lang, title, kind: 'legal', paragraph: paragraphKeys[1]!, asOf: '2023-08', sources: ['daryo-2023-08-04', 'daryo-2023-08-04'] },
    html: `<p>${title}</p>`,
  };
}

export const data: EditionData = {
  stories: [story],
  story,
  context: { sidebars: [sidebar('da', 'Loven i Kasakhstan'), sidebar('en', 'The law in Kazakhstan')], claims, timeline },
  sources,
  money: loadMoney(root, sources),
  updates: [{ id: 'first', date: '2026-11-25', page: 'article', title: { da: 'Første', en: 'First', ru: 'Первое', kk: 'Бірінші' }, text: { da: 'Tekst', en: 'Text', ru: 'Текст', kk: 'Мәтін' } }],
};

/** A deployment under a sub-path, to see the base applied to every link. */
export const urls = { site: 'https://example.org/', base: '/sub/' };
