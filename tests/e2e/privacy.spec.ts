import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap';

// The site promises that nothing leaves the reader's browser: every request on every
// page (and while searching) must go to the site's own origin.
test('no page requests anything from another origin', async ({ page, baseURL }) => {
  // One visit per page of the site: the time it needs grows with the site.
  test.setTimeout(60_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(`${page.url()} → ${r.url()}`);
  });
  let seen = 0;
  page.on('requestfinished', () => seen++);
  for (const path of [...sitemapPaths(), 'shared/', 'offline/', 'no-such-page/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('search/?q=linkedin');
  await expect(page.locator('.search-results-page a').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('handwritten');
  await expect(page.locator('[data-search-form] .search-results a').first()).toBeVisible();
  expect(seen, 'the listener saw the site’s own requests').toBeGreaterThan(20);
  expect(foreign).toEqual([]);
});
