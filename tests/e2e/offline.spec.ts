import { execFileSync } from 'node:child_process';
import { startServer } from '../support/serve';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/browser';
import { expectNoViolations } from '../support/axe';
import { GUIDE_SLUGS, sitemapPaths } from '../support/sitemap';
import { sampleWorkspace, seedStorage, tabTo, WORKSPACE_KEY } from '../support/tools';
import { precacheUrls, stopServer, waitForOfflineCopy } from '../support/offline';

// Offline and installable. Each test runs its own copy of the static server so it can
// stop it: Playwright's setOffline() does not stop a service worker's own fetches, so
// only a dead server proves that the saved copy, not the network, answers.
test.use({ serviceWorkers: 'allow' });

/** Chromium's reading of the linked manifest: no errors, the name, PNG icons of 192 and 512 px and a maskable one. */
async function expectManifest(page: Page, origin: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const app = (await cdp.send('Page.getAppManifest')) as {
    url: string;
    errors: unknown[];
    data: string;
  };
  expect(app.url).toBe(`${origin}/manifest.webmanifest`);
  expect(app.errors).toEqual([]);
  const manifest = JSON.parse(app.data) as {
    name: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Follow-Up Kit');
  for (const size of ['192x192', '512x512'])
    expect(manifest.icons.some((i) => i.sizes === size && i.type === 'image/png')).toBe(true);
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const ok = await page.evaluate(
      async (src) => (await fetch(new URL(src, `${location.origin}/manifest.webmanifest`))).ok,
      icon.src,
    );
    expect(ok, icon.src).toBe(true);
  }
  await cdp.detach();
}

/**
 * Every tool page: what to do first (if anything) and the field to type in. The field is
 * the first visible text field after that, so the list does not depend on labels.
 */
const TOOLS: { path: string; first?: string; ready?: string }[] = [
  { path: 'tools/thank-you-email/' },
  { path: 'tools/handwritten-note/' },
  { path: 'tools/linkedin-message/' },
  { path: 'tools/hiring-timeline/' },
  { path: 'tools/status-inquiry/' },
  { path: 'tools/action-items/', first: 'Add a promised item' },
  { path: 'tools/engagement-log/' },
  { path: 'tools/check-my-message/' },
  { path: 'workspace/' },
  // The interview's form, on the application page only: its first field once it has loaded.
  { path: 'workspace/application/?id=iv-1#edit', ready: '#ws-company' },
];
const TEXT_FIELD =
  'main :is(input:is([type=text], [type=url], [type=email], [type=tel], :not([type])), textarea):visible:not([readonly], [disabled])';

test('after one visit, with the server stopped, every page, search and every tool work', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const port = Number(process.env.E2E_PORT ?? 4399) - 3;
  const origin = `http://127.0.0.1:${port}`;
  const foreign: string[] = [];
  // The context also sees the service worker's own requests (its precaching).
  context.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  const server = await startServer('dist', port);
  try {
    await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
    await page.goto(`${origin}/`);
    await waitForOfflineCopy(page, precacheUrls().length);
  } finally {
    await stopServer(server, origin);
  }

  // Every page in the sitemap (every guide, tool page, the home and search pages).
  const paths = sitemapPaths();
  for (const slug of GUIDE_SLUGS) expect(paths).toContain(`guides/${slug}/`);
  for (const path of paths) {
    const response = await page.goto(`${origin}/${path}`);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1'), path).toBeVisible();
    await expect(page.locator('h1'), path).not.toHaveText('You are offline');
  }

  // Search: the page, and the header box; Pagefind's entry file (asked for with a fresh
  // ?ts= each time) comes from the saved copy.
  const entry = page.waitForResponse(/pagefind-entry\.json\?ts=/);
  await page.goto(`${origin}/search/?q=thank-you`);
  expect((await entry).fromServiceWorker()).toBe(true);
  await expect(page.locator('.search-results-page a').first()).toBeVisible();
  await page.goto(`${origin}/guides/playbook/`);
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('thank-you');
  await expect(page.locator('[data-search-form] .search-results a').first()).toBeVisible();

  // Every tool hydrates, takes input, saves it, and shows it again after a reload.
  for (const [i, tool] of TOOLS.entries()) {
    await page.goto(`${origin}/${tool.path}`);
    if (tool.first) await page.getByRole('button', { name: tool.first }).click();
    if (tool.ready) await page.locator(tool.ready).waitFor();
    const field = page.locator(TEXT_FIELD).first();
    const id = await field.getAttribute('id');
    const value = `Offline ${i} ${tool.path.split('/').at(-2)}`;
    await field.fill(value);
    await expect
      .poll(
        () => page.evaluate((v) => Object.values(localStorage).some((s) => s.includes(v)), value),
        `${tool.path} saves`,
      )
      .toBe(true);
    await page.reload();
    await expect(
      id ? page.locator(`[id="${id}"]`) : page.locator(TEXT_FIELD).first(),
      tool.path,
    ).toHaveValue(value);
  }

  // A page's address without its final slash, as a static host also answers it.
  await page.goto(`${origin}/guides/linkedin`);
  await expect(page.locator('h1')).toHaveText('Connecting with interviewers on LinkedIn');

  // A page that is not in the saved copy: the offline page, never the home page.
  await page.goto(`${origin}/no-such-page/`);
  await expect(page.locator('h1')).toHaveText('You are offline');
  await expect(page).toHaveURL(`${origin}/no-such-page/`);

  // The manifest is linked, and Chromium reads it and its icons from the saved copy.
  expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(
    '/manifest.webmanifest',
  );
  await expectManifest(page, origin);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${origin}/sw.js`,
  );

  expect(foreign).toEqual([]);
});

test('a new build: the page offers it, keeps the old one until asked, then reloads into it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const port = Number(process.env.E2E_PORT ?? 4399) - 4;
  const origin = `http://127.0.0.1:${port}`;
  // "Deploy" a new build: the same site with a changed home page, and the service worker
  // the build writes for it (the home page under a new revision).
  const v2 = 'tests/.tmp/offline-v2';
  rmSync(v2, { recursive: true, force: true });
  cpSync('dist', v2, { recursive: true });
  const home = readFileSync(join(v2, 'index.html'), 'utf8');
  writeFileSync(join(v2, 'index.html'), home.replace(/(<h1[^>]*>)/, '$1Version 2: '));
  const sw = readFileSync(join(v2, 'sw.js'), 'utf8');
  execFileSync(process.execPath, ['scripts/build-sw.ts'], {
    env: { ...process.env, OUT_DIR: v2 },
    stdio: 'ignore',
  });
  expect(readFileSync(join(v2, 'sw.js'), 'utf8')).not.toBe(sw);

  let server = await startServer('dist', port);
  try {
    await page.goto(`${origin}/`);
    await waitForOfflineCopy(page, precacheUrls().length);
    await stopServer(server, origin);
    server = await startServer(v2, port);

    // Any page load checks for a new worker; it installs beside the old one and waits.
    await page.goto(`${origin}/guides/playbook/`);
    const banner = page.locator('[data-update-banner]');
    await expect(banner.getByRole('status')).toHaveText('A new version of Follow-Up Kit is ready.');
    expect(
      await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBe(true);

    // Until asked, every page still comes from the old build: no mix of versions.
    await page.goto(`${origin}/`);
    await expect(page.locator('h1')).not.toContainText('Version 2');
    await expect(banner).toBeVisible();
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoViolations(page, 'update banner, light', 'page');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoViolations(page, 'update banner, dark', 'page');

    // "Later" dismisses it for this tab.
    await banner.getByRole('button', { name: 'Later' }).click();
    await expect(banner).toHaveCount(0);
    await page.goto(`${origin}/guides/linkedin/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(banner).toHaveCount(0);

    // Asked again in a new session (as a new tab would be); "Reload", reached from the
    // keyboard, switches to the new version.
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${origin}/`);
    await expect(banner).toBeVisible();
    await tabTo(page, 'Reload');
    const reloaded = page.waitForEvent('framenavigated');
    await page.keyboard.press('Enter');
    await reloaded;
    await expect(page.locator('h1')).toContainText('Version 2');
    await expect(banner).toHaveCount(0);
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
      ),
    ).toBeNull();

    // And the new version is the saved copy now.
    await stopServer(server, origin);
    await page.reload();
    await expect(page.locator('h1')).toContainText('Version 2');
  } finally {
    await stopServer(server, origin).catch(() => undefined);
    rmSync(v2, { recursive: true, force: true });
  }
});

test('installs as an app in Chromium', async () => {
  test.setTimeout(30_000);
  const port = 4394;
  const origin = `http://127.0.0.1:${port}`;
  // Playwright's usual contexts are off the record, where Chromium never offers to
  // install ("in-incognito"): use a real, throwaway profile.
  const profile = mkdtempSync(join(tmpdir(), 'fuk-install-'));
  const executablePath = findChromium();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    serviceWorkers: 'allow',
  });
  const server = await startServer('dist', port);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/guides/playbook/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expectManifest(page, origin);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await stopServer(server, origin);
    rmSync(profile, { recursive: true, force: true });
  }
});

test.describe('public holidays offline (London)', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('a region chosen online still dates the plan offline; one never fetched says it could not load', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const port = Number(process.env.E2E_PORT ?? 4399) - 5;
    const origin = `http://127.0.0.1:${port}`;
    const ws = sampleWorkspace();
    // No region chosen yet: the first visit fetches the guess (England) before the
    // service worker controls the page.
    ws.settings.holidayRegion = '';
    Object.assign(ws.applications[0]!.rounds[0]!, {
      date: '2026-12-04',
      start: '10:00',
      timeline: '1-2 weeks',
    });
    ws.applications[0]!.outcomes = [{ status: 'waiting', at: '2026-12-04', note: '' }];
    const calc = page.locator('.timeline-calculator');
    const final = calc
      .locator('li.tool-step')
      .filter({ has: page.locator('strong', { hasText: 'Send one last follow-up' }) })
      .locator('.tool-step-when');
    const summary = calc.locator('.tool-days-off > summary');
    const region = calc.getByLabel('Region', { exact: true });

    const server = await startServer('dist', port);
    try {
      await page.clock.setFixedTime(new Date('2026-12-04T17:00:00Z'));
      await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
      await page.goto(`${origin}/tools/hiring-timeline/`);
      await expect(summary).toHaveText(/^Holidays: England \(suggested\)/);
      await expect(final).toHaveText('Thu 31 Dec');
      await waitForOfflineCopy(page, precacheUrls().length);
      // Saved by the worker although fetched before it took over (checked before the
      // picker opens, as the picker's own fetch would pass through the worker).
      await expect
        .poll(() =>
          page.evaluate(async () =>
            (await (await caches.open('fuk-holidays')).keys()).map((r) => new URL(r.url).pathname),
          ),
        )
        .toContain('/holidays/GB-ENG.json');
      // Then chosen, while online.
      await summary.click();
      await expect(region).toBeEnabled();
      await region.selectOption('GB-ENG');
      await expect(summary).toHaveText(/^Holidays: England ·/);
    } finally {
      await stopServer(server, origin);
    }

    // Offline: the saved page and the saved region file give the same date.
    await page.reload();
    await expect(summary).toHaveText(/^Holidays: England ·/);
    await expect(final).toHaveText('Thu 31 Dec');

    // A region never fetched cannot load offline: the plan says so rather than quietly
    // dating without its holidays.
    await summary.click();
    await expect(region).toBeEnabled();
    await region.selectOption('US');
    await expect(summary).toHaveText(/^Holidays: US’s could not load, so your own days off only/);
    await expect(calc.locator('.tool-holiday-region .tool-warning')).toContainText(
      'you seem to be offline, and they were never saved on this device',
    );
    // Own days and weekends only, as the warning says: 1-2 weeks, then 2 and 5 business days.
    await expect(final).toHaveText('Tue 29 Dec');
    await expectNoViolations(page, 'region offline, never fetched');
  });
});
