// Loading a region's file (src/stores/days-off-load.ts): saved for offline use even when
// fetched before the service worker controls the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRegion, saveWhenControlled } from '../../src/stores/days-off-load';

/** A navigator.serviceWorker stand-in: `controller` null until `claim()`. */
function fakeServiceWorker(controlled: boolean) {
  const events = new EventTarget();
  const sw = Object.assign(events, { controller: controlled ? {} : null });
  vi.stubGlobal('navigator', { serviceWorker: sw, language: 'en-GB' });
  return { claim: () => events.dispatchEvent(new Event('controllerchange')) };
}

const gbEng = readFileSync('public/holidays/GB-ENG.json', 'utf8');

describe('region files and the service worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('fetches a file fetched before the worker took over again once it has, so the worker saves it', async () => {
    const { claim } = fakeServiceWorker(false);
    const fetchMock = vi.fn(() => Promise.resolve(new Response(gbEng, { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const loaded = await loadRegion('GB-ENG', '/', 'en-GB');
    expect(loaded.file?.name).toBeTruthy();
    await Promise.resolve();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    claim();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls[1]).toEqual(fetchMock.mock.calls[0]);
    // Once only.
    claim();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does nothing more when a worker already controls the page, or there is none', () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetchMock);
    const { claim } = fakeServiceWorker(true);
    saveWhenControlled('/holidays/US.json');
    claim();
    vi.stubGlobal('navigator', { language: 'en-GB' });
    saveWhenControlled('/holidays/US.json');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('gives no file when the fetch fails (offline, never saved), so the page can say so', async () => {
    fakeServiceWorker(true);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await loadRegion('FR', '/', 'en-GB')).toEqual({ for: 'FR', region: 'FR', file: null });
  });
});
