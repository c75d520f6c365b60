import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/edition/article-schema';
import { parseEdition } from '../../../src/lib/edition/edition';

const original = {
  lang: 'da',
  title: 'En titel her',
  description: 'En beskrivelse der er lang nok til at blive godkendt af skemaet.',
  original: {
    publisher: 'B.T.',
    url: 'https://www.bt.dk/x',
    published: '2023-08',
    basedOn: { publisher: 'Reuters', date: new Date('2023-08-03T00:00:00Z') },
  },
};

const issues = (value: unknown) => {
  const r = articleSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('article frontmatter', () => {
  it('accepts the original with a month-precision date and a YAML date', () => {
    const r = articleSchema.parse(original);
    expect(r.original?.published).toBe('2023-08');
    expect(r.original?.basedOn.date).toBe('2023-08-03');
  });

  it('refuses to invent a day: publication is month precision', () => {
    expect(issues({ ...original, original: { ...original.original, published: '2023-08-15' } })[0]).toMatch(/^original.published: expected a date as YYYY-MM/);
  });

  it('needs exactly one of original or translation', () => {
    expect(issues({ ...original, translation: { from: 'en', reviewed: false } })).toContainEqual(expect.stringMatching(/^original: a version needs exactly one/));
    const { original: _o, ...bare } = original;
    expect(issues(bare)).toContainEqual(expect.stringMatching(/^original: a version needs exactly one/));
    expect(issues({ ...bare, lang: 'en', translation: { from: 'en', reviewed: false } })).toContainEqual('translation.from: a translation cannot be from its own language');
  });

  it('names missing and mistyped fields', () => {
    expect(issues({ ...original, lang: 'de' })[0]).toMatch(/^lang: /);
    expect(issues({ ...original, title: undefined })[0]).toMatch(/^title: /);
    expect(issues({ ...original, extra: 1 })[0]).toMatch(/extra/);
    expect(issues({ ...original, original: { ...original.original, url: 'http://insecure.example' } })[0]).toMatch(/^original.url/);
  });
});

describe('edition data', () => {
  it('needs a full date', () => {
    expect(parseEdition({ date: '2026-11-25' }).date).toBe('2026-11-25');
    expect(() => parseEdition({ date: '2026-11' })).toThrow('content/edition.json: date: expected the edition date as YYYY-MM-DD');
  });
});
