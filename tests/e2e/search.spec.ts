import { expect, test, type Page } from '@playwright/test';

const headerSearch = (page: Page) =>
  page.getByRole('search').first().getByRole('searchbox', { name: 'Search the guides' });
const headerResults = (page: Page) => page.locator('[data-search-form] .search-results a');

test.describe('header search', () => {
  test('finds the handwritten-note guide for "handwritten" and opens it with Enter', async ({
    page,
  }) => {
    await page.goto('guides/thank-you-email/');
    await headerSearch(page).fill('handwritten');
    await expect(headerResults(page).first()).toHaveText('The handwritten thank-you note');
    await expect(page.locator('[data-search-form] .search-results mark').first()).toContainText(
      /handwritten/i,
    );
    await expect(page.locator('[data-search-form] [role="status"]')).toContainText(/match/);
    await headerSearch(page).press('Enter');
    await expect(page).toHaveURL(/\/guides\/handwritten-note\/$/);
    await expect(page.locator('h1')).toHaveText('The handwritten thank-you note');
  });

  test('pressing a result keeps the box focused and the panel open, so browsers that do not focus links (Safari) still follow it', async ({
    page,
  }) => {
    await page.goto('');
    await headerSearch(page).fill('LinkedIn');
    const first = headerResults(page).first();
    await expect(first).toHaveText('Connecting with interviewers on LinkedIn');
    const box = (await first.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await expect(headerSearch(page)).toBeFocused();
    await expect(first).toBeVisible();
    await page.mouse.up();
    await expect(page.locator('h1')).toHaveText('Connecting with interviewers on LinkedIn');
  });

  test('finds the LinkedIn guide for "LinkedIn"', async ({ page }) => {
    await page.goto('');
    await headerSearch(page).fill('LinkedIn');
    await expect(headerResults(page).first()).toHaveText(
      'Connecting with interviewers on LinkedIn',
    );
  });

  test('opens with / and Ctrl+K, moves through results with arrows, and closes with Escape', async ({
    page,
  }) => {
    await page.goto('guides/playbook/');
    await page.locator('body').press('/');
    await expect(headerSearch(page)).toBeFocused();
    await page.keyboard.type('linkedin');
    await expect(headerResults(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(headerResults(page).first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-panel]')).toBeHidden();
    await expect(headerSearch(page)).toBeFocused();

    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect(headerSearch(page)).toBeFocused();
  });

  test('with more matches than the panel lists, "See all N results" opens the search page with them all', async ({
    page,
  }) => {
    await page.goto('');
    await headerSearch(page).fill('thank-you');
    const status = page.locator('[data-search-form] [role="status"]');
    await expect(status).toContainText(/^\d+ guides match/);
    const n = Number(/^(\d+)/.exec((await status.textContent()) ?? '')![1]);
    expect(n).toBeGreaterThan(6);
    await expect(headerResults(page)).toHaveCount(6);
    const more = page.getByRole('link', { name: `See all ${n} results` });
    // Reached by the arrow keys after the last result, like the results themselves.
    await headerSearch(page).focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=thank-you$/);
    await expect(page.locator('.search-results-page li')).toHaveCount(Math.min(n, 20));

    // A query with only a few matches lists them all and offers no link.
    await headerSearch(page).fill('handwritten card envelope');
    await expect(status).toContainText(/match/);
    await expect(page.locator('[data-search-more]').first()).toBeHidden();
  });

  test('without results, Enter goes to the search page with the query', async ({ page }) => {
    await page.goto('');
    await headerSearch(page).fill('zzqxjv');
    await expect(page.locator('[data-search-form] [role="status"]')).toContainText(
      'No guides match',
    );
    await headerSearch(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=zzqxjv$/);
  });

  test('the search engine is not downloaded until the reader uses search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('guides/linkedin/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /pagefind|search-ui/.test(p))).toEqual([]);
    await headerSearch(page).focus();
    await expect.poll(() => requested.some((p) => p.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('a hostile query is shown as text and runs nothing', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('');
    const hostile = '<img src=x onerror=alert(1)>';
    await headerSearch(page).fill(hostile);
    await expect(page.locator('[data-search-form] [role="status"]')).toContainText(hostile);
    await expect(page.locator('[data-search-form] img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('search page', () => {
  test('reads ?q= and lists the handwritten-note guide first', async ({ page }) => {
    await page.goto('search/?q=handwritten');
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('handwritten');
    await expect(page.locator('.search-results-page a').first()).toHaveText(
      'The handwritten thank-you note',
    );
  });

  test('reads ?q=LinkedIn and Enter opens the first result', async ({ page }) => {
    await page.goto('search/?q=LinkedIn');
    await expect(page.locator('.search-results-page a').first()).toHaveText(
      'Connecting with interviewers on LinkedIn',
    );
    await page.getByRole('searchbox', { name: 'Search for' }).press('Enter');
    await expect(page).toHaveURL(/\/guides\/linkedin\/$/);
  });

  test('filters by stage of the process and keeps the URL in step', async ({ page }) => {
    await page.goto('search/?q=email');
    await expect(page.locator('.search-results-page a').first()).toBeVisible();
    const all = await page.locator('.search-results-page li').count();
    await page.getByLabel('Stage of the process').selectOption('First week');
    await expect(page).toHaveURL(/stage=First\+week/);
    await expect(page.locator('.search-results-page a')).toHaveText([
      'Connecting with interviewers on LinkedIn',
    ]);
    expect(all).toBeGreaterThan(1);
  });
});
