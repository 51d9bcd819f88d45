import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap';

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways', async ({ page }) => {
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
  test('the guide list is folded away so the guide comes first, and opens on demand', async ({
    page,
  }) => {
    await page.goto('guides/linkedin/');
    const nav = page.getByRole('navigation', { name: 'Guides' });
    await expect(nav).toBeHidden();
    await page.getByText('Guides by stage', { exact: true }).click();
    await expect(nav).toBeVisible();
  });
});

test('on a wide screen the guide list is always shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('guides/linkedin/');
  await expect(page.getByRole('navigation', { name: 'Guides' })).toBeVisible();
  await expect(page.getByText('Guides by stage', { exact: true })).toBeHidden();
});

test('a guide prints as clean text without navigation', async ({ page }) => {
  await page.goto('guides/thank-you-email/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    '.site-header',
    '.sidebar',
    '.prev-next',
    '.breadcrumbs',
    '.site-footer',
    '.toc',
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.prose')).toBeVisible();
  const color = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(color).toBe('rgb(0, 0, 0)');
});
