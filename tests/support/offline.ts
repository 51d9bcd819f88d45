// What the offline tests share: stopping their own server for real, and waiting until the
// service worker holds the whole precache.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * Stops a server started by the test and proves it is down: Playwright's setOffline()
 * does not stop a service worker's own fetches, so only a dead server shows that the
 * saved copy, not the network, answers.
 */
export async function stopServer(server: ChildProcess, origin: string): Promise<void> {
  if (server.exitCode === null && server.signalCode === null) {
    server.kill();
    await once(server, 'exit');
  }
  await expect(fetch(origin), 'the server is really down').rejects.toThrow();
}

/** The files this build's service worker precaches (from dist/sw.js). */
export function precacheUrls(dir = 'dist'): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
}

/** Waits until the page is controlled by an active worker whose precache holds every file. */
export async function waitForOfflineCopy(page: Page, expected: number): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'));
          return name ? (await (await caches.open(name)).keys()).length : 0;
        }),
      { message: 'every precache entry is stored' },
    )
    .toBe(expected);
}
