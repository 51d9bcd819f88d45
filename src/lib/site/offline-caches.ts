// The caches beside the service worker's precache, named once for the worker and the
// page's "Save all guides for offline": pages saved as they are read, and Pagefind files
// saved as searches need them.

/** Pages (guides) saved as read or on request, kept across deploys and refreshed when read online. */
export const PAGES = 'fuk-pages';
/** Pagefind's index and result files saved as searches need them (names carry their content hash). */
export const SEARCH = 'fuk-search';

/**
 * The key a page is saved under: its URL without query or hash, and as the folder a
 * static host serves ("/guides/linkedin/" for ".../index.html" or "/guides/linkedin").
 */
export function pageKey(url: string): string {
  const u = new URL(url);
  let path = u.pathname.replace(/index\.html$/, '');
  if (!path.endsWith('/')) path += '/';
  return `${u.origin}${path}`;
}

/** The cache a file of "Save all guides" goes into, by its URL relative to the base. */
export function cacheFor(relativeUrl: string): string {
  return relativeUrl.startsWith('pagefind/') ? SEARCH : PAGES;
}
