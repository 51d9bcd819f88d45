import { useEffect } from 'preact/hooks';
import { updateWorkspace } from '../../../stores/workspace';
import { updateInterview } from '../../../lib/workspace/operations';
import type { Interview } from '../../../lib/workspace/schema';
import { readingKey, toReading } from '../../../lib/timeline/reading';

/** Interviews whose reading was found current, with the holidays it was checked against. */
const current = new WeakMap<Interview, string[]>();

/**
 * Keeps each interview's stored timeline reading current. The parser is fetched only
 * when some reading is missing or stale (the user typed a new timeline, changed the
 * date or a holiday), so pages that just show a plan never download it.
 */
export function useTimelineReadings(interviews: readonly Interview[], holidays: string[]): void {
  const stale = interviews.filter((i) => {
    // Checked once per interview object: with hundreds saved, a keystroke in one
    // must not rebuild every key.
    if (current.get(i) === holidays) return false;
    const ok = i.timelineReading?.key === readingKey(i.timeline, i.date, holidays);
    if (ok) current.set(i, holidays);
    return !ok;
  });
  const signature = stale.map((i) => readingKey(i.timeline, i.date, holidays) + i.id).join('\n');
  useEffect(() => {
    if (stale.length === 0) return;
    let cancelled = false;
    void import('../../../lib/timeline/parse').then(({ parseTimeline }) => {
      if (cancelled) return;
      updateWorkspace((w) => {
        let next = w;
        for (const i of stale) {
          const key = readingKey(i.timeline, i.date, holidays);
          next = updateInterview(next, i.id, {
            timelineReading: toReading(parseTimeline(i.timeline, i.date, holidays), key),
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
