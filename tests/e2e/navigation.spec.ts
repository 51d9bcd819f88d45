import { expect, test } from '@playwright/test';
import { GUIDE_SLUGS } from '../support/sitemap';

test('every guide is reachable from the home page, and opens with its own title', async ({
  page,
}) => {
  await page.goto('');
  const cards = page.locator('section[aria-labelledby="guides"] .cards a');
  await expect(cards).toHaveCount(GUIDE_SLUGS.length);
  const hrefs = await cards.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.sort()).toEqual(GUIDE_SLUGS.map((s) => `/guides/${s}/`).sort());
  for (const href of hrefs) {
    const title = await cards.and(page.locator(`[href="${href}"]`)).innerText();
    await cards.and(page.locator(`[href="${href}"]`)).click();
    await expect(page.locator('h1')).toHaveText(title);
    await page.goBack();
  }
});

test('the sidebar groups the guides by stage, shows every guide of this kit, marks the current one, and navigates', async ({
  page,
}) => {
  await page.goto('guides/linkedin/');
  const nav = page.getByRole('navigation', { name: 'Guides' });
  // Every stage, in process order; the current guide's stage is marked.
  await expect(nav.locator('.sidebar-stage-name')).toHaveText([
    'Overview',
    'First 48 hours',
    'First week',
    'While you wait',
    'Every message',
    'Resources',
  ]);
  await expect(nav.locator('.sidebar-stage.is-current .sidebar-stage-name')).toHaveText(
    'First week',
  );
  // The sidebar lists at most a few guides per stage (so it does not grow with the number of
  // guides); with the kit's fourteen guides every stage still fits, so every guide is listed, and no
  // stage needs its "All N in …" link.
  const guideLinks = nav.locator('.sidebar-stage li a');
  await expect(guideLinks).toHaveCount(GUIDE_SLUGS.length);
  expect(
    (await guideLinks.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).sort(),
  ).toEqual(GUIDE_SLUGS.map((s) => `/guides/${s}/`).sort());
  await expect(nav.locator('.sidebar-stage .sidebar-more')).toHaveCount(0);
  // Within each stage, guides follow reading order (the order of previous/next).
  for (const stage of await nav.locator('.sidebar-stage').all()) {
    const paths = await stage
      .locator('li a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    const positions = paths.map((p) => GUIDE_SLUGS.findIndex((s) => `/guides/${s}/` === p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }
  await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveText(
    'Connecting with interviewers on LinkedIn',
  );
  for (const slug of GUIDE_SLUGS) {
    await page.goto(`guides/${slug}/`);
    await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveAttribute(
      'href',
      `/guides/${slug}/`,
    );
    // The current guide sits under the stage marked current.
    await expect(page.locator('.sidebar-stage.is-current a[aria-current="page"]')).toHaveCount(1);
  }
  // It navigates: to another guide, and to the full list on the home page.
  await page.goto('guides/linkedin/');
  await nav.getByRole('link', { name: 'The thank-you email', exact: true }).click();
  await expect(page).toHaveURL(/\/guides\/thank-you-email\/$/);
  await nav.getByRole('link', { name: `All ${GUIDE_SLUGS.length} guides` }).click();
  await expect(page).toHaveURL(/\/#guides$/);
  await expect(page.locator('section[aria-labelledby="guides"] .cards a')).toHaveCount(
    GUIDE_SLUGS.length,
  );
});

test('previous and next links walk the guides in order', async ({ page }) => {
  await page.goto(`guides/${GUIDE_SLUGS[0]}/`);
  await expect(page.locator('.prev-next .prev')).toHaveCount(0);
  for (const slug of GUIDE_SLUGS.slice(1)) {
    await page.locator('.prev-next .next').click();
    await expect(page).toHaveURL(new RegExp(`/guides/${slug}/$`));
  }
  await expect(page.locator('.prev-next .next')).toHaveCount(0);
  await page.locator('.prev-next .prev').click();
  await expect(page).toHaveURL(new RegExp(`/guides/${GUIDE_SLUGS.at(-2)}/$`));
});

test('a guide shows breadcrumbs, reading time, updated date, table of contents and sources', async ({
  page,
}) => {
  await page.goto('guides/handwritten-note/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(
    'The handwritten thank-you note',
  );
  await expect(page.locator('.guide-meta')).toContainText(/\d+ min read/);
  await expect(page.locator('.guide-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const h2count = await page.locator('.prose h2').count();
  expect(h2count).toBeGreaterThan(4);
  // Every h2 of the body, plus Sources, is in the table of contents, and each link jumps to it.
  await expect(toc.locator(':scope > ol > li')).toHaveCount(h2count + 1);
  await toc.getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(page).toHaveURL(/#sources$/);
  await expect(page.locator('#sources')).toBeInViewport();
  await expect(page.locator('.source-list li').first()).toBeVisible();
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('guides/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText("That page isn't here");
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.locator('h1')).toContainText('Follow up after your interview');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('guides/thank-you-email/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every tool is reachable from the home page and the tools page', async ({ page }) => {
  for (const start of ['', 'tools/']) {
    await page.goto(start);
    const links = page.locator('.cards a[href*="/tools/"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.sort()).toEqual(
      [
        'action-items',
        'check-my-message',
        'engagement-log',
        'handwritten-note',
        'hiring-timeline',
        'linkedin-message',
        'status-inquiry',
        'thank-you-email',
      ].map((t) => `/tools/${t}/`),
    );
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.locator('.tool').first()).toBeVisible();
    }
  }
});
