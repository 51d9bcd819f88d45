import { useEffect, useRef, useState } from 'preact/hooks';
import {
  guessRegion,
  holidayIndexUrl,
  holidayUrl,
  isRegionCode,
  NO_REGION,
  parseHolidayFile,
  parseHolidayIndex,
  parseWeekend,
  upcomingDays,
  weekendWords,
  type HolidayChoice,
  type HolidayIndex,
  type RegionHolidays,
} from '../../../lib/dates/holidays';
import { isValidIsoDate, shortDate } from '../../../lib/dates/iso-date';

/** The value of "None" in the select: the user's own days off only. */
export const OWN_DAYS_ONLY = 'none';

/**
 * The region the plan uses for a stored choice: `value.region` once the user has picked
 * one ('' = not yet, so the guess; {@link OWN_DAYS_ONLY} = none), else the guess.
 */
export function regionInUse(region: string, guess: string): string {
  if (region === OWN_DAYS_ONLY) return NO_REGION;
  return isRegionCode(region) ? region : guess;
}

type Load<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T }
  | { state: 'failed'; why: 'offline' | 'missing' | 'bad' };

/** Fetches a same-origin JSON file and reads it with `parse`; never throws. */
async function load<T>(
  url: string,
  parse: (json: unknown) => T | null,
  signal: AbortSignal,
): Promise<Load<T>> {
  let response: Response;
  try {
    // Same origin only: the URL is built from the site's base path, and `same-origin`
    // refuses anything else (a redirect elsewhere included).
    response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin', signal });
  } catch {
    return { state: 'failed', why: 'offline' };
  }
  if (!response.ok) return { state: 'failed', why: response.status === 404 ? 'missing' : 'bad' };
  try {
    const data = parse(await response.json());
    return data ? { state: 'ok', data } : { state: 'failed', why: 'bad' };
  } catch {
    return { state: 'failed', why: 'bad' };
  }
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_NUMBERS = [1, 2, 3, 4, 5, 6, 0];

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function browserGuess(index: HolidayIndex | null): string {
  try {
    return guessRegion(
      navigator.language,
      Intl.DateTimeFormat().resolvedOptions().timeZone,
      index ?? undefined,
    );
  } catch {
    return NO_REGION;
  }
}

interface HolidayRegionProps {
  /** The stored choice. `region` '' means "not chosen yet": the guess is shown and used. */
  value: HolidayChoice;
  /** Every change the user makes, as the whole new value. Nothing is reported on load. */
  onChange: (next: HolidayChoice) => void;
  /** The region in use and its file (null while loading, without a region, or when it cannot load). */
  onData?: (region: string, file: RegionHolidays | null) => void;
  /** Prefix of the element ids. */
  id: string;
  /** The site's base path (import.meta.env.BASE_URL). */
  base?: string;
  /** Today (YYYY-MM-DD), where the list of upcoming days starts. */
  today?: string;
}

/**
 * The region whose public holidays the plan skips: a select (the guess from the
 * browser's language and time zone preselected and marked as such), its upcoming days in
 * a collapsed list where any can be worked on and put back, the user's own days off and
 * the weekend. Only the chosen region's file is fetched, from this site; when it cannot
 * load, the plan uses the user's own days only, and this says so.
 */
export function HolidayRegion({
  value,
  onChange,
  onData,
  id,
  base = import.meta.env.BASE_URL,
  today = localToday(),
}: HolidayRegionProps) {
  const [index, setIndex] = useState<Load<HolidayIndex>>({ state: 'loading' });
  const [file, setFile] = useState<Load<RegionHolidays> | null>(null);
  const [newDay, setNewDay] = useState('');
  const [dayError, setDayError] = useState('');
  const [said, setSaid] = useState('');
  const dateInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    void load(holidayIndexUrl(base), parseHolidayIndex, abort.signal).then((r) => {
      if (!abort.signal.aborted) setIndex(r);
    });
    return () => abort.abort();
  }, [base]);

  const list = index.state === 'ok' ? index.data : null;
  const guess = index.state === 'loading' ? NO_REGION : browserGuess(list);
  const region = regionInUse(value.region, guess);
  const known = !list || Object.hasOwn(list.regions, region);

  useEffect(() => {
    if (!region || !known) {
      setFile(null);
      return;
    }
    const abort = new AbortController();
    setFile({ state: 'loading' });
    void load(holidayUrl(base, region), (j) => parseHolidayFile(j, region), abort.signal).then(
      (r) => {
        if (!abort.signal.aborted) setFile(r);
      },
    );
    return () => abort.abort();
  }, [base, region, known]);

  const loaded = file?.state === 'ok' ? file.data : null;
  const latestOnData = useRef(onData);
  latestOnData.current = onData;
  useEffect(() => latestOnData.current?.(region, loaded), [region, loaded]);

  const change = (next: Partial<HolidayChoice>, message: string) => {
    onChange({ ...value, ...next });
    setSaid(message);
  };
  const regionName = (code: string) => list?.regions[code]?.name ?? code;
  const selectValue = value.region === OWN_DAYS_ONLY ? OWN_DAYS_ONLY : region || OWN_DAYS_ONLY;
  const weekend = (value.weekend && parseWeekend([...new Set(value.weekend)])) ??
    loaded?.weekend ?? [0, 6];
  const ownWeekend = !!value.weekend && !!parseWeekend([...new Set(value.weekend)]);
  const upcoming = upcomingDays(loaded, value.removed, today);
  const added = [...new Set(value.added.filter(isValidIsoDate))].sort();
  const options = list
    ? Object.entries(list.regions).sort(([, a], [, b]) => a.name.localeCompare(b.name, 'en'))
    : [];

  const failure =
    region && !known
      ? `There is no holiday list for “${region}”.`
      : file?.state === 'failed'
        ? file.why === 'offline'
          ? `${regionName(region)}’s holidays could not load: you seem to be offline, and they were never saved on this device.`
          : file.why === 'missing'
            ? `There is no holiday list for ${regionName(region)} on this site.`
            : `${regionName(region)}’s holiday list could not be read.`
        : '';

  const addDay = () => {
    if (!isValidIsoDate(newDay)) {
      setDayError('Enter a date to add, for example 2026-12-24.');
      dateInput.current?.focus();
      return;
    }
    setDayError('');
    if (!added.includes(newDay))
      change({ added: [...added, newDay].sort() }, `${shortDate(newDay)} added as your day off.`);
    setNewDay('');
  };

  return (
    <fieldset class="tool-fieldset tool-holiday-region">
      <legend>Public holidays and weekend</legend>
      <div class="tool-field">
        <label for={`${id}-region`}>Region</label>
        <p class="tool-hint" id={`${id}-region-hint`}>
          {value.region === '' && guess
            ? `Suggested from your browser’s language and time zone: ${regionName(guess)}. Change it if you work elsewhere.`
            : 'Follow-up dates skip this region’s public holidays and weekend.'}
        </p>
        <select
          id={`${id}-region`}
          aria-describedby={`${id}-region-hint`}
          value={selectValue}
          disabled={index.state === 'loading'}
          onChange={(e) => {
            const code = e.currentTarget.value;
            change(
              { region: code, removed: [] },
              code === OWN_DAYS_ONLY
                ? 'No region: only your own days off are skipped.'
                : `Region set to ${regionName(code)}.`,
            );
          }}
        >
          {index.state === 'loading' ? (
            <option value={selectValue}>Loading the regions…</option>
          ) : (
            <option value={OWN_DAYS_ONLY}>None: only my own days off</option>
          )}
          {options.map(([code, entry]) => (
            <option key={code} value={code}>
              {entry.name}
              {code === guess && value.region === '' ? ' (suggested)' : ''}
            </option>
          ))}
          {region && !known && <option value={region}>{region}</option>}
        </select>
      </div>

      {index.state === 'failed' && (
        <p class="tool-warning">
          The list of regions could not load
          {index.why === 'offline' ? ' (you seem to be offline)' : ''}.{' '}
          {region ? `The plan keeps ${region}.` : 'The plan uses your own days off only.'}
        </p>
      )}
      {failure && (
        <p class="tool-warning">
          {failure} Until it loads, the plan skips only your own days off and weekends.
        </p>
      )}
      {file?.state === 'loading' && (
        <p class="tool-hint">Loading {regionName(region)}’s holidays…</p>
      )}

      {loaded && (
        <details class="tool-holiday-list">
          <summary>
            {upcoming.length
              ? `${loaded.name}: the next ${upcoming.length} public holidays`
              : `${loaded.name}: no public holidays listed from today`}
          </summary>
          <ul class="tool-list">
            {upcoming.map((day) => (
              <li key={day.date}>
                <span class={day.removed ? 'tool-muted' : undefined}>
                  <strong>{shortDate(day.date, today)}</strong> {day.name}
                  {day.removed ? ' (you work this day)' : ''}
                </span>
                <button
                  type="button"
                  class="tool-button tool-button-quiet"
                  aria-label={`${day.removed ? 'Put it back' : 'I work this day'}: ${day.name}, ${shortDate(day.date, today)}`}
                  onClick={() =>
                    day.removed
                      ? change(
                          { removed: value.removed.filter((d) => d !== day.date) },
                          `${day.name}, ${shortDate(day.date)}, is a day off again.`,
                        )
                      : change(
                          { removed: [...value.removed, day.date] },
                          `${day.name}, ${shortDate(day.date)}, is now a working day for you.`,
                        )
                  }
                >
                  {day.removed ? 'Put it back' : 'I work this day'}
                </button>
              </li>
            ))}
          </ul>
          <p class="tool-hint">
            {`Public and bank holidays from ${loaded.source || 'date-holidays'}, data under ${loaded.license || 'CC BY-SA 3.0'}.`}
          </p>
        </details>
      )}

      <div class="tool-field">
        <label for={`${id}-day`}>Add your own day off</label>
        <p class="tool-hint" id={`${id}-day-hint`}>
          A day you or they are away: a local holiday, Diwali, a company closure.
        </p>
        <div class="tool-actions">
          <input
            ref={dateInput}
            id={`${id}-day`}
            type="date"
            value={newDay}
            aria-describedby={dayError ? `${id}-day-hint ${id}-day-error` : `${id}-day-hint`}
            {...(dayError ? { 'aria-invalid': true } : {})}
            onInput={(e) => setNewDay(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addDay();
              }
            }}
          />
          <button type="button" class="tool-button tool-button-quiet" onClick={addDay}>
            Add day off
          </button>
        </div>
        {dayError && (
          <p class="tool-warning" id={`${id}-day-error`}>
            {dayError}
          </p>
        )}
      </div>
      {added.length > 0 && (
        <ul class="tool-holidays" aria-label="Your own days off">
          {added.map((d) => (
            <li key={d}>
              {shortDate(d, today)}{' '}
              <button
                type="button"
                class="tool-button tool-button-quiet"
                onClick={() => {
                  change(
                    { added: added.filter((x) => x !== d) },
                    `${shortDate(d)} removed from your days off.`,
                  );
                  dateInput.current?.focus();
                }}
              >
                Remove<span class="visually-hidden"> day off {shortDate(d)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <details class="tool-holiday-weekend">
        <summary>
          Weekend: {weekendWords(weekend)}
          {ownWeekend ? ' (yours)' : ''}
        </summary>
        <fieldset class="tool-fieldset">
          <legend>Days that are never business days</legend>
          <div class="tool-grid">
            {DAY_NUMBERS.map((n, i) => (
              <div class="tool-field tool-check" key={n}>
                <input
                  type="checkbox"
                  id={`${id}-weekend-${n}`}
                  checked={weekend.includes(n)}
                  onChange={(e) => {
                    const next = e.currentTarget.checked
                      ? [...weekend, n]
                      : weekend.filter((d) => d !== n);
                    if (next.length > 6) {
                      e.currentTarget.checked = false;
                      setSaid('At least one day of the week must be a business day.');
                      return;
                    }
                    const sorted = [...new Set(next)].sort((a, b) => a - b);
                    change({ weekend: sorted }, `Weekend set to ${weekendWords(sorted)}.`);
                  }}
                />
                <label for={`${id}-weekend-${n}`}>{DAYS[i]}</label>
              </div>
            ))}
          </div>
          {ownWeekend && (
            <button
              type="button"
              class="tool-button tool-button-quiet"
              onClick={() =>
                change(
                  { weekend: undefined },
                  `Weekend set back to ${loaded ? `${loaded.name}’s` : 'Saturday and Sunday'}.`,
                )
              }
            >
              Use {loaded ? `${loaded.name}’s` : 'the usual'} weekend
            </button>
          )}
        </fieldset>
      </details>

      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </fieldset>
  );
}
