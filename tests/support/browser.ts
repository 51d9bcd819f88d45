import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Finds a Chromium for Playwright: CHROMIUM_PATH, then Playwright's own download, then
 * Debian's /usr/bin/chromium. Throws a message that says how to fix it, rather than
 * Playwright's "please run npx playwright install", which cannot work offline.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => /^chromium-\d+$/.test(d))
      .sort()
      .reverse()) {
      for (const sub of ['chrome-linux64', 'chrome-linux']) {
        const candidate = join(cache, dir, sub, 'chrome');
        if (existsSync(candidate)) return undefined; // Playwright finds its own build itself.
      }
    }
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    "No Chromium for the end-to-end tests. Run `bash scripts/ensure-browser.sh` (installs Debian's chromium as root), " +
      'or set CHROMIUM_PATH to a Chromium executable.',
  );
}

/** Flags that keep Chromium from phoning home, so tests see only the site's own requests. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
