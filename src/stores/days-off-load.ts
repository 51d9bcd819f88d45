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

function fetchRegion(base: string, region: string): Promise<RegionHolidays | null> {
  let pending = files.get(region);
  if (!pending) {
    pending = fetch(holidayUrl(base, region), { mode: 'same-origin', credentials: 'same-origin' })
      .then(async (r) => (r.ok ? parseHolidayFile(await r.json(), region) : null))
      .catch(() => null);
    // A failure is not kept: the next page (or a later choice) tries again.
    void pending.then((file) => {
      if (!file) files.delete(region);
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
