/** Longest `<title>` we emit: longer ones are cut off in tabs and search results. */
export const MAX_TITLE = 70;

/**
 * The document title: "Page · Site" when that fits in `MAX_TITLE` characters, else the
 * page's own title alone (the site name is the part a reader can spare).
 */
export function pageTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  return full.length <= MAX_TITLE ? full : title;
}
