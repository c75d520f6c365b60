import { describe, expect, it } from 'vitest';
import { sectionLinks, versionLinks } from '../../../src/lib/edition/edition-links';
import { strings } from '../../../src/lib/i18n/strings';
import { story } from './route-data-fixture';

describe('links to the edition’s pages', () => {
  it('every version of a story, the original first, said in the page’s language, under the base', () => {
    expect(versionLinks(story, 'en', '/sub/')).toEqual([
      { lang: 'da', href: '/sub/story/', label: 'Skulder ved skulder', about: strings('en')['home.editionOriginal'] },
      { lang: 'en', href: '/sub/en/story/', label: 'Shoulder to shoulder', about: strings('en')['home.editionTranslation'] },
    ]);
  });

  it('the section pages in navigation order, with localised paths', () => {
    const links = sectionLinks('da', '/');
    expect(links.map((l) => l.href)).toEqual(['/penge/', '/baggrund/', '/tidslinje/', '/paastande/', '/soeg/']);
    expect(links[0]).toMatchObject({ lang: 'da', label: strings('da')['nav.money'], about: strings('da')['home.way.money'] });
  });
});
