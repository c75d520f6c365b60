/**
 * The page's #fragment, decoded. A malformed escape (#%E0%A4%A, from a broken link or a
 * mangled paste) must not throw: a URIError would stop every enhancement bundled after the
 * caller. Such a hash is used as written; it then simply matches no element.
 */
export function currentHash(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The address to give others for a link on this page. Over HTTP(S) it is the link itself.
 * From an offline copy (file://) it would be the reader's own disk path, often with their
 * user name, and useless to the recipient: there it is the page's canonical address plus
 * the link's query (the reader's layers) and #fragment, or nothing when the page has no
 * canonical address.
 */
export function shareableUrl(href: string): string | undefined {
  const url = new URL(href, location.href);
  if (url.protocol !== 'file:') return url.href;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!/^https?:/.test(canonical ?? '')) return undefined;
  const shared = new URL(canonical!);
  shared.search = url.search;
  shared.hash = url.hash;
  return shared.href;
}
