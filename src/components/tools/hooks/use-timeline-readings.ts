import { useEffect } from 'preact/hooks';
import { updateWorkspace } from '../../../stores/workspace';
import type { DaysOff } from '../../../stores/days-off';
import { currentRound, updateRound } from '../../../lib/workspace/operations';
import type { Application, Round } from '../../../lib/workspace/schema';
import { readingKeyFor, toReading } from '../../../lib/timeline/reading';

/** Rounds whose reading was found current, with the days off it was checked against. */
const current = new WeakMap<Round, DaysOff>();

/**
 * Keeps the stored timeline reading of each application's current round current. The
 * parser is fetched only when some reading is missing or stale (the user typed a new
 * timeline, changed the date, the region, a day off or the weekend), so pages that just
 * show a plan never download it. While the region's days are still loading nothing is
 * read: a reading made without them would be stored, then made again a moment later.
 */
export function useTimelineReadings(applications: readonly Application[], days: DaysOff): void {
  const waiting = days.state === 'loading';
  const stale = waiting
    ? []
    : applications.flatMap((app) => {
        const r = currentRound(app);
        // Checked once per round object: with hundreds saved, a keystroke in one must not
        // rebuild every key.
        if (current.get(r) === days) return [];
        const ok = r.timelineReading?.key === readingKeyFor(r.timeline, r.date, days);
        if (ok) current.set(r, days);
        return ok ? [] : [{ app: app.id, r }];
      });
  const signature = stale
    .map(({ app, r }) => readingKeyFor(r.timeline, r.date, days) + app + r.id)
    .join('\n');
  useEffect(() => {
    if (stale.length === 0) return;
    let cancelled = false;
    void import('../../../lib/timeline/parse').then(({ parseTimeline }) => {
      if (cancelled) return;
      updateWorkspace((w) => {
        let next = w;
        for (const { app, r } of stale) {
          const key = readingKeyFor(r.timeline, r.date, days);
          next = updateRound(next, app, r.id, {
            timelineReading: toReading(
              parseTimeline(r.timeline, r.date, days.holidays, {
                named: days.named,
                weekend: days.weekend,
                dateOrder: days.dateOrder,
              }),
              key,
            ),
          });
        }
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [signature]);
}
