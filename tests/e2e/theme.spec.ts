import { expect, test } from '@playwright/test';

const theme = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.dataset.theme);

test('follows the system colour scheme when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  expect(await theme(page)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('guides/linkedin/');
  expect(await theme(page)).toBe('light');
});

test('the toggle persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await theme(page)).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 22, 28)');
  await page.getByRole('link', { name: 'Or read the follow-up playbook first' }).click();
  expect(await theme(page)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.reload();
  expect(await theme(page)).toBe('dark');
  await page.getByRole('button', { name: 'Dark theme' }).press('Enter');
  expect(await theme(page)).toBe('light');
});

test('the stored theme is applied before any bundled script runs (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  await page.evaluate(() => localStorage.setItem('fuk-theme', 'dark'));
  // Block the bundled scripts: only the inline pre-paint script can set the theme now.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('guides/linkedin/');
  expect(await theme(page)).toBe('dark');
});

test('a corrupt stored theme falls back to the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  await page.evaluate(() => localStorage.setItem('fuk-theme', '{"not":"a theme"'));
  await page.reload();
  expect(await theme(page)).toBe('dark');
});
