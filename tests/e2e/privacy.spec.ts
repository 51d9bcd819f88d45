import { expect, test } from '@playwright/test';

// The site promises that nothing leaves the reader's browser: every request must go to
// the site's own origin. csp.spec.ts checks every page's load; this checks searching,
// which fetches its index and WebAssembly as the reader types.
test('searching requests nothing from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const fetched: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(`${page.url()} → ${r.url()}`);
  });
  page.on('requestfinished', (r) => fetched.push(r.url()));
  await page.goto('search/?q=linkedin');
  await expect(page.locator('.search-results-page a').first()).toBeVisible();
  await page.goto('guides/playbook/');
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('handwritten');
  await expect(page.locator('[data-search-form] .search-results a').first()).toBeVisible();
  expect(
    fetched.filter((u) => u.includes('/pagefind/')).length,
    'the listener saw the search’s own requests',
  ).toBeGreaterThan(2);
  expect(foreign).toEqual([]);
});
