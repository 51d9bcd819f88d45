// The interview's time zone: a native select of every zone with its offset on the
// interview's day, and a search box that narrows it (a city, "IST", "UTC+1"). Fetched
// after the interview fields have drawn (InterviewDetails), so no tool page carries the
// 400 labels or the abbreviations up front.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { timeZones } from '../../../lib/dates/time-zones';
import {
  currentZoneName,
  isKnownZone,
  searchZones,
  zoneLabel,
} from '../../../lib/dates/zone-search';
import { isValidIsoDate } from '../../../lib/dates/iso-date';
import { userTimeZone } from '../../../lib/dates/zoned-time';

/** Matches listed at most: past a few dozen, typing more narrows faster than scrolling. */
const SHOWN = 50;

interface Props {
  id: string;
  /** The stored zone (round.timeZone): always an option, so the select never shows another. */
  zone: string;
  /** The interview's day (YYYY-MM-DD), at which offsets are given; today when it is not a date. */
  date: string;
  /** Called with a zone the runtime accepts, never with typed text. */
  onChoose: (zone: string) => void;
}

/**
 * The zone select and its search box. Enter in the box, or picking from the narrowed
 * select, chooses; typed text alone never changes the stored zone.
 */
export default function ZonePicker({ id, zone, date, onChoose }: Props) {
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const at = useMemo(
    () => (isValidIsoDate(date) ? new Date(`${date}T12:00:00Z`) : new Date()),
    [date],
  );
  const browser = userTimeZone();
  // The browser's zone second: the likeliest other answer when the stored one is wrong.
  const all = useMemo(
    () => [...new Set([zone, browser, ...timeZones(zone).map(currentZoneName)])],
    [zone, browser],
  );
  const matches = useMemo(
    () => (query.trim() ? searchZones(query, all, at).slice(0, SHOWN) : []),
    [query, all, at],
  );
  const label = (z: string) => zoneLabel(z, at);
  // Each label needs the zone's offset on the day, and 400 of them at once held a phone's
  // main thread for about a quarter of a second (Lighthouse's blocking time on the
  // debrief): they are worked out a few milliseconds at a time while the page is idle,
  // and until then the select offers the stored zone and the browser's.
  const labels = useIdleLabels(all, at);
  // Matches keep their order as the choice moves through them, so the select's arrow keys
  // walk the list; the stored zone leads only while it is not a match. Kept between
  // renders: the labels are worked out again only when the list or the day changes, not
  // on each keystroke in the fields around.
  const options = useMemo(
    () =>
      (!query.trim()
        ? labels
          ? all
          : [...new Set([zone, browser])]
        : matches.includes(zone)
          ? matches
          : [zone, ...matches]
      ).map((z) => (
        <option key={z} value={z}>
          {labels?.get(z) ?? zoneLabel(z, at)}
          {z === browser && z !== zone ? ' · your zone' : ''}
        </option>
      )),
    [query, all, matches, zone, at, browser, labels],
  );

  const choose = (next: string, done: boolean) => {
    if (!isKnownZone(next)) return;
    onChoose(next);
    if (done) {
      setQuery('');
      setSaid(`Time zone set to ${label(next)}.`);
    }
  };

  const found = !query.trim()
    ? said
    : matches.length
      ? `${matches.length === SHOWN ? `${SHOWN}+` : matches.length} ${matches.length === 1 ? 'zone matches' : 'zones match'}; Enter chooses ${label(matches[0]!)}.`
      : `No time zone matches “${query.trim()}”; the interview keeps ${label(zone)}.`;

  return (
    <div class="tool-field">
      <label for={id}>Time zone of that time</label>
      <select
        ref={select}
        id={id}
        value={zone}
        aria-describedby={`${id}-found`}
        onChange={(e) => choose(e.currentTarget.value, false)}
      >
        {options}
      </select>
      <label for={`${id}-find`}>Find a time zone</label>
      <input
        id={`${id}-find`}
        type="search"
        value={query}
        placeholder="City, IST or UTC+1"
        autoComplete="off"
        aria-describedby={`${id}-found`}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (matches[0]) choose(matches[0], true);
          } else if (e.key === 'ArrowDown' && matches.length) {
            // Into the narrowed list, where the arrows go through the matches.
            e.preventDefault();
            select.current?.focus();
          }
        }}
      />
      <p id={`${id}-found`} class="tool-hint" role="status">
        {found}
      </p>
    </div>
  );
}

/**
 * Every zone's label on the day `at`, worked out in slices of about 8 ms when the page is
 * idle (a timeout where there is no requestIdleCallback), so no slice is a long task;
 * null until all are done.
 */
function useIdleLabels(zones: readonly string[], at: Date): Map<string, string> | null {
  const [labels, setLabels] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    setLabels(null);
    const done = new Map<string, string>();
    let next = 0;
    let cancelled = false;
    const later = (f: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(f) : setTimeout(f, 16);
    const slice = () => {
      if (cancelled) return;
      const until = performance.now() + 8;
      while (next < zones.length && performance.now() < until) {
        const z = zones[next++]!;
        done.set(z, zoneLabel(z, at));
      }
      if (next < zones.length) later(slice);
      else setLabels(done);
    };
    later(slice);
    return () => {
      cancelled = true;
    };
  }, [zones, at]);
  return labels;
}
