import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ContentError, ContentErrors } from './errors';
import { ID, quoteName } from './ids';

/** Options for `parseYamlMap`. */
export interface YamlMapOptions {
  /**
   * Report a field's problem at the field's own line and column (a source's bad `url` at
   * the url) rather than at the entry's id. Off by default: the claims, timeline and money
   * files, and their tests, place problems at the entry.
   */
  fieldPlaces?: boolean;
}

/**
 * Parses a YAML file that maps ids to entries and validates each entry with `schema`.
 * Every problem is reported with the file, the entry's line (or the field's, with
 * `fieldPlaces`) and the field; the first problem does not hide the others. YAML 1.2 core
 * schema: `2023-08-03` stays a string.
 */
export function parseYamlMap<S extends z.ZodType>(text: string, file: string, schema: S, options: YamlMapOptions = {}): Map<string, { value: z.output<S>; line: number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return '1:1';
    const { line, col } = lineCounter.linePos(offset);
    return `${line}:${col}`;
  };
  if (doc.errors.length) throw new ContentErrors(doc.errors.map((e) => new ContentError(file, at(e.pos[0]), e.message.split('\n')[0]!)));
  if (!isMap(doc.contents)) throw new ContentErrors([new ContentError(file, '1:1', 'expected a mapping of ids to entries')]);
  const errors: ContentError[] = [];
  const out = new Map<string, { value: z.output<S>; line: number }>();
  for (const pair of doc.contents.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const place = at(offset);
    if (!ID.test(id)) {
      errors.push(new ContentError(file, place, `id ${quoteName(id)} must be lower-case letters, digits and hyphens`));
      continue;
    }
    const raw = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? pair.value;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? issue.path.join('.') : '(entry)';
        // At the field's own line where it is written (a bad url, not the entry's first line).
        const fieldAt = options.fieldPlaces ? fieldOffset(pair.value, issue.path) : undefined;
        errors.push(new ContentError(file, fieldAt === undefined ? place : at(fieldAt), `"${id}", field ${field}: ${issue.message}`));
      }
      continue;
    }
    out.set(id, { value: parsed.data, line: Number(place.split(':')[0]) });
  }
  if (errors.length) throw new ContentErrors(errors);
  return out;
}

/**
 * The offset of the field at `path` inside an entry's YAML node: its key where it is a
 * field (`url:`), the item itself in a list; undefined when it is not written (a missing
 * field is reported at the entry).
 */
function fieldOffset(node: unknown, path: readonly PropertyKey[]): number | undefined {
  let at: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return at;
      at = (pair.key as YamlNode).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      at = (node as YamlNode).range?.[0];
    } else return at;
  }
  return at;
}

/**
 * Parses an id → entry YAML file whose entries cite `sources` (registry ids); every
 * source must be in the registry, or the file fails naming the entry and the id.
 */
export function parseSourcedMap<S extends z.ZodType<{ sources: string[] }>>(
  text: string,
  file: string,
  schema: S,
  registry: { has(id: string): boolean },
): (z.output<S> & { id: string })[] {
  const errors: ContentError[] = [];
  const out: (z.output<S> & { id: string })[] = [];
  for (const [id, { value, line }] of parseYamlMap(text, file, schema)) {
    for (const s of value.sources) {
      if (!registry.has(s)) errors.push(new ContentError(file, `${line}:1`, `"${id}" cites unknown source "${s}" (not in content/sources/*.yaml)`));
    }
    out.push({ id, ...value });
  }
  if (errors.length) throw new ContentErrors(errors);
  return out;
}
