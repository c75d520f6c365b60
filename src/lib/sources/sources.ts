import { z } from 'astro/zod';
import { isPartialDate, type PartialDate } from '../core/dates';
import { textOrLocalised } from '../core/schema-parts';
import { parseYamlMap } from '../core/yaml-map';

/** One source in `content/sources/*.yaml`. */
export const sourceSchema = z
  .object({
    /**
     * Who published it: a name, the same in every language (`ORF`, `TASR via Teraz.sk`),
     * or, where it describes rather than names, one text per language
     * (`{ da: Statista med tal fra OECD, en: Statista, citing the OECD }`). Readers see it.
     */
    publisher: textOrLocalised,
    /** The title exactly as published; omitted when not known. */
    title: z.string().trim().min(1).optional(),
    /** The full address; omitted when only a shortened one is known. */
    url: z.url({ protocol: /^https?$/, error: 'only https:// or http:// addresses: write the full address, such as https://example.org/page' }).optional(),
    /** Publication date, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: z
      .string()
      .refine(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    /** The source's language (BCP 47), e.g. `ru`. */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language code').optional(),
    /** What the source is, in English, for editors only (never rendered), when the publisher alone does not say it. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.title !== undefined || s.date !== undefined || s.note !== undefined, {
    message: 'a source needs a url, a title, a date or a note on where to find it, besides its publisher',
  });

/** A validated source. */
export type Source = z.infer<typeof sourceSchema> & { id: string; date?: PartialDate };

/** All sources by id. */
export type SourceRegistry = ReadonlyMap<string, Source>;

/**
 * Parses and validates the source registry. Every problem is reported with the file,
 * the line of the field itself (a bad `url` at the url) and the field; the first problem does not hide the others.
 */
export function parseSources(text: string, file: string): SourceRegistry {
  const registry = new Map<string, Source>();
  for (const [id, { value }] of parseYamlMap(text, file, sourceSchema, { fieldPlaces: true })) registry.set(id, { id, ...value });
  return registry;
}
