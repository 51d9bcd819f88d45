// The service worker: bundled by scripts/build-sw.ts (esbuild), which then lets
// workbox-build write the precache manifest (every page, asset and the Pagefind search
// files of this build) in place of `self.__WB_MANIFEST`. It lives at `${BASE}sw.js`, so
// every relative URL here resolves under the site's base path.
//
// One version at a time: a new worker precaches the new build beside the old one and
// then waits. The page offers "Reload"; only then does it take over (SKIP_WAITING), so
// an open page never gets files from two builds. Outdated precaches are removed when
// it activates.
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { PAGES, SEARCH, pageKey } from '../lib/site/offline-caches';

/**
 * The parts of ServiceWorkerGlobalScope used here, declared locally: the "webworker"
 * library would retype the window globals of every other file in the project.
 */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

/** Shown for a page that is not in the saved copy when the network fails. Never the home page. */
const OFFLINE_PAGE = 'offline/index.html';
/** Pages saved as they are read or by "Save all guides" (names shared with src/lib/site/offline-caches.ts). */
const PAGE_CACHE = PAGES;
/** Pagefind files saved as searches need them, or by "Save all guides". */
const SEARCH_CACHE = SEARCH;

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {
  // Pages are folders: /guides/linkedin/ is stored as guides/linkedin/index.html.
  directoryIndex: 'index.html',
  // A static host ignores the query string, and so does the saved copy: /search/?q=…,
  // a shared draft's parameters, and Pagefind's pagefind-entry.json?ts=<build id>
  // (its metaCacheTag) all match the file they name.
  ignoreURLParametersMatching: [/./],
  cleanURLs: false,
  // A page asked for without its final slash (/guides/linkedin), as a static host answers it.
  urlManipulation: ({ url }) =>
    url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url)],
});

// One region's public holidays (holidays/<REGION>.json, scripts/build-holidays.ts): saved
// the first time the page fetches them, so the chosen region works offline from then on,
// and refreshed in the background on each later fetch (stale-while-revalidate), so a
// newer build's days replace them. The list of regions (holidays/index.json) is in the
// precache above. Never cached before it was fetched: offline, that fetch fails and the
// page says the plan uses the user's own days off only.
const HOLIDAY_CACHE = 'fuk-holidays';
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin && /\/holidays\/[A-Z]{2}(-[A-Z0-9]{1,3})?\.json$/.test(url.pathname),
  async ({ request, event }) => {
    // Workbox types the event with the "webworker" library, which this project leaves out.
    const extendable = event as ExtendableEvent;
    const cache = await caches.open(HOLIDAY_CACHE);
    const cached = await cache.match(request, { ignoreSearch: true });
    const fresh = fetch(request).then(async (response) => {
      if (response.ok) await cache.put(request, response.clone());
      return response;
    });
    if (!cached) return fresh;
    extendable.waitUntil(fresh.catch(() => undefined));
    return cached;
  },
);

// Pages not saved ahead (the guides, once the site is too big to save whole: see
// src/lib/site/precache-plan.ts) are saved as they are read, and kept up to date: the
// network first, its answer saved; without a network, the saved copy; with neither, the
// offline page, which offers to save every guide. "Save all guides for offline"
// (src/scripts/save-offline.ts) fills the same cache from the page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request, event }) => {
    const extendable = event as ExtendableEvent;
    const cache = await caches.open(PAGE_CACHE);
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic')
        extendable.waitUntil(cache.put(pageKey(request.url), response.clone()));
      return response;
    } catch {
      return (
        (await cache.match(pageKey(request.url))) ??
        (await matchPrecache(OFFLINE_PAGE)) ??
        Response.error()
      );
    }
  },
);

// Pagefind's index and result files not saved ahead: saved when a search first needs
// them. Their names carry a hash of their content, so a saved one never goes stale.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /\/pagefind\/(index|fragment)\/[^/]+$/.test(url.pathname),
  async ({ request }) => {
    const cache = await caches.open(SEARCH_CACHE);
    const saved = await cache.match(request, { ignoreSearch: true });
    if (saved) return saved;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
);

// Take control of open pages as soon as this worker is active: on the first visit, so
// that visit is already saved for offline use. An update only becomes active after the
// page's "Reload" (or once no page uses the old version), and pages reload when their
// worker changes (src/scripts/site.ts), so no page runs on two versions.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
