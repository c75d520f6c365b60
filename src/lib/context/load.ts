import { readFileSync } from 'node:fs';
import type { SourceRegistry } from '../sources/sources';
import { parseSourcedMap } from '../core/yaml-map';
import { claimSchema, eventSchema, type Claim, type TimelineEvent } from './schemas';

export const CONTEXT_FILES = { claims: 'content/claims.yaml', timeline: 'content/timeline.yaml' } as const;

/** Parses the claims ledger; every source must be in the registry. */
export function parseClaims(text: string, file: string, registry: SourceRegistry): Claim[] {
  return parseSourcedMap(text, file, claimSchema, registry);
}

/** Parses the timeline; every source must be in the registry. */
export function parseTimeline(text: string, file: string, registry: SourceRegistry): TimelineEvent[] {
  return parseSourcedMap(text, file, eventSchema, registry);
}

/** Reads both files under `root`. */
export function loadContext(root: string, registry: SourceRegistry): { claims: Claim[]; timeline: TimelineEvent[] } {
  const read = (f: string) => readFileSync(`${root.replace(/\/$/, '')}/${f}`, 'utf8');
  return {
    claims: parseClaims(read(CONTEXT_FILES.claims), CONTEXT_FILES.claims, registry),
    timeline: parseTimeline(read(CONTEXT_FILES.timeline), CONTEXT_FILES.timeline, registry),
  };
}
