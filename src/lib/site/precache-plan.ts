// What the service worker saves on a first visit, and what waits until it is read or the
// reader asks for everything. The shell (the home, tool and workspace pages, every script
// and style, icons, the offline page and Pagefind's engine) is always saved: the tools and
// search must work offline. The search index and the guides grow with the content, so
// they are saved ahead only while the whole first visit stays within a budget; past it,
// guides are saved as they are read, and "Save all guides for offline" fetches the rest.

/** One file of the build, with the bytes a visitor downloads for it. */
export interface BuiltFile {
  /** Its URL relative to the site's base, e.g. "guides/linkedin/index.html". */
  url: string;
  /** Bytes over the wire: gzip size for text, the size itself for files already compressed. */
  transfer: number;
}

/** Where a file stands in the offline copy. */
export type PrecacheTier = 'shell' | 'search-index' | 'guides';

/** The first visit's downloads, and what is left for "Save all guides". */
export interface PrecachePlan {
  /** Saved on the first visit. */
  precache: string[];
  /** Saved when read, or all at once on request, with their bytes. */
  later: BuiltFile[];
  /** Bytes the first visit downloads in the background. */
  precacheBytes: number;
  /** Bytes "Save all guides" would download. */
  laterBytes: number;
  /** Which optional tiers fitted in the budget. */
  included: PrecacheTier[];
}

/**
 * The first visit's background download is kept under about this many bytes whatever
 * the number of guides: about a minute on a slow mobile connection is too much to spend
 * without asking.
 */
export const FIRST_VISIT_BUDGET = 1024 * 1024;

/** The tier of a built file, by its URL. */
export function tierOf(url: string): PrecacheTier {
  if (/^pagefind\/(index\/|fragment\/)/.test(url)) {
    // A guide's fragment (its title and text for a result) goes with the guides; the
    // index (which words are where) is what a search needs first.
    return url.startsWith('pagefind/index/') ? 'search-index' : 'guides';
  }
  return url.startsWith('guides/') ? 'guides' : 'shell';
}

/**
 * Splits the built files: the shell always; then the search index, then the guides with
 * their search fragments, each tier whole or not at all (half an index finds some words
 * and not others, which reads as broken), while the total stays within `budget`.
 */
export function planPrecache(
  files: readonly BuiltFile[],
  budget: number = FIRST_VISIT_BUDGET,
): PrecachePlan {
  const byTier = (tier: PrecacheTier) => files.filter((f) => tierOf(f.url) === tier);
  const sum = (list: readonly BuiltFile[]) => list.reduce((n, f) => n + f.transfer, 0);
  const precache = [...byTier('shell')];
  let bytes = sum(precache);
  const included: PrecacheTier[] = [];
  const later: BuiltFile[] = [];
  let open = true;
  for (const tier of ['search-index', 'guides'] as const) {
    const list = byTier(tier);
    // A later tier is never saved when an earlier one was left out: guides without the
    // index could be read offline but not found.
    if (open && bytes + sum(list) <= budget) {
      precache.push(...list);
      bytes += sum(list);
      included.push(tier);
    } else {
      open = false;
      later.push(...list);
    }
  }
  return {
    precache: precache.map((f) => f.url),
    later,
    precacheBytes: bytes,
    laterBytes: sum(later),
    included,
  };
}
