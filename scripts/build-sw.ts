// Writes the service worker into the built site: run by `npm run build` and
// `npm run build:subpath` after Pagefind, so its index is in the precache.
// Reads OUT_DIR and BASE_PATH as astro.config.mjs does.
//   1. esbuild bundles src/sw/service-worker.ts (Workbox's precaching and routing).
//   2. workbox-build lists the files to save for offline use, each with a revision
//      (hash of its content), and writes that list into the bundle as <out>/sw.js.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { normaliseBase } from '../src/lib/site/base-path.ts';

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
  const { manifestEntries } = await getManifest(globbing);
  const urls = new Set(manifestEntries.map((e) => e.url));
  const required = [
    'index.html',
    'offline/index.html',
    'manifest.webmanifest',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-worker.js',
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

  const { count, size, warnings } = await injectManifest({
    ...globbing,
    swSrc: bundled,
    swDest: join(outDir, 'sw.js'),
  });
  for (const w of warnings) console.warn(`build-sw: ${w}`);

  const sw = await readFile(join(outDir, 'sw.js'));
  console.log(
    `build-sw: ${join(outDir, 'sw.js')} for ${base} (${(sw.length / 1024).toFixed(1)} KB, ${(gzipSync(sw).length / 1024).toFixed(1)} KB gzip) ` +
      `precaches ${count} files, ${(size / 1024).toFixed(0)} KB`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
