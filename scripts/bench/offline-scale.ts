// Offline at scale: what a first visit to one guide downloads in the background (the
// service worker's precache), what a redeploy of identical content downloads again, and
// what "Save all guides for offline" downloads, with the real guides and with generated
// ones (scripts/bench/generate-guides.ts), each built twice in a throwaway copy and served
// with gzip by scripts/bench/gzip-server.ts, in Chromium.
// Usage: node scripts/bench/offline-scale.ts [--guides real,100,1000] [--port 4490]
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/browser.ts';
import { corpusWords, replaceGuides } from './generate-guides.ts';
import { startGzipServer } from './gzip-server.ts';
import { buildSite, makeWorkdir, removeAllWorkdirs, removeWorkdir } from './workdir.ts';
import { cpSync, readdirSync, readFileSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    guides: { type: 'string', default: 'real,1000' },
    port: { type: 'string', default: '4490' },
  },
});
const root = resolve('.');
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;

/** Bytes over the wire of finished requests: headers and (compressed) body. */
async function transfer(requests: readonly Request[]): Promise<number> {
  let bytes = 0;
  for (const r of requests) {
    const s = await r.sizes().catch(() => null);
    if (s) bytes += s.responseBodySize + s.responseHeadersSize;
  }
  return bytes;
}

/**
 * The requests that reached the network: a page's request answered by the service
 * worker is left out (the worker's own request for it, if any, is counted instead).
 */
async function network(requests: readonly Request[]): Promise<Request[]> {
  const out: Request[] = [];
  for (const r of requests) if (!(await r.response())?.fromServiceWorker()) out.push(r);
  return out;
}

interface Row {
  guides: number;
  workerFiles: number;
  workerBytes: number;
  pageBytes: number;
  redeployFiles: number;
  redeployBytes: number;
  saveAllFiles: number;
  saveAllBytes: number;
}

async function measure(label: string): Promise<Row> {
  const dir = makeWorkdir(root, `offline-${label}`);
  try {
    if (label !== 'real')
      replaceGuides(dir, Number(label), corpusWords(join(root, 'src/content/guides')));
    await buildSite(dir);
    const first = join(dir, 'dist-first');
    cpSync(join(dir, 'dist'), first, { recursive: true });
    // The same content built again: what a redeploy with no change serves.
    await buildSite(dir);
    const guides = readdirSync(join(first, 'guides')).length;
    const sw = readFileSync(join(first, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].length;
    const guide = readdirSync(join(first, 'guides')).sort()[0]!;

    const executablePath = findChromium();
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    });
    let server = await startGzipServer(first, port);
    try {
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const finished: Request[] = [];
      context.on('requestfinished', (r) => finished.push(r));
      const page = await context.newPage();
      await page.goto(`${origin}/guides/${guide}/`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(
        async (n) => {
          const name = (await caches.keys()).find((k) => k.startsWith('workbox-precache'));
          return name ? (await (await caches.open(name)).keys()).length === n : false;
        },
        precached,
        { timeout: 300_000, polling: 500 },
      );
      const reached = await network(finished);
      const worker = reached.filter((r) => r.serviceWorker() !== null);
      const pageRequests = reached.filter((r) => r.serviceWorker() === null);
      const row: Row = {
        guides,
        workerFiles: worker.length,
        workerBytes: await transfer(worker),
        pageBytes: await transfer(pageRequests),
        redeployFiles: 0,
        redeployBytes: 0,
        saveAllFiles: 0,
        saveAllBytes: 0,
      };

      // Redeploy: the second build of the same content, then the browser's update check.
      await server.close();
      server = await startGzipServer(join(dir, 'dist'), port);
      const before = finished.length;
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
      await page.waitForTimeout(3000);
      const redeploy = await network(finished.slice(before));
      row.redeployFiles = redeploy.length;
      row.redeployBytes = await transfer(redeploy);

      // "Save all guides for offline", from the home page.
      await page.goto(`${origin}/`);
      const start = finished.length;
      await page.getByRole('button', { name: 'Save all guides for offline' }).click();
      const status = page.locator('[data-save-status]');
      const download = page.getByRole('button', { name: /^Download / });
      // A site saved whole on the first visit has nothing left to save.
      await download
        .or(status.filter({ hasText: 'already saved' }))
        .first()
        .waitFor();
      if (await download.isVisible()) {
        await download.click();
        await status.filter({ hasText: 'Done' }).waitFor({ timeout: 300_000 });
      }
      const saved = await network(finished.slice(start));
      row.saveAllFiles = saved.length;
      row.saveAllBytes = await transfer(saved);
      await context.close();
      return row;
    } finally {
      await server.close();
      await browser.close();
    }
  } finally {
    removeWorkdir(dir);
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
process.on('exit', removeAllWorkdirs);
const rows: Row[] = [];
for (const label of values.guides.split(',')) {
  console.log(`offline scale: ${label}…`);
  rows.push(await measure(label));
  console.log(JSON.stringify(rows.at(-1)));
}
console.log(
  '| Guides | Worker downloads on the first visit | The page opened | Redeploy of identical content | "Save all guides" |\n| --- | --- | --- | --- | --- |',
);
for (const r of rows)
  console.log(
    `| ${r.guides} | ${kib(r.workerBytes)} (${r.workerFiles} requests) | ${kib(r.pageBytes)} | ${r.redeployFiles} requests, ${kib(r.redeployBytes)} | ${r.saveAllFiles} requests, ${kib(r.saveAllBytes)} |`,
  );
