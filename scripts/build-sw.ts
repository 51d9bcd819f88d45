// Writes the service worker into the built site: run by `npm run build` and
// `npm run build:subpath` after Pagefind, so its index is in the precache.
// Reads OUT_DIR and BASE_PATH as astro.config.mjs does.
//   1. esbuild bundles src/sw/service-worker.ts (Workbox's precaching and routing).
//   2. workbox-build lists the built files, each with a revision (hash of its content);
//      src/lib/site/precache-plan.ts picks the ones a first visit saves (the shell, and the
//      search index and guides while they fit in about 1 MB), and that list is written
//      into the bundle as <out>/sw.js.
//   3. offline-later.json lists the rest with their size, for "Save all guides for
//      offline" (fetched only then, online: it is not saved itself); pagefind/titles.json names each search result's page, so offline search
//      can list a result whose text is not saved.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { normaliseBase } from '../src/lib/site/base-path.ts';
import { planPrecache, type BuiltFile } from '../src/lib/site/precache-plan.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const base = normaliseBase(process.env.BASE_PATH);

/**
 * What the offline copy holds: every page and asset, Pagefind's search files, and the
 * list of holiday regions (scripts/build-holidays.ts). One region's holidays are saved
 * when the page first fetches them (src/sw/service-worker.ts), not the 250 files ahead.
 */
const globPatterns = [
  '**/*.{html,js,css,svg,png,ico,webmanifest}',
  'pagefind/**/*',
  'holidays/index.json',
];
const globIgnores = [
  'sw.js',
  // Served by the host for unknown URLs; offline, the worker shows offline/ instead.
  '404.html',
  // Pagefind's ready-made search UIs: the site talks to pagefind.js directly and never
  // loads these (about 430 KB that every visitor would otherwise download).
  'pagefind/pagefind-ui.{js,css}',
  'pagefind/pagefind-modular-ui.{js,css}',
  'pagefind/pagefind-component-ui.{js,css}',
  'pagefind/pagefind-highlight.js',
  // The engine for pages with no language: every page here says lang="en" (55 KB).
  'pagefind/wasm.unknown.pagefind',
];

const tmp = await mkdtemp(join(tmpdir(), 'fuk-sw-'));
try {
  const bundled = join(tmp, 'sw.js');
  await build({
    entryPoints: ['src/sw/service-worker.ts'],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    // Workbox keeps its development logging behind this check.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });

  const globbing = {
    globDirectory: outDir,
    globPatterns,
    globIgnores,
    // Astro's chunks and Pagefind's index files carry a content hash in their names, so
    // their URL is their revision.
    dontCacheBustURLsMatching:
      /^(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
  // Offline search lists a result by its page's title even when the result's text (its
  // fragment) is not saved: fragment id → [url, title], from the fragments themselves.
  const pagefindDir = join(outDir, 'pagefind');
  const fragments = (
    await getManifest({ globDirectory: pagefindDir, globPatterns: ['fragment/*'] })
  ).manifestEntries;
  const titles: Record<string, [string, string]> = {};
  for (const { url } of fragments) {
    const raw = gunzipSync(await readFile(join(pagefindDir, url))).toString('utf8');
    // One page's fragment, or (on bigger sites) a group of them keyed by their hash.
    type Fragment = { url: string; meta?: { title?: string } };
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment | Record<string, Fragment>;
    const id = url.replace(/^fragment\/|\.pf_fragment$/g, '');
    const pages: [string, Fragment][] =
      typeof data.url === 'string'
        ? [[id, data as Fragment]]
        : Object.entries(data as Record<string, Fragment>);
    for (const [hash, page] of pages) titles[hash] = [page.url, page.meta?.title ?? page.url];
  }
  await writeFile(join(pagefindDir, 'titles.json'), JSON.stringify(titles));

  const { manifestEntries } = await getManifest(globbing);
  const urls = new Set(manifestEntries.map((e) => e.url));
  const required = [
    'index.html',
    'offline/index.html',
    'manifest.webmanifest',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-worker.js',
    'pagefind/titles.json',
    'holidays/index.json',
  ];
  const missing = required.filter((u) => !urls.has(u));
  if (
    ![...urls].some((u) => u.endsWith('.pf_fragment')) ||
    ![...urls].some((u) => /^pagefind\/wasm\..+\.pagefind$/.test(u))
  )
    missing.push('the Pagefind index');
  if (missing.length)
    throw new Error(
      `build-sw: the precache lacks ${missing.join(', ')}. Did Pagefind and build-holidays run first?`,
    );

  // What each file costs a visitor: hosts send text gzip-compressed; Pagefind's files
  // and images are compressed already.
  const files: BuiltFile[] = [];
  for (const { url } of manifestEntries) {
    const body = await readFile(join(outDir, url));
    const packed = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind|png|ico)$/.test(url);
    files.push({ url, transfer: packed ? body.length : gzipSync(body).length });
  }
  // PRECACHE_BUDGET (bytes) lets a test build the worker of a site too big to save whole.
  const budget = process.env.PRECACHE_BUDGET ? Number(process.env.PRECACHE_BUDGET) : undefined;
  const plan = planPrecache(files, budget);
  const chosen = new Set(plan.precache);
  const entries = manifestEntries.filter((e) => chosen.has(e.url));
  await writeFile(
    join(outDir, 'offline-later.json'),
    JSON.stringify({ bytes: plan.laterBytes, files: plan.later.map((f) => f.url) }),
  );

  const source = await readFile(bundled, 'utf8');
  if (!source.includes('self.__WB_MANIFEST'))
    throw new Error('build-sw: the bundled worker has no self.__WB_MANIFEST to fill in');
  const sw = Buffer.from(source.replace('self.__WB_MANIFEST', JSON.stringify(entries)));
  await writeFile(join(outDir, 'sw.js'), sw);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `build-sw: ${join(outDir, 'sw.js')} for ${base} (${(sw.length / 1024).toFixed(1)} KB, ${(gzipSync(sw).length / 1024).toFixed(1)} KB gzip) ` +
      `precaches ${entries.length} files, ${kb(plan.precacheBytes)} to download` +
      (plan.later.length
        ? `; ${plan.later.length} files (${kb(plan.laterBytes)}) are saved when read or on request`
        : ''),
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
