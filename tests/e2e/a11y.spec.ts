import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { sitemapPaths } from '../support/sitemap';

// offline/ is left out of the sitemap (the service worker serves it), so it is listed here.
const pages = [...sitemapPaths(), 'no-such-page/', 'offline/'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      // 320 px in the light theme: the dark theme changes colours and not layout, and the
      // narrow layout changes layout and not colours, so each pair is covered once (every
      // page at 320 px in the dark theme took another 34 runs, about a minute of the suite).
      const narrow = colorScheme === 'light';
      test(`/${path} has no WCAG 2.2 AA violations (desktop${narrow ? ' and 320 px' : ''})`, async ({
        page,
      }) => {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        await expectNoViolations(page, `${path} desktop`, 'page');
        if (!narrow) return;
        await page.setViewportSize({ width: 320, height: 800 });
        await expectNoViolations(page, `${path} 320px`, 'page');
      });
    }

    test('open header search results have no violations', async ({ page }) => {
      await page.goto('guides/playbook/');
      await page.getByRole('searchbox', { name: 'Search the guides' }).fill('thank-you');
      await expect(page.locator('[data-search-form] .search-results a').first()).toBeVisible();
      await expectNoViolations(page, 'search panel', 'page');
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoViolations(page, 'search panel 320px', 'page');
    });

    test('search page with results and a stage filter has no violations', async ({ page }) => {
      await page.goto('search/?q=interview');
      await expect(page.locator('.search-results-page a').first()).toBeVisible();
      await page.getByLabel('Stage of the process').selectOption('First 48 hours');
      await expectNoViolations(page, 'search page', 'page');
    });
  });
}

// Every axe check in the suite goes through expectNoViolations: it must be able to fail.
test('the axe check itself fails on an unlabelled field and faint text, in <main> and outside', async ({
  page,
}) => {
  await page.setContent(
    '<html lang="en"><head><title>t</title></head><body><header><p style="color:#ccc;background:#fff">faint</p></header><main><h1>Form</h1><input type="text"></main></body></html>',
  );
  await expect(expectNoViolations(page, 'planted')).rejects.toThrow(/label/);
  await expect(expectNoViolations(page, 'planted', 'page')).rejects.toThrow(/color-contrast/);
  await page.locator('input').evaluate((el) => el.setAttribute('aria-label', 'Name'));
  await expectNoViolations(page, 'fixed');
});
