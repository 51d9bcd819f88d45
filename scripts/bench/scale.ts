// Build scale: the production build of the site with N generated guides in place of the
// real ones, in a throwaway copy: wall time of each build step, Pagefind's index size,
// and how big one guide's HTML is, to show it does not grow with N.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, makeWorkdir, removeWorkdir, type BuildTimes } from './workdir.ts';
import { corpusWords, replaceGuides, slugFor } from './generate-guides.ts';

export interface ScaleResult {
  guides: number;
  /** Average words per guide body. */
  words: number | undefined;
  times: BuildTimes;
  /** Bytes of dist/pagefind, and how many files it holds. */
  pagefindBytes: number;
  pagefindFiles: number;
  /**
   * Bytes of the index itself (fragment/, index/, filter/, the .pf_meta file and
   * pagefind-entry.json): what grows with the content. The rest is Pagefind's fixed code.
   */
  pagefindIndexBytes: number;
  /** The guide compared across sizes, and the gzip bytes of its HTML and of its sidebar. */
  refGuide: string;
  refHtmlGzip: number;
  refSidebarGzip: number;
  refSidebarLinks: number;
  /** The largest guide page, gzip. */
  maxGuideHtmlGzip: number;
  /** The home page, gzip: it lists every guide, so it does grow. */
  homeHtmlGzip: number;
  /** What the service worker saves for offline use on the first visit: files and bytes (as stored). */
  precacheFiles: number;
  precacheBytes: number;
}

/** The guide compared across sizes: the same generated text at 100 and 1,000 guides. */
export const REF_INDEX = 50;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = dirSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Measures a built dist/: Pagefind's size and the guide pages' HTML. */
export function measureDist(
  dist: string,
  refSlug: string,
): Omit<ScaleResult, 'guides' | 'words' | 'times'> {
  const pf = dirSize(join(dist, 'pagefind'));
  let pagefindIndexBytes = 0;
  for (const name of readdirSync(join(dist, 'pagefind'))) {
    const p = join(dist, 'pagefind', name);
    if (['fragment', 'index', 'filter'].includes(name)) pagefindIndexBytes += dirSize(p).bytes;
    else if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json')
      pagefindIndexBytes += statSync(p).size;
  }
  let maxGuideHtmlGzip = 0;
  for (const slug of readdirSync(join(dist, 'guides'))) {
    const file = join(dist, 'guides', slug, 'index.html');
    try {
      maxGuideHtmlGzip = Math.max(maxGuideHtmlGzip, gz(readFileSync(file)));
    } catch {
      // Not a guide page.
    }
  }
  let precacheFiles = 0;
  let precacheBytes = 0;
  try {
    for (const m of readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)) {
      precacheFiles += 1;
      precacheBytes += statSync(join(dist, decodeURIComponent(m[1]!))).size;
    }
  } catch {
    // No service worker in this build.
  }
  const html = readFileSync(join(dist, 'guides', refSlug, 'index.html'), 'utf8');
  const sidebar = /<details class="sidebar">[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
  return {
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
    pagefindIndexBytes,
    refGuide: refSlug,
    refHtmlGzip: gz(html),
    refSidebarGzip: gz(sidebar),
    refSidebarLinks: (sidebar.match(/<a /g) ?? []).length,
    maxGuideHtmlGzip,
    homeHtmlGzip: gz(readFileSync(join(dist, 'index.html'))),
    precacheFiles,
    precacheBytes,
  };
}

/** Builds the site with `n` generated guides in a fresh copy of `root`, and measures it. */
export async function scaleRun(
  root: string,
  n: number,
  keep: boolean,
  log: (s: string) => void,
): Promise<ScaleResult> {
  const dir = makeWorkdir(root, `scale-${n}`);
  try {
    const corpus = corpusWords(join(root, 'src', 'content', 'guides'));
    const { words } = replaceGuides(dir, n, corpus);
    log(`  ${n} guides generated in ${dir} (about ${words} words each); building…`);
    const times = await buildSite(dir);
    const measured = measureDist(join(dir, 'dist'), slugFor(Math.min(REF_INDEX, n)));
    return { guides: n, words, times, ...measured };
  } finally {
    if (keep) log(`  kept ${dir}`);
    else removeWorkdir(dir);
  }
}
