// The days off every date is counted with, on every page that dates something: the
// chosen region's public holidays (or the guess from the browser's language and time
// zone until one is chosen), less the public days the user works on, plus their own
// days off, and the weekend (theirs, else the region's). The region's file
// (holidays/<REGION>.json, a few hundred bytes) is fetched once per page from this site
// and kept by the service worker, so it works offline once fetched.
//
// The fetching, the checking of the file and the guess live in days-off-load.ts, fetched
// with the file: a page that dates nothing never loads them, and one that does loads
// them only after it has drawn.
import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import { $workspace, $workspaceReady } from './workspace';
import type { PlanSettings } from '../lib/workspace/schema';
import type { DayRules } from '../lib/timeline/reading';
import type { LoadedRegion } from './days-off-load';

/** A holiday named by the region's data, for "after Christmas" or "before Diwali". */
export interface NamedDay {
  date: string;
  name: string;
}

/** Where the region's days stand. */
export type DaysOffState =
  /** The region's file is on its way: the user's own days and Saturday–Sunday meanwhile. */
  | 'loading'
  /** The region's days are in. */
  | 'ready'
  /** It could not load (offline and never fetched, missing, unreadable): own days only. */
  | 'failed'
  /** No region (the user chose none, or nothing could be guessed): own days only. */
  | 'none';

export interface DaysOff extends DayRules {
  /** The days every business-day rule skips, sorted: the region's, less removed, plus added. */
  holidays: string[];
  /** Weekdays that are never business days (0 Sunday … 6 Saturday). */
  weekend: number[];
  /** The region's holidays with their names (removed ones included: a name still names a date). */
  named: NamedDay[];
  /** The region in use ("GB-ENG"), '' for none; the guess while `settings.holidayRegion` is ''. */
  region: string;
  /** The region's name ("England"), '' until its file is in. */
  regionName: string;
  /** True when the region is the browser's guess, not the user's choice. */
  guessed: boolean;
  state: DaysOffState;
  dateOrder: 'dmy' | 'mdy';
}

const SATURDAY_SUNDAY = [0, 6];

/** As dateOrderOf in lib/timeline/reading.ts (kept here so this chunk does not carry that module). */
const dateOrderOf = (tag: string): 'dmy' | 'mdy' => (/^en-US\b/i.test(tag) ? 'mdy' : 'dmy');

const locale = () => (typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US');

/** What the loader last gave: the region it resolved and its file, or how it failed. */
const $loaded = atom<LoadedRegion | null>(null);

/** Only the settings: a new value only when they change, not on every keystroke elsewhere. */
const $settings = computed($workspace, (ws) => ws.settings);

const sortedUnique = (days: readonly string[]) => [...new Set(days)].sort();

/** The days off for `settings` with what has loaded (pure; exported for tests). */
export function daysOffFor(
  settings: PlanSettings,
  loaded: LoadedRegion | null,
  dateOrder: 'dmy' | 'mdy',
): DaysOff {
  const wanted = settings.holidayRegion;
  const own = sortedUnique(settings.holidays);
  const ownWeekend = settings.weekend && settings.weekend.length < 7 ? [...settings.weekend] : null;
  // What has loaded counts only when it answers the region stored now.
  const current = loaded && loaded.for === wanted ? loaded : null;
  const state: DaysOffState =
    wanted === 'none'
      ? 'none'
      : !current
        ? 'loading'
        : current.file
          ? 'ready'
          : current.region
            ? 'failed'
            : 'none';
  const file = state === 'ready' ? current!.file : null;
  const worked = new Set(settings.holidaysRemoved);
  return {
    holidays: file
      ? sortedUnique([...file.days.map(([d]) => d).filter((d) => !worked.has(d)), ...own])
      : own,
    weekend: ownWeekend ?? (file ? [...file.weekend] : SATURDAY_SUNDAY),
    named: file ? file.days.map(([date, name]) => ({ date, name })) : [],
    region: wanted === 'none' ? '' : (current?.region ?? (wanted || '')),
    regionName: file?.name ?? '',
    guessed: wanted === '' && !!current?.region,
    state,
    dateOrder,
  };
}

/** Asks the loader for the stored region, once per region per page. */
function load(wanted: string): void {
  void import('./days-off-load').then(({ loadRegion }) =>
    loadRegion(wanted, import.meta.env.BASE_URL, locale()).then((result) => {
      // Only if it is still what the settings ask for.
      if ($workspace.get().settings.holidayRegion === wanted) $loaded.set(result);
    }),
  );
}

/**
 * The days off, for every island that dates something. Subscribing starts the fetch of
 * the region's file (once the saved settings are read, so the guess is not fetched for a
 * user who chose another region).
 */
export const $daysOff: ReadableAtom<DaysOff> = computed([$settings, $loaded], (settings, loaded) =>
  daysOffFor(settings, loaded, dateOrderOf(locale())),
);

onMount($daysOff, () => {
  let asked: string | null = null;
  const ask = () => {
    if (!$workspaceReady.get()) return;
    const wanted = $workspace.get().settings.holidayRegion;
    if (wanted === asked) return;
    asked = wanted;
    if (wanted !== 'none') load(wanted);
  };
  const stopSettings = $settings.subscribe(ask);
  const stopReady = $workspaceReady.subscribe(ask);
  return () => {
    stopSettings();
    stopReady();
    asked = null;
  };
});
