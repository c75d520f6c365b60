import { checkClaimMarks, checkClaims, checkSidebars, type SidebarEntry } from '../../context/check';
import { CONTEXT_FILES } from '../../context/load';
import type { Claim, SidebarData } from '../../context/schemas';
import type { ContentError } from '../../core/errors';
import type { SourceRegistry } from '../../sources/sources';
import { versionsOf, type Story } from '../stories';
import type { CheckedVersion } from './cross-language';
import type { Document } from './document';

/**
 * The sidebars and the claims against the story the context pages are about: each sidebar
 * beside a paragraph the original has, citing known sources, in every language of the
 * story; each claim's quote found in the paragraph it names, in every language. Sidebars
 * whose frontmatter failed are left out (already reported); so are the claims when they
 * did not load (`claims` undefined).
 */
export function checkContext(story: Story<CheckedVersion>, sidebars: readonly Document<SidebarData>[], sources: SourceRegistry, claims: readonly Claim[] | undefined): ContentError[] {
  const all = versionsOf(story);
  const broken = new Set(sidebars.filter((s) => !s.data).map((s) => s.name));
  const entries: SidebarEntry[] = sidebars.flatMap((s) => (s.data && !broken.has(s.name) ? [{ id: s.name, file: s.file, folder: s.folder, data: s.data }] : []));
  return [
    ...checkSidebars(entries, new Set(story.original.annotations.paragraphKeys), (id) => sources.has(id), all.map((v) => v.data.lang)),
    ...(claims ? checkClaims(claims, CONTEXT_FILES.claims, new Map(all.map((v) => [v.data.lang, new Map(Object.entries(v.annotations.paragraphTexts))]))) : []),
    ...(claims ? all.flatMap((v) => checkClaimMarks(claims, CONTEXT_FILES.claims, v.data.lang, v.html)) : []),
  ];
}
