import { existsSync, readFileSync } from 'node:fs';
import { CONTEXT_FILES, parseClaims, parseTimeline } from '../../context/load';
import type { Claim, TimelineEvent } from '../../context/schemas';
import type { ContentError } from '../../core/errors';
import { checkStrings, stringsFile } from '../../i18n/strings';
import { loadMoney, type MoneyData } from '../../money/load';
import { loadSourceRegistry } from '../../sources/load';
import type { SourceRegistry } from '../../sources/sources';
import { parseEdition } from '../edition';
import { loadUpdates } from '../updates';
import { parseJson, type Attempt } from './tree';

/**
 * The data files of a content tree, each read by the loader the site uses. Data that
 * needs data that failed (the money data, the claims and the timeline need the source
 * registry) is left out rather than reporting consequences of a problem already reported.
 */
export interface TreeData {
  sources?: SourceRegistry;
  money?: MoneyData;
  claims?: Claim[];
  timeline?: TimelineEvent[];
}

/**
 * The UI strings of `languages` (`src/lib/i18n/strings/<lang>.json` under `dir`): each file
 * that exists must be JSON, and when they all read, every language must be complete.
 */
export function checkStringsFiles(dir: string, languages: readonly string[], attempt: Attempt): ContentError[] {
  const strings: Record<string, Record<string, unknown> | undefined> = {};
  for (const lang of languages) {
    const file = stringsFile(lang);
    if (existsSync(`${dir}/${file}`)) strings[lang] = attempt(file, () => parseJson(readFileSync(`${dir}/${file}`, 'utf8'), file) as Record<string, unknown>);
  }
  return languages.every((l) => !existsSync(`${dir}/${stringsFile(l)}`) || strings[l]) ? checkStrings(strings, languages) : [];
}

/** Reads and validates the edition, the changelog, the sources, the money data, the claims and the timeline. */
export function loadTreeData(dir: string, attempt: Attempt): TreeData {
  const read = (file: string) => readFileSync(`${dir}/${file}`, 'utf8');
  attempt('content/edition.json', () => parseEdition(parseJson(read('content/edition.json'), 'content/edition.json')));
  attempt('content/updates.yaml', () => loadUpdates(dir));
  const sources = attempt('content/sources', () => loadSourceRegistry(dir));
  if (!sources) return {};
  const money = attempt('content/money', () => loadMoney(dir, sources));
  const claims = attempt(CONTEXT_FILES.claims, () => parseClaims(read(CONTEXT_FILES.claims), CONTEXT_FILES.claims, sources));
  const timeline = attempt(CONTEXT_FILES.timeline, () => parseTimeline(read(CONTEXT_FILES.timeline), CONTEXT_FILES.timeline, sources));
  return { sources, ...(money ? { money } : {}), ...(claims ? { claims } : {}), ...(timeline ? { timeline } : {}) };
}
