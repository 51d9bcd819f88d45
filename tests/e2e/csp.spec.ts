import { expect, test, type Page } from '@playwright/test';
import { sampleWorkspace, seedStorage, WORKSPACE_KEY } from '../support/tools';
import { sitemapPaths } from '../support/sitemap';

// The Content-Security-Policy allows no inline script it has not hashed. A violation
// would silently break the theme, an island or search, so every page is opened with a
// listener for violations, and the parts that depend on scripts are exercised.

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text()))
      violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return violations;
}

// One walk through every page checks both promises a page load makes: no script runs
// that the policy has not allowed, and no request leaves for another origin (the site
// promises that nothing leaves the reader's browser). Each visit waits for the network to
// settle, so one walk instead of two saves half that waiting.
test('every page has a policy without unsafe-inline scripts, nothing on it is blocked, and it requests nothing from another origin', async ({
  page,
  baseURL,
}) => {
  // One visit per page of the site: the time it needs grows with the site.
  test.setTimeout(60_000);
  const violations = await watchViolations(page);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(`${page.url()} → ${r.url()}`);
  });
  let seen = 0;
  page.on('requestfinished', () => seen++);
  await seedStorage(page, {
    [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()),
    'fuk-theme': 'dark',
  });
  for (const path of [...sitemapPaths(), 'offline/', 'shared/', 'no-such-page/']) {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(policy, path).toContain("default-src 'self'");
    // The hashed pre-paint script ran: the stored dark theme is on <html>.
    await expect(page.locator('html'), path).toHaveAttribute('data-theme', 'dark');
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
  expect(seen, 'the listener saw the site’s own requests').toBeGreaterThan(20);
  expect(foreign).toEqual([]);
  // The listener and the policy work: an injected inline script is refused and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
});

test('islands hydrate, search runs its WebAssembly, and lazy parts load under the policy', async ({
  page,
}) => {
  // One visit per page of the site, each waiting for the network to settle: the time it
  // needs grows with the site (the debrief and the application page added two).
  test.setTimeout(60_000);
  const violations = await watchViolations(page);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('tools/thank-you-email/');
  const draft = page.locator('.tool-draft').first();
  await draft.getByRole('button', { name: /^Check the tone or share/ }).click();
  await expect(draft.getByText('Tone check: nothing to change.')).toBeVisible();
  await draft.getByRole('button', { name: /^Make a link to share/ }).click();
  await expect(draft.getByLabel(/^Link to/)).toHaveValue(/\/shared\/#d=/);
  await page.goto('search/?q=linkedin');
  await expect(page.locator('.search-results-page a').first()).toBeVisible();
  await page.goto('tools/linkedin-message/');
  await page.getByLabel(/^LinkedIn profile address of Priya/).fill('linkedin.com/in/priya-raman');
  await expect(page.getByRole('link', { name: /Open Priya Raman’s profile/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test('links out send no referrer', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});
