// Search latency in Chromium: from the keydown of a query's last character to its first
// result on screen, with Pagefind already loaded (warm). Measured in the page with
// performance.now(): a capturing keydown listener stamps each key, a MutationObserver
// on the result list stamps the first result that is rendered and visible after the last
// key, and the next animation frame stamps when it is painted.
import type { BrowserContext, Page } from '@playwright/test';

/** Queries with results in the kit's guides, each different. */
export const QUERIES = [
  'thank you',
  'linkedin',
  'handwritten',
  'references',
  'recruiter',
  'status inquiry',
  'tone',
  'deadline',
  'portfolio',
  'business days',
  'interviewer',
  'calendar',
];

/** Milliseconds between keystrokes: a fast typist (about 150 words a minute). */
export const TYPING_DELAY_MS = 80;

export interface Sample {
  query: string;
  /** Last keydown → first result inserted and visible. */
  shown: number;
  /** Last keydown → the animation frame after it (it is on screen). */
  painted: number;
}

export interface SearchRun {
  where: 'search page' | 'header box';
  samples: Sample[];
  medianShown: number;
  medianPainted: number;
  maxPainted: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface Probe {
  lastKey: number;
  shown: number;
  painted: number;
}

/** Installs the stamps on `input` and `list` (selectors), in the page. */
async function installProbe(page: Page, input: string, list: string): Promise<void> {
  await page.evaluate(
    ([inputSel, listSel]) => {
      const w = window as unknown as { __probe: Probe };
      w.__probe = { lastKey: 0, shown: 0, painted: 0 };
      const field = document.querySelector(inputSel!)!;
      const results = document.querySelector(listSel!)!;
      field.addEventListener(
        'keydown',
        () => {
          w.__probe = { lastKey: performance.now(), shown: 0, painted: 0 };
        },
        { capture: true },
      );
      new MutationObserver(() => {
        const p = w.__probe;
        const first = results.firstElementChild;
        if (!p.lastKey || p.shown || !first || !first.checkVisibility()) return;
        p.shown = performance.now();
        requestAnimationFrame(() => {
          p.painted = performance.now();
        });
      }).observe(results, { childList: true });
    },
    [input, list],
  );
}

/** Clears the box and waits until no result is shown. */
async function clear(page: Page, input: string, list: string): Promise<void> {
  await page.locator(input).fill('');
  await page.locator(input).dispatchEvent('input');
  await page.waitForFunction((sel) => document.querySelector(sel)!.childElementCount === 0, list);
}

/** Types `query` into `input` and returns the stamps of its last key. */
async function measure(page: Page, input: string, list: string, query: string): Promise<Sample> {
  await clear(page, input, list);
  await page.locator(input).focus();
  await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
  const handle = await page.waitForFunction(
    () => {
      const p = (window as unknown as { __probe: Probe }).__probe;
      return p.painted ? p : null;
    },
    undefined,
    { timeout: 10_000 },
  );
  const p = (await handle.jsonValue()) as Probe;
  return { query, shown: p.shown - p.lastKey, painted: p.painted - p.lastKey };
}

const summarise = (where: SearchRun['where'], samples: Sample[]): SearchRun => ({
  where,
  samples,
  medianShown: median(samples.map((s) => s.shown)),
  medianPainted: median(samples.map((s) => s.painted)),
  maxPainted: Math.max(...samples.map((s) => s.painted)),
});

/** On /search/: warms Pagefind with one query, then measures every query. */
export async function searchPageLatency(
  context: BrowserContext,
  origin: string,
): Promise<SearchRun> {
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  const input = '#search-page-q';
  const list = '[data-search-page] [data-search-results]';
  await page.waitForFunction(() => document.activeElement?.id === 'search-page-q');
  // Warm: Pagefind's script, its wasm and the index entry are loaded by a first search.
  await page.locator(input).fill('follow up');
  await page.locator(`${list} li`).first().waitFor();
  await installProbe(page, input, list);
  const samples: Sample[] = [];
  for (const q of QUERIES) samples.push(await measure(page, input, list, q));
  await page.close();
  return summarise('search page', samples);
}

/** In the header box on a guide: focusing it loads the search UI and Pagefind; then as above. */
export async function headerLatency(context: BrowserContext, origin: string): Promise<SearchRun> {
  const page = await context.newPage();
  await page.goto(`${origin}/guides/playbook/`);
  const input = '[data-search-form] input[name="q"]';
  const list = '[data-search-form] [data-search-results]';
  await page.locator(input).focus();
  await page.keyboard.type('follow up');
  await page.locator(`${list} li`).first().waitFor();
  await installProbe(page, input, list);
  const samples: Sample[] = [];
  for (const q of QUERIES) samples.push(await measure(page, input, list, q));
  await page.close();
  return summarise('header box', samples);
}

/**
 * Waits until the service worker controls a page and has stored its whole precache,
 * so the site works with the server stopped. Returns the number of files it saved.
 */
export async function waitForOfflineCopy(
  context: BrowserContext,
  origin: string,
  expected: number,
): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
  const handle = await page.waitForFunction(
    async (n) => {
      const name = (await caches.keys()).find((k) => k.startsWith('workbox-precache'));
      const count = name ? (await (await caches.open(name)).keys()).length : 0;
      return count >= n ? count : null;
    },
    expected,
    { timeout: 120_000, polling: 250 },
  );
  const count = (await handle.jsonValue()) as number;
  await page.close();
  return count;
}
