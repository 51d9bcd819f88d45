import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './tests/support/browser';

const executablePath = findChromium();
// E2E_PORT moves both servers (root on it, subpath one below), so two checkouts can run
// their suites at once without one reusing the other's server.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4399);
const SUBPATH_PORT = ROOT_PORT - 1;

/**
 * End-to-end tests run against the production build on the project's plain static
 * server (scripts/serve.ts), never the dev server: once at the domain root (dist/) and
 * once under /follow-up/ (tests/.tmp/subpath, built by `npm run build:subpath`).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // No service worker in ordinary tests: they would each pay for precaching the whole
    // site. tests/e2e/offline.spec.ts allows it and runs its own server, to stop it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      testIgnore: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/follow-up/` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts dist --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.ts tests/.tmp/subpath --port ${SUBPATH_PORT} --base /follow-up/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/follow-up/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
