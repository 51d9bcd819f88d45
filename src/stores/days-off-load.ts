// Fetches a region's public holidays for src/stores/days-off.ts: resolves the stored
// choice ('' = the guess from the browser's language and time zone), fetches
// holidays/<REGION>.json from this site once per page, and checks it. Apart from the
// store so the guess's tables and the file reader come only with the file.
import {
  guessRegion,
  holidayUrl,
  isRegionCode,
  parseHolidayFile,
  type RegionHolidays,
} from '../lib/dates/holidays';
import { userTimeZone } from '../lib/dates/zoned-time';

/** What loading a stored choice came to. */
export interface LoadedRegion {
  /** The stored `holidayRegion` it answers ('' for the guess). */
  for: string;
  /** The region resolved ('' when nothing could be guessed or the value is not a region). */
  region: string;
  /** Its days, or null when they could not load (offline and never fetched, missing, bad). */
  file: Pick<RegionHolidays, 'name' | 'weekend' | 'days'> | null;
}

/** One fetch per region per page, whatever asks for it. */
const files = new Map<string, Promise<RegionHolidays | null>>();

const SAME_ORIGIN = { mode: 'same-origin', credentials: 'same-origin' } as const;

/**
 * Asks for `url` again once a service worker controls the page. On a first visit the
 * file is fetched before the worker has taken over, so the worker never saw it, and the
 * region would not work offline until a later visit (src/sw/service-worker.ts saves
 * region files as they pass through it).
 */
export function saveWhenControlled(url: string): void {
  const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (!sw || sw.controller) return;
  sw.addEventListener(
    'controllerchange',
    () => void fetch(url, SAME_ORIGIN).catch(() => undefined),
    { once: true },
  );
}

function fetchRegion(base: string, region: string): Promise<RegionHolidays | null> {
  let pending = files.get(region);
  if (!pending) {
    const url = holidayUrl(base, region);
    pending = fetch(url, SAME_ORIGIN)
      .then(async (r) => (r.ok ? parseHolidayFile(await r.json(), region) : null))
      .catch(() => null);
    // A failure is not kept: the next page (or a later choice) tries again.
    void pending.then((file) => {
      if (!file) files.delete(region);
      else saveWhenControlled(url);
    });
    files.set(region, pending);
  }
  return pending;
}

/**
 * The region for a stored choice and its days: `stored` '' is the browser's guess
 * (`locale`, e.g. navigator.language, and its time zone), a region code is itself.
 */
export async function loadRegion(
  stored: string,
  base: string,
  locale: string,
): Promise<LoadedRegion> {
  const region = stored === '' ? guessRegion(locale, userTimeZone()) : stored;
  if (!isRegionCode(region)) return { for: stored, region: '', file: null };
  return { for: stored, region, file: await fetchRegion(base, region) };
}
