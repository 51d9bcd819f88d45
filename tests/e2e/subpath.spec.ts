import { expect, test } from '@playwright/test';
import { sampleWorkspace, seedStorage, WORKSPACE_KEY } from '../support/tools';

// The same site built with BASE_PATH=/follow-up/ and served only under that path: every
// link, asset and search result must carry the base (anything else would 404 here).
test('every page, link and asset works under /follow-up/', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('');
  await expect(page.locator('h1')).toContainText('Follow up after your interview');
  const links = await page
    .locator('a[href^="/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))]);
  expect(links.length).toBeGreaterThan(10);
  for (const path of links) {
    expect(path, 'internal link keeps the base').toMatch(/^\/follow-up\//);
    await page.goto(new URL(path, baseURL).href);
    await expect(page.locator('h1')).toBeVisible();
  }
  await page.goto('guides/linkedin/');
  await page.locator('.prose a[href^="/follow-up/guides/"]').first().click();
  await expect(page.locator('h1')).toBeVisible();
  expect(failed).toEqual([]);
});

test('header search returns results whose links carry the base', async ({ page }) => {
  await page.goto('guides/playbook/');
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('handwritten');
  const first = page.locator('[data-search-form] .search-results a').first();
  await expect(first).toHaveText('The handwritten thank-you note');
  await expect(first).toHaveAttribute('href', /^\/follow-up\/guides\/handwritten-note\//);
  await page.getByRole('searchbox', { name: 'Search the guides' }).press('Enter');
  await expect(page).toHaveURL(/\/follow-up\/guides\/handwritten-note\/$/);
});

test('the search page reads ?q= under the base', async ({ page }) => {
  await page.goto('search/?q=LinkedIn');
  const first = page.locator('.search-results-page a').first();
  await expect(first).toHaveText('Connecting with interviewers on LinkedIn');
  await first.click();
  await expect(page).toHaveURL(/\/follow-up\/guides\/linkedin\/$/);
});

test('the theme toggle and its pre-paint script work under the base', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.goto('guides/linkedin/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

test('My interviews links to the debrief and to each application\'s "Edit details" under the base, where the form opens', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('workspace/');
  await expect(page.getByRole('link', { name: 'Debrief a new interview' })).toHaveAttribute(
    'href',
    '/follow-up/workspace/debrief/',
  );
  const edit = page.getByRole('link', { name: 'Edit details Fernhill Labs: Product Designer' });
  await expect(edit).toHaveAttribute('href', '/follow-up/workspace/application/?id=iv-1#edit');
  await edit.click();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Fernhill Labs');
});

test('the security headers reach every path under the base', async ({ request }) => {
  // The build's _headers says "/*"; serve.ts, like a host serving the folder at its root,
  // matches it against the path below the base.
  for (const path of ['', 'workspace/', 'sw.js', 'no-such-page/']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }
});

test.describe('offline copy under the base', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker, its precache and the manifest live under /follow-up/', async ({
    page,
    baseURL,
  }) => {
    await page.goto('guides/linkedin/');
    const reg = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      return { scope: r.scope, script: r.active?.scriptURL };
    });
    expect(reg).toEqual({ scope: baseURL, script: `${baseURL}sw.js` });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'))!;
      return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached.length).toBeGreaterThan(80);
    expect(cached.filter((p) => !p.startsWith('/follow-up/'))).toEqual([]);
    expect(cached).toContain('/follow-up/offline/index.html');

    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/follow-up/manifest.webmanifest',
    );
    const cdp = await page.context().newCDPSession(page);
    const app = (await cdp.send('Page.getAppManifest')) as {
      errors: unknown[];
      manifest: { id: string; startUrl: string; scope: string; icons: { url: string }[] };
    };
    expect(app.errors).toEqual([]);
    // Chromium resolves the manifest's relative URLs against the manifest's own address.
    const { id, startUrl, scope, icons } = app.manifest;
    expect({ id, startUrl, scope }).toEqual({ id: baseURL, startUrl: baseURL, scope: baseURL });
    expect(icons.length).toBe(4);
    for (const icon of icons) expect(icon.url.startsWith(baseURL!), icon.url).toBe(true);
  });
});
