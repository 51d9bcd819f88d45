import { useEffect } from 'preact/hooks';
import { updateWorkspace } from '../../../stores/workspace';
import { currentRound, updateRound } from '../../../lib/workspace/operations';
import type { Application, Round } from '../../../lib/workspace/schema';
import { readingKey, toReading } from '../../../lib/timeline/reading';

/** Rounds whose reading was found current, with the holidays it was checked against. */
const current = new WeakMap<Round, string[]>();

/**
 * Keeps the stored timeline reading of each application's current round current. The
 * parser is fetched only when some reading is missing or stale (the user typed a new
 * timeline, changed the date or a holiday), so pages that just show a plan never
 * download it.
 */
export function useTimelineReadings(
  applications: readonly Application[],
  holidays: string[],
): void {
  const stale = applications.flatMap((app) => {
    const r = currentRound(app);
    // Checked once per round object: with hundreds saved, a keystroke in one must not
    // rebuild every key.
    if (current.get(r) === holidays) return [];
    const ok = r.timelineReading?.key === readingKey(r.timeline, r.date, holidays);
    if (ok) current.set(r, holidays);
    return ok ? [] : [{ app: app.id, r }];
  });
  const signature = stale
    .map(({ app, r }) => readingKey(r.timeline, r.date, holidays) + app + r.id)
    .join('\n');
  useEffect(() => {
    if (stale.length === 0) return;
    let cancelled = false;
    void import('../../../lib/timeline/parse').then(({ parseTimeline }) => {
      if (cancelled) return;
      updateWorkspace((w) => {
        let next = w;
        for (const { app, r } of stale) {
          const key = readingKey(r.timeline, r.date, holidays);
          next = updateRound(next, app, r.id, {
            timelineReading: toReading(parseTimeline(r.timeline, r.date, holidays), key),
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
