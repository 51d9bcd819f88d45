import { startServer } from '../support/serve';
import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';

// Clickjacking: another site shows /workspace/ in a frame and tricks a click on
// "Delete all my data…". Where the host sends our headers (scripts/serve.ts applies the
// build's _headers), the browser refuses the frame. Where it cannot (--no-headers: a
// plain file server, GitHub Pages), the pre-paint frame guard hides the page.

const BUTTON = 'Delete all my data…';

/**
 * Starts the other site: a server on 127.0.0.1 whose pages frame `target`, and returns
 * its address as http://localhost:<port>. The kit is served on 127.0.0.1, so
 * "localhost" is another origin. (A page made up with page.route would not do:
 * Chromium treats it as a public page and refuses to let it load a loopback address
 * in a frame at all, headers or not.)
 */
async function withOtherSite(
  target: string,
  body: (framingUrl: string) => Promise<void>,
): Promise<void> {
  const site = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(framingHtml(target));
  }).listen(0, '127.0.0.1');
  await once(site, 'listening');
  try {
    await body(`http://localhost:${(site.address() as { port: number }).port}/frame.html`);
  } finally {
    site.close();
  }
}

/** A page that shows `target` in a frame, as a clickjacker would (visible here, for the test). */
function framingHtml(target: string): string {
  return `<!doctype html><title>Win a prize</title><p>Click the button to win!</p><iframe name="victim" src="${target}" width="900" height="700"></iframe>`;
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/** Runs `body` with `node scripts/serve.ts dist --no-headers` on a free port, stopping it afterwards. */
async function withPlainServer(body: (origin: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const server = await startServer('dist', port, ['--no-headers']);
  try {
    await body(`http://127.0.0.1:${port}`);
  } finally {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill();
      await once(server, 'exit');
    }
  }
}

test('with the headers, a page of another origin cannot frame the workspace', async ({
  page,
  baseURL,
}) => {
  const target = new URL('workspace/', baseURL).href;
  // The server really sends them (and is this branch's, not a reused one without them).
  const response = await page.request.get(target);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-frame-options']).toBe('DENY');

  const refusals: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors|X-Frame-Options/.test(m.text())) refusals.push(m.text());
  });
  await withOtherSite(target, async (framingUrl) => {
    // The page's load event waits for its frame, refused or not.
    await page.goto(framingUrl);
    const frame = page.frame({ name: 'victim' })!;
    expect(frame, 'the iframe exists').not.toBeNull();
    // Refused by the browser: the frame holds an error page, not the workspace, so the
    // button is not merely hidden but absent.
    expect(frame.url()).not.toBe(target);
    await expect(
      page
        .frameLocator('iframe[name="victim"]')
        .getByRole('button', { name: BUTTON, includeHidden: true }),
    ).toHaveCount(0);
    await expect.poll(() => refusals.length, 'Chromium reports the refusal').toBeGreaterThan(0);
  });
});

test('without headers, the frame loads but the guard hides the page, so nothing can be clicked', async ({
  page,
}) => {
  await withPlainServer(async (origin) => {
    const target = `${origin}/workspace/`;
    const response = await page.request.get(target);
    expect(response.headers()['content-security-policy'], 'served without headers').toBeUndefined();
    expect(response.headers()['x-frame-options'], 'served without headers').toBeUndefined();

    await withOtherSite(target, async (framingUrl) => {
      await page.goto(framingUrl);
      const frame = page.frame({ name: 'victim' })!;
      // The frame did load the workspace (nothing refused it)…
      expect(frame.url()).toBe(target);
      // (includeHidden: a hidden element has no role for getByRole otherwise.)
      const button = page
        .frameLocator('iframe[name="victim"]')
        .getByRole('button', { name: BUTTON, includeHidden: true });
      await expect(button).toHaveCount(1);
      // …but the guard hid all of it.
      expect(await frame.evaluate(() => document.documentElement.style.display)).toBe('none');
      await expect(button).toBeHidden();
      await expect(button.click({ timeout: 2_000 })).rejects.toThrow();
      // A click anywhere on the frame reaches nothing: no confirmation opens.
      const box = (await page.locator('iframe[name="victim"]').boundingBox())!;
      for (const [x, y] of [
        [0.5, 0.5],
        [0.2, 0.3],
        [0.5, 0.9],
      ] as const)
        await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
      await expect(
        page
          .frameLocator('iframe[name="victim"]')
          .getByRole('button', { name: 'Yes, delete everything', includeHidden: true }),
      ).toHaveCount(0);
    });
  });
});

test('without headers, a page of the same origin may still frame the workspace', async ({
  page,
}) => {
  await withPlainServer(async (origin) => {
    // A page "of the site itself": page.route answers for it before the server does.
    await page.route(`${origin}/frame.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: framingHtml(`${origin}/workspace/`),
      }),
    );
    await page.goto(`${origin}/frame.html`);
    const frame = page.frameLocator('iframe[name="victim"]');
    await frame.getByRole('button', { name: BUTTON }).click();
    await expect(frame.getByRole('button', { name: 'Yes, delete everything' })).toBeVisible();
  });
});

test('unframed, the workspace works normally, and the headers raise no console warning', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    // Playwright's own note that it blocks service workers (playwright.config.ts) is not the page's.
    if (
      (m.type() === 'warning' || m.type() === 'error') &&
      !m.text().includes('blocked by Playwright')
    )
      messages.push(m.text());
  });
  const response = await page.goto('workspace/');
  expect(response!.headers()['permissions-policy']).toContain('camera=()');
  expect(await page.evaluate(() => document.documentElement.style.display)).toBe('');
  await page.getByRole('button', { name: BUTTON }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep my data' }).click();
  await expect(page.getByRole('button', { name: BUTTON })).toBeVisible();
  // An unknown Permissions-Policy feature, for one, is logged on every page.
  expect(messages).toEqual([]);
});
