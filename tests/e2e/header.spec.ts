import { expect, test, type Page } from '@playwright/test';

// On a phone the header is two rows (brand and theme toggle; nav links and search), about
// 109 px; three rows were 165 px at 390 px and four 217 px at 320 px. The bound leaves a
// little room for fonts, none for another row of 44 px targets.
const MAX_PHONE_HEADER = 116;

const headerHeight = async (page: Page) =>
  (await page.locator('.site-header').boundingBox())?.height ?? Infinity;
const headerSearch = (page: Page) =>
  page.getByRole('search').first().getByRole('searchbox', { name: 'Search the guides' });

for (const width of [320, 390]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 700 } });

    test('the header is two rows: brand and theme toggle, then the nav links and search', async ({
      page,
    }) => {
      for (const path of ['', 'guides/thank-you-email/', 'workspace/']) {
        await page.goto(path);
        expect(await headerHeight(page), path).toBeLessThanOrEqual(MAX_PHONE_HEADER);
      }
      const toggle = await page.getByRole('button', { name: 'Dark theme' }).boundingBox();
      const brand = await page.getByRole('link', { name: 'Follow-Up Kit' }).boundingBox();
      const nav = await page.getByRole('link', { name: 'My interviews' }).first().boundingBox();
      const search = await headerSearch(page).boundingBox();
      expect(toggle!.y).toBeLessThan(nav!.y);
      expect(Math.abs(toggle!.y - brand!.y)).toBeLessThan(brand!.height);
      expect(Math.abs(search!.y - nav!.y)).toBeLessThan(nav!.height);
      expect(search!.x).toBeGreaterThanOrEqual(nav!.x + nav!.width);
    });

    test('the theme toggle is an icon button that keeps its name, its pressed state and a 44 px target', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toBeVisible();
      const box = (await toggle.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      // Reached by the keyboard with a visible focus ring, and operable from it.
      await headerSearch(page).focus();
      await page.keyboard.press('Tab');
      await expect(toggle).toBeFocused();
      expect(await toggle.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    });

    test('the search box opens across the row, its results fit the screen, and it gives the nav back', async ({
      page,
    }) => {
      await page.goto('guides/playbook/');
      await headerSearch(page).fill('thank-you');
      const status = page.locator('[data-search-form] [role="status"]');
      await expect(status).toContainText(/^\d+ guides match/);
      const n = Number(/^(\d+)/.exec((await status.textContent()) ?? '')![1]);
      // In use, the box takes the whole row so the query is read whole.
      const box = (await headerSearch(page).boundingBox())!;
      expect(box.width).toBeGreaterThan(width - 40);
      const panel = (await page.locator('[data-search-panel]').boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(width);
      expect(panel.y).toBeGreaterThanOrEqual(box.y + box.height);
      expect(panel.y + panel.height).toBeLessThanOrEqual(700);
      const first = page.locator('[data-search-form] .search-results a').first();
      await expect(first).toBeInViewport();
      // The arrow keys reach "See all N results" at the foot of the panel, scrolled into view.
      for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
      const more = page.getByRole('link', { name: `See all ${n} results` });
      await expect(more).toBeFocused();
      await expect(more).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-search-panel]')).toBeHidden();
      // Leaving the box hands the row back to the nav links, which take a tap again.
      await page.keyboard.press('Shift+Tab');
      await page.getByRole('link', { name: 'Tools', exact: true }).click({ trial: true });
      expect((await headerSearch(page).boundingBox())!.width).toBeLessThan(width / 2);
      // A tap on a result opens it.
      await headerSearch(page).fill('handwritten');
      await expect(first).toHaveText('The handwritten thank-you note');
      await first.click();
      await expect(page).toHaveURL(/\/guides\/handwritten-note\/$/);
    });

    test('the header does not move as the theme script and the page scripts run', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.addInitScript(() => localStorage.setItem('fuk-theme', 'dark'));
      for (const path of ['', 'guides/thank-you-email/']) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const shift = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let sum = 0;
              new PerformanceObserver((list) => {
                for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
                  sum += e.value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(sum), 200);
            }),
        );
        expect(shift, path).toBe(0);
      }
    });
  });
}

test('on a wide screen the header stays one row with the toggle named in words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('');
  expect(await headerHeight(page)).toBeLessThan(70);
  await expect(page.locator('.theme-toggle')).toHaveText('Dark theme');
  await expect(page.locator('.search-hint')).toBeVisible();
});
