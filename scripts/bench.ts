// `npm run bench`: the measured performance targets, on the production build served with
// gzip on 127.0.0.1. Not part of `npm test`; takes several minutes. Writes BENCHMARKS.md.
//   1. builds the site in a throwaway copy (or measures --dist <dir>),
//   2. first view of each guide without a tool (HTML + CSS + JS, gzip),
//   3. Lighthouse (mobile) on the home page, a guide and each tool page,
//   4. search latency in Chromium, online and then offline (service worker, server stopped),
//   5. saved data at scale: 10, 100 and 500 realistic interviews at 4× CPU slowdown,
//      the quota warning, and a backup of everything downloaded and restored,
//   6. build scale: 100 and 1,000 generated guides, each built in its own copy.
// Options: --dist <dir>  --port <n> (4410)  --out <file> (BENCHMARKS.md)  --sizes 100,1000
//          --lighthouse-runs <n> (3)  --skip-scale  --skip-lighthouse  --skip-search  --skip-storage
//          --interviews 10,100,500  --keep
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../tests/support/browser.ts';
import {
  firstViewBytes,
  guidesWithoutTool,
  transferredBytes,
  type FirstView,
} from './bench/first-view.ts';
import { startGzipServer, type GzipServer } from './bench/gzip-server.ts';
import { lighthouseAvailable, runLighthouse, type LighthouseScores } from './bench/lighthouse.ts';
import { describeMachine, load } from './bench/machine.ts';
import { consoleTable, markdown, type BenchResults, type Measured } from './bench/report.ts';
import { measureDist, scaleRun, type ScaleResult } from './bench/scale.ts';
import {
  headerLatency,
  searchPageLatency,
  waitForOfflineCopy,
  type SearchRun,
} from './bench/search-latency.ts';
import { backupRun, quotaRun, storageRun, type StorageRun } from './bench/storage-scale.ts';
import type { StorageResults } from './bench/report.ts';
import {
  buildSite,
  makeWorkdir,
  removeAllWorkdirs,
  removeWorkdir,
  type BuildTimes,
} from './bench/workdir.ts';
import { TOOLS } from '../src/lib/site/tool-catalog.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string', default: '4410' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    sizes: { type: 'string', default: '100,1000' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'skip-scale': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-storage': { type: 'boolean', default: false },
    interviews: { type: 'string', default: '10,100,500' },
    keep: { type: 'boolean', default: false },
  },
});
const port = Number(opts.port);
const origin = `http://127.0.0.1:${port}`;
const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (line: string) => console.log(line);
const loads: Record<string, number> = { start: load() };
// Temporary copies go however the bench ends (Ctrl+C included), unless --keep.
if (!opts.keep) process.on('exit', removeAllWorkdirs);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
const skipped = <T>(reason: string): Measured<T> => ({ ok: false, reason });
const errorText = (e: unknown) =>
  (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 3).join(' ');

/** What search-ui.ts waits between a keystroke and its search, read from the source. */
function debounceNote(): string {
  const src = readFileSync(join(root, 'src/scripts/search-ui.ts'), 'utf8');
  const named = /\b(\w*DEBOUNCE\w*)\s*=\s*(\d+)/i.exec(src);
  if (named) return `\`src/scripts/search-ui.ts\` sets ${named[1]} = ${named[2]} ms.`;
  if (/setTimeout|debounce/i.test(src))
    return '`src/scripts/search-ui.ts` uses a timer (see the source for its delay).';
  return (
    'none. `src/scripts/search-ui.ts` searches on every `input` event (no timer) and drops the results of any query a newer ' +
    "one has overtaken, so nothing is shown out of order. Pagefind's 300 ms default belongs to its `debouncedSearch()` and " +
    'its ready-made UI, which the site does not use.'
  );
}

// 1. The build to measure.
let dist: string;
let siteNote: string;
let workdir: string | undefined;
let siteTimes: BuildTimes | undefined;
if (opts.dist) {
  dist = resolve(opts.dist);
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} has no index.html: build it first.`);
  siteNote = `The build measured is the existing ${opts.dist}/ (--dist).`;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(
    readFileSync(join(dist, 'index.html'), 'utf8'),
  )?.[1];
  if (canonical && new URL(canonical).origin !== origin) {
    log(
      `Note: ${opts.dist} was built for ${new URL(canonical).origin}, not ${origin}; Lighthouse's canonical check may differ.`,
    );
  }
} else {
  log('Building the site in a temporary copy…');
  loads['site build'] = load();
  workdir = makeWorkdir(root, 'site');
  siteTimes = await buildSite(workdir, { SITE_URL: origin });
  dist = join(workdir, 'dist');
  siteNote = `The build measured was made by the bench in a temporary copy of the project with SITE_URL=${origin}.`;
  log(`  built in ${(siteTimes.total / 1000).toFixed(1)} s (${workdir})`);
}

const guideSlugs = readdirSync(join(dist, 'guides'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(dist, 'guides', d.name, 'index.html')))
  .map((d) => d.name)
  .sort();
const scale: ScaleResult[] = [];
if (siteTimes)
  scale.push({
    guides: guideSlugs.length,
    words: undefined,
    times: siteTimes,
    ...measureDist(dist, guideSlugs.includes('playbook') ? 'playbook' : guideSlugs[0]!),
  });

const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
let server: GzipServer | undefined = await startGzipServer(dist, port);
log(`Serving ${dist} with gzip at ${origin}/`);

// 2. First view.
let firstView: Measured<FirstView[]>;
try {
  loads['first view'] = load();
  const plain = guidesWithoutTool(dist, guideSlugs);
  const rows: FirstView[] = [];
  for (const [i, slug] of plain.entries()) {
    const path = `guides/${slug}/`;
    // Chromium's check for the first few; a --dist with hundreds of guides would take long.
    rows.push({
      ...firstViewBytes(dist, path),
      transferred: i < 5 ? await transferredBytes(browser, origin, path) : undefined,
    });
  }
  firstView = rows.length ? { ok: true, value: rows } : skipped('every guide embeds a tool');
  for (const r of rows)
    log(
      `  first view /${r.page}: ${r.total} B gzip (HTML ${r.html}, CSS ${r.css}, JS ${r.js}); Chromium received ${r.transferred} B`,
    );
} catch (e) {
  firstView = skipped(errorText(e));
}

// 3. Lighthouse.
let lighthouse: Measured<LighthouseScores[]>;
if (opts['skip-lighthouse']) lighthouse = skipped('skipped with --skip-lighthouse');
else {
  const missing = await lighthouseAvailable();
  if (missing) lighthouse = skipped(missing);
  else {
    try {
      loads.lighthouse = load();
      const paths = [
        '',
        'guides/playbook/',
        'tools/',
        ...TOOLS.map((t) => `tools/${t.slug}/`),
        'workspace/',
        'workspace/application/',
        'workspace/debrief/',
        'workspace/search/',
        'search/',
        // Not offline/: it is kept out of search engines on purpose (noindex), which
        // Lighthouse's SEO score counts against it.
      ].filter((p) => existsSync(join(dist, p, 'index.html')));
      log(`Lighthouse (mobile) on ${paths.length} pages…`);
      lighthouse = {
        ok: true,
        value: await runLighthouse(executable, origin, paths, Number(opts['lighthouse-runs']), log),
      };
    } catch (e) {
      lighthouse = skipped(errorText(e));
    }
  }
}

// 4. Search latency, online then offline.
let searchOnline: Measured<SearchRun[]>;
let searchOffline: Measured<SearchRun[]>;
if (opts['skip-search']) {
  searchOnline = skipped('skipped with --skip-search');
  searchOffline = skipped('skipped with --skip-search');
} else {
  try {
    loads['search online'] = load();
    log('Search latency, online…');
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const runs = [await searchPageLatency(context, origin), await headerLatency(context, origin)];
    await context.close();
    searchOnline = { ok: true, value: runs };
    for (const r of runs)
      log(
        `  ${r.where}: median ${r.medianPainted.toFixed(1)} ms to the painted first result (shown ${r.medianShown.toFixed(1)} ms)`,
      );
  } catch (e) {
    searchOnline = skipped(errorText(e));
  }
  if (!existsSync(join(dist, 'sw.js'))) {
    searchOffline = skipped(
      'the build has no sw.js (no service worker), so the site cannot work offline',
    );
    log('Search latency offline: skipped, the build has no service worker (sw.js).');
  } else {
    try {
      loads['search offline'] = load();
      log('Search latency, offline: waiting for the service worker to save the site…');
      const expected = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)]
        .length;
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const saved = await waitForOfflineCopy(context, origin, expected);
      await server.close();
      server = undefined;
      const down = await fetch(`${origin}/`).then(
        () => false,
        () => true,
      );
      if (!down) throw new Error('the server still answers after being stopped');
      log(`  ${saved} files saved; server stopped`);
      const runs = [await searchPageLatency(context, origin), await headerLatency(context, origin)];
      await context.close();
      searchOffline = { ok: true, value: runs };
      for (const r of runs)
        log(
          `  ${r.where}: median ${r.medianPainted.toFixed(1)} ms to the painted first result (shown ${r.medianShown.toFixed(1)} ms)`,
        );
    } catch (e) {
      searchOffline = skipped(errorText(e));
    }
  }
}
// 5. Saved data at scale (needs the server up again if search stopped it).
let storage: Measured<StorageResults>;
if (opts['skip-storage']) storage = skipped('skipped with --skip-storage');
else {
  try {
    loads['saved data'] = load();
    server ??= await startGzipServer(dist, port);
    log('Saved data at scale…');
    const runs: StorageRun[] = [];
    for (const n of opts.interviews
      .split(',')
      .map(Number)
      .filter((x) => x > 0))
      runs.push(await storageRun(browser, origin, n, log));
    const quota = await quotaRun(browser, origin);
    log(`  quota: ${quota.notice ? 'warned' : 'NOT warned'} at ${quota.storedChars} characters`);
    const backup = await backupRun(browser, origin, Math.max(...runs.map((r) => r.interviews)));
    log(
      `  backup of ${backup.interviews} interviews: ${backup.fileBytes} B, restored ${backup.restoredInterviews} in ${backup.restoreMs} ms, identical: ${backup.identical}`,
    );
    storage = { ok: true, value: { runs, quota, backup } };
  } catch (e) {
    storage = skipped(errorText(e));
  }
}
await server?.close();
await browser.close();
if (workdir && !opts.keep) removeWorkdir(workdir);
else if (workdir) log(`Kept ${workdir}`);

// 6. Build scale.
let scaleSkipped: string | undefined;
if (opts['skip-scale']) scaleSkipped = 'skipped with --skip-scale';
else {
  for (const n of opts.sizes
    .split(',')
    .map(Number)
    .filter((x) => x > 0)) {
    loads[`${n} guides`] = load();
    log(`Build scale: ${n} guides…`);
    try {
      const r = await scaleRun(root, n, opts.keep, log);
      scale.push(r);
      log(
        `  ${n} guides: ${(r.times.total / 1000).toFixed(1)} s; Pagefind ${(r.pagefindBytes / 1024).toFixed(0)} KB; ${r.refGuide} ${r.refHtmlGzip} B gzip`,
      );
    } catch (e) {
      scaleSkipped = `${scaleSkipped ? `${scaleSkipped}; ` : ''}${n} guides failed: ${errorText(e)}`;
      log(`  failed: ${errorText(e)}`);
    }
  }
}
if (!siteTimes && !opts['skip-scale']) {
  scaleSkipped = `${scaleSkipped ? `${scaleSkipped}; ` : ''}the real site's build time is not measured with --dist`;
}

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  command: [
    'npm run bench',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' '),
  machine: describeMachine(root, executable),
  loads,
  origin,
  site: siteNote,
  debounce: debounceNote(),
  firstView,
  lighthouse,
  searchOnline,
  searchOffline,
  scale,
  scaleSkipped,
  storage,
};
log('');
log(consoleTable(results));
const out = resolve(opts.out);
writeFileSync(out, markdown(results));
log(`\nWrote ${out}`);
