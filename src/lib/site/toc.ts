/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table-of-contents entry: an h2 with the h3s under it. */
export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/**
 * Builds a two-level table of contents from a page's headings. h3s before the first
 * h2 are promoted so no heading is lost; deeper levels are left out to keep it short.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2 || (h.depth === 3 && toc.length === 0)) {
      toc.push({ slug: h.slug, text: h.text, children: [] });
    } else if (h.depth === 3) {
      toc[toc.length - 1]!.children.push({ slug: h.slug, text: h.text });
    }
  }
  return toc;
}
