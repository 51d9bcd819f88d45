// Screenshots of the built site for a reviewer to look at: the main pages at 1280 px and
// at 390 px (a phone), in the light and the dark theme, with a sample search saved.
// Not golden images and not committed: `npm run screenshots` after `npm run build`
// writes them to screenshots/ (ignored by git), named page-width-theme.png.
// Usage: node scripts/screenshots.ts [dist] [--out screenshots] [--port 4480]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/serve.ts';
import { sampleWorkspace, WORKSPACE_KEY } from '../tests/support/tools.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : (args[i + 1] ?? fallback);
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
const out = flag('--out', 'screenshots');
const port = Number(flag('--port', '4480'));

/**
 * Each page to capture: its name in the file, its path, whether to capture it whole, and
 * whether with nothing saved (a first visit) instead of the sample search.
 */
const PAGES: { name: string; path: string; fullPage: boolean; empty?: boolean }[] = [
  { name: 'home', path: '', fullPage: false },
  { name: 'my-interviews', path: 'workspace/', fullPage: true },
  { name: 'my-interviews-empty', path: 'workspace/', fullPage: true, empty: true },
  { name: 'application', path: 'workspace/application/', fullPage: true },
  { name: 'debrief', path: 'workspace/debrief/', fullPage: false },
  { name: 'thank-you-tool', path: 'tools/thank-you-email/', fullPage: true },
  { name: 'hiring-timeline-tool', path: 'tools/hiring-timeline/', fullPage: true },
  { name: 'guide', path: 'guides/thank-you-email/', fullPage: false },
  { name: 'job-search-report', path: 'workspace/search/', fullPage: false },
];

mkdirSync(out, { recursive: true });
const server = await startServer(dir, port);
const executablePath = findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
try {
  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const empty of [false, true]) {
        const context = await browser.newContext({
          viewport: { width, height: width > 500 ? 900 : 844 },
          colorScheme,
          serviceWorkers: 'block',
        });
        if (!empty)
          await context.addInitScript(
            ([key, value]) => {
              if (!localStorage.getItem(key)) localStorage.setItem(key, value);
            },
            [WORKSPACE_KEY, JSON.stringify(sampleWorkspace())] as const,
          );
        const page = await context.newPage();
        for (const { name, path, fullPage } of PAGES.filter((p) => !p.empty === !empty)) {
          await page.goto(`http://127.0.0.1:${port}/${path}`);
          // Islands hydrate when visible; give them a moment, then wait for fonts.
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => document.fonts.ready);
          const file = join(out, `${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage });
          console.log(file);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
