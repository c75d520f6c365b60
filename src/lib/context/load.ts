import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { ContentError, ContentErrors } from '../content/errors';
import type { SourceRegistry } from '../content/sources';
import { parseYamlMap } from '../content/yaml-map';
import { claimSchema, eventSchema, type Claim, type TimelineEvent } from './schemas';

export const CONTEXT_FILES = { claims: 'content/claims.yaml', timeline: 'content/timeline.yaml' } as const;

/** Parses an id → entry YAML file whose entries cite `sources`; every source must be in the registry. */
function parseSourced<S extends z.ZodType<{ sources: string[] }>>(text: string, file: string, schema: S, registry: SourceRegistry): (z.output<S> & { id: string })[] {
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

/** Parses the claims ledger; every source must be in the registry. */
export function parseClaims(text: string, file: string, registry: SourceRegistry): Claim[] {
  return parseSourced(text, file, claimSchema, registry);
}

/** Parses the timeline; every source must be in the registry. */
export function parseTimeline(text: string, file: string, registry: SourceRegistry): TimelineEvent[] {
  return parseSourced(text, file, eventSchema, registry);
}

/** Reads both files under `root`. */
export function loadContext(root: string, registry: SourceRegistry): { claims: Claim[]; timeline: TimelineEvent[] } {
  const read = (f: string) => readFileSync(`${root.replace(/\/$/, '')}/${f}`, 'utf8');
  return {
    claims: parseClaims(read(CONTEXT_FILES.claims), CONTEXT_FILES.claims, registry),
    timeline: parseTimeline(read(CONTEXT_FILES.timeline), CONTEXT_FILES.timeline, registry),
  };
}
