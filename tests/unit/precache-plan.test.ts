import { describe, expect, it } from 'vitest';
import { PAGES, SEARCH, cacheFor, pageKey } from '../../src/lib/site/offline-caches';
import {
  FIRST_VISIT_BUDGET,
  planPrecache,
  tierOf,
  type BuiltFile,
} from '../../src/lib/site/precache-plan';

const shell: BuiltFile[] = [
  { url: 'index.html', transfer: 5_000 },
  { url: 'tools/thank-you-email/index.html', transfer: 6_000 },
  { url: '_astro/preact.abc.js', transfer: 6_000 },
  { url: 'pagefind/pagefind.js', transfer: 12_000 },
  { url: 'pagefind/wasm.en.pagefind', transfer: 60_000 },
  { url: 'pagefind/filter/en_1.pf_filter', transfer: 200 },
  { url: 'offline/index.html', transfer: 3_000 },
];
/** N guides of 6 KB each with a 4 KB fragment, and an index of `indexBytes` in 10 chunks. */
function site(n: number, indexBytes: number): BuiltFile[] {
  return [
    ...shell,
    ...Array.from({ length: 10 }, (_, i) => ({
      url: `pagefind/index/en_${i}.pf_index`,
      transfer: indexBytes / 10,
    })),
    ...Array.from({ length: n }, (_, i) => [
      { url: `guides/guide-${i}/index.html`, transfer: 6_000 },
      { url: `pagefind/fragment/en_${i}.pf_fragment`, transfer: 4_000 },
    ]).flat(),
  ];
}

describe('tierOf', () => {
  it('puts guides and their fragments together, the index apart, and the rest in the shell', () => {
    expect(tierOf('guides/linkedin/index.html')).toBe('guides');
    expect(tierOf('pagefind/fragment/en_1.pf_fragment')).toBe('guides');
    expect(tierOf('pagefind/index/en_1.pf_index')).toBe('search-index');
    expect(tierOf('pagefind/filter/en_1.pf_filter')).toBe('shell');
    expect(tierOf('tools/hiring-timeline/index.html')).toBe('shell');
    expect(tierOf('workspace/index.html')).toBe('shell');
    expect(tierOf('_astro/site.js')).toBe('shell');
  });
});

describe('planPrecache', () => {
  it('saves everything ahead when the whole site fits (the real site: a dozen guides)', () => {
    const files = site(14, 60_000);
    const plan = planPrecache(files);
    expect(plan.precache).toHaveLength(files.length);
    expect(plan.later).toEqual([]);
    expect(plan.included).toEqual(['search-index', 'guides']);
    expect(plan.precacheBytes).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  });

  it('at 1,000 guides saves the shell and the index ahead, and leaves the guides for later', () => {
    const plan = planPrecache(site(1000, 400_000));
    expect(plan.included).toEqual(['search-index']);
    expect(plan.precacheBytes).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    expect(plan.later).toHaveLength(2000);
    expect(plan.laterBytes).toBe(10_000_000);
    expect(plan.precache).not.toContain('guides/guide-0/index.html');
    expect(plan.precache).toContain('tools/thank-you-email/index.html');
  });

  it('never saves guides without the index that finds them, nor half an index', () => {
    const plan = planPrecache(site(10, 2_000_000));
    expect(plan.included).toEqual([]);
    expect(plan.precache.some((u) => u.startsWith('pagefind/index/'))).toBe(false);
    expect(plan.precache.some((u) => u.startsWith('guides/'))).toBe(false);
    // The shell is saved whatever it weighs: the tools must work offline.
    expect(plan.precache).toEqual(shell.map((f) => f.url));
  });
});

describe('offline caches', () => {
  it('saves a page under its folder URL, whatever form it was asked for in', () => {
    for (const url of [
      'https://x.example/guides/linkedin/',
      'https://x.example/guides/linkedin/index.html',
      'https://x.example/guides/linkedin',
      'https://x.example/guides/linkedin/?q=1#top',
    ])
      expect(pageKey(url)).toBe('https://x.example/guides/linkedin/');
    expect(pageKey('https://x.example/follow-up/')).toBe('https://x.example/follow-up/');
  });
  it('sends Pagefind files to the search cache and pages to the page cache', () => {
    expect(cacheFor('pagefind/fragment/en_1.pf_fragment')).toBe(SEARCH);
    expect(cacheFor('guides/linkedin/index.html')).toBe(PAGES);
  });
});
