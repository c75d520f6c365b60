import { z } from 'astro/zod';
import { parseDocument, isMap, isScalar, LineCounter } from 'yaml';
import { isPartialDate, type PartialDate } from '../dates';
import { ContentError, ContentErrors } from './errors';

/** The key a note cites a source by, e.g. `daryo-2023-08-04`. */
export const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** One source in `content/sources.yaml`. */
export const sourceSchema = z
  .object({
    /** Who published it. */
    publisher: z.string().trim().min(1),
    /** The title exactly as published; omitted when not known. */
    title: z.string().trim().min(1).optional(),
    /** The full address; omitted when only a shortened one is known. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Publication date, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: z
      .string()
      .refine(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    /** The source's language (BCP 47), e.g. `ru`. */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language code').optional(),
    /** What the source is, for editors, when the publisher alone does not say it. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.title !== undefined || s.date !== undefined, {
    message: 'a source needs a url, a title or a date besides its publisher, so that a reader can find it',
  });

/** A validated source. */
export type Source = z.infer<typeof sourceSchema> & { id: string; date?: PartialDate };

/** All sources by id. */
export type SourceRegistry = ReadonlyMap<string, Source>;

/**
 * Parses and validates the source registry. Every problem is reported with the file,
 * the line and the field; the first problem does not hide the others.
 */
export function parseSources(text: string, file: string): SourceRegistry {
  const lineCounter = new LineCounter();
  // `yaml`'s default (YAML 1.2 core) schema keeps `2023-08-03` a string: no Date surprises.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors: ContentError[] = [];
  const where = (offset: number | undefined) => {
    if (offset === undefined) return 'line ?';
    const { line, col } = lineCounter.linePos(offset);
    return `${line}:${col}`;
  };
  for (const e of doc.errors) errors.push(new ContentError(file, where(e.pos[0]), e.message.split('\n')[0]!));
  if (errors.length) throw new ContentErrors(errors);

  const registry = new Map<string, Source>();
  if (!isMap(doc.contents)) throw new ContentErrors([new ContentError(file, '1:1', 'expected a mapping of source ids to sources')]);
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const id = isScalar(keyNode) ? String(keyNode.value) : '';
    const place = where(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
    if (!SOURCE_ID.test(id)) {
      errors.push(new ContentError(file, place, `source id "${id}" must be lower-case letters, digits and hyphens`));
      continue;
    }
    const parsed = sourceSchema.safeParse((pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? pair.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? issue.path.join('.') : '(entry)';
        errors.push(new ContentError(file, place, `source "${id}", field ${field}: ${issue.message}`));
      }
      continue;
    }
    registry.set(id, { id, ...parsed.data });
  }
  if (errors.length) throw new ContentErrors(errors);
  return registry;
}
