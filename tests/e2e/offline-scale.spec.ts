// Offline when the site is too big to save whole on a first visit: the service worker
// saves the shell and the search index, each guide as it is read, and "Save all guides
// for offline" the rest, after saying how much it will download. Built here by running
// scripts/build-sw.ts on a copy of dist/ with a small first-visit budget (the plan of
// src/lib/site/precache-plan.ts), and served by its own server so it can be stopped.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { precacheUrls, stopServer, waitForOfflineCopy } from '../support/offline';
import { startServer } from '../support/serve';

test.use({ serviceWorkers: 'allow' });

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fuk-offline-scale-'));
  cpSync('dist', dir, { recursive: true });
  // Room for the shell and the search index, not for the guides: on 2026-12-05 those two
  // were 492 KB to download (the tone check's weights alone 63 KB) and everything 670 KB.
  execFileSync(process.execPath, ['scripts/build-sw.ts'], {
    env: { ...process.env, OUT_DIR: dir, PRECACHE_BUDGET: '600000' },
    stdio: 'ignore',
  });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a guide read online opens offline, an unread one shows the offline page with "save all", search lists it as not saved; after "save all" every guide and result is there', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const saved = precacheUrls(dir);
  // The build really left the guides out and kept the index (else this test proves nothing).
  expect(saved.some((u) => u.startsWith('pagefind/index/'))).toBe(true);
  expect(saved.some((u) => u.startsWith('guides/'))).toBe(false);
  expect(saved).toContain('tools/thank-you-email/index.html');
  const later = JSON.parse(readFileSync(join(dir, 'offline-later.json'), 'utf8')) as {
    files: string[];
  };
  expect(later.files).toContain('guides/linkedin/index.html');

  const port = Number(process.env.E2E_PORT ?? 4399) - 7;
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = await startServer(dir, port);
  try {
    await page.goto(`${origin}/guides/thank-you-email/`);
    await waitForOfflineCopy(page, saved.length);
    // Read once online, after the worker took over: saved as it was read.
    await page.reload();
    await expect(page.locator('h1')).toHaveText('The thank-you email');
    await stopServer(server, origin);
    server = null;

    // The guide read online opens from the saved copy.
    const again = await page.goto(`${origin}/guides/thank-you-email/`);
    expect(again?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveText('The thank-you email');
    // A tool page was saved ahead.
    await page.goto(`${origin}/tools/hiring-timeline/`);
    await expect(page.locator('h1')).not.toHaveText('You are offline');

    // An unread guide: the offline page, which offers to save every guide.
    await page.goto(`${origin}/guides/linkedin/`);
    await expect(page.locator('h1')).toHaveText('You are offline');
    await expect(page.getByRole('button', { name: 'Save all guides for offline' })).toBeVisible();
    await page.getByRole('button', { name: 'Save all guides for offline' }).click();
    await expect(page.getByRole('status').filter({ hasText: /offline/ })).toContainText(
      'You seem to be offline',
    );

    // Search runs offline on the saved index; a result whose text is not saved says so.
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('LinkedIn');
    const results = page.locator('[data-search-form] .search-results li');
    await expect(results.first()).toContainText('Not saved on this device yet');
    await expect(results.first().getByRole('link').first()).toHaveAttribute('href', /\/guides\//);
    // It offers the way to have every guide next time: "Save all" on the home page.
    await results.first().getByRole('link', { name: 'save all guides' }).click();
    await expect(page.getByRole('heading', { name: 'Read offline' })).toBeVisible();

    // Back online: "Save all" says what it will download, then saves everything.
    server = await startServer(dir, port);
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Save all guides for offline' }).click();
    const status = page.locator('[data-save-status]');
    await expect(status).toContainText(
      /This saves \d+ guides and their search text: about \d+ KB\./,
    );
    await page.getByRole('button', { name: /^Download \d+ KB$/ }).click();
    await expect(status).toHaveText(
      'Done: every guide is saved for offline reading on this device.',
    );
    await expectNoViolations(page, 'save all guides, done');
    // Asked again, nothing is left to save.
    await page.getByRole('button', { name: 'Save all guides for offline' }).click();
    await expect(status).toHaveText(
      'Every guide is already saved for offline reading on this device.',
    );
    await stopServer(server, origin);
    server = null;

    await page.goto(`${origin}/guides/linkedin/`);
    await expect(page.locator('h1')).toHaveText('Connecting with interviewers on LinkedIn');
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('LinkedIn');
    await expect(results.first()).not.toContainText('Not saved on this device yet');
    await expect(results.first().locator('mark').first()).toBeVisible();
  } finally {
    if (server) await stopServer(server, origin);
  }
});

test('"Save all guides" on a slow connection can be stopped halfway, keeps what it saved, and carries on when pressed again', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Its own port: the test above may be running at the same time.
  const port = Number(process.env.E2E_PORT ?? 4399) - 8;
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess = await startServer(dir, port);
  try {
    await page.goto(`${origin}/`);
    await waitForOfflineCopy(page, precacheUrls(dir).length);
    // Each file now takes 400 ms to start arriving, as on a poor mobile connection.
    await stopServer(server, origin);
    server = await startServer(dir, port, ['--delay-ms', '400']);
    const status = page.locator('[data-save-status]');
    await page.getByRole('button', { name: 'Save all guides for offline' }).click();
    await page.getByRole('button', { name: /^Download \d+ KB$/ }).click();
    const stop = page.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeFocused();
    await expect(status).toHaveText(/^Saved [1-9]\d* of \d+ files…$/);
    await stop.press('Enter');
    await expect(status).toHaveText(
      /^Stopped\. \d+ files are saved; the rest are not\. Press again to carry on\.$/,
    );
    const kept = Number((await status.textContent())!.match(/\d+/)![0]);
    expect(kept).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Save all guides for offline' })).toBeFocused();
    // Pressed again, it offers only what is left, and finishes.
    await page.getByRole('button', { name: 'Save all guides for offline' }).click();
    await expect(status).toContainText(/This saves \d+ guides? and their search text/);
    await page.getByRole('button', { name: /^Download \d+ KB$/ }).click();
    await expect(status).toHaveText(
      'Done: every guide is saved for offline reading on this device.',
      { timeout: 60_000 },
    );
  } finally {
    await stopServer(server, origin);
  }
});
