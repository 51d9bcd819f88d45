// The days of an outcome: when it happened, and an offer's answer-by day, edited in
// "What to send next". Apart from outcome-edits.ts (the pipeline and the editor) so My interviews'
// first load and the island loaded on request do not share a chunk for it.
import { isValidIsoDate } from '../dates/iso-date';
import { mapApplication } from './operations';
import type { Workspace } from './schema';

/**
 * Sets the days of one entry of the outcome history: `at`, when the change happened,
 * only to a real YYYY-MM-DD date (it is never empty); `deadline`, an offer's answer-by
 * day, to a date, or '' to remove it. Anything else leaves the workspace unchanged.
 */
export function setOutcomeDay(
  ws: Workspace,
  appId: string,
  index: number,
  field: 'at' | 'deadline',
  day: string,
): Workspace {
  const valid = isValidIsoDate(day);
  if (
    !ws.applications.some((a) => a.id === appId && a.outcomes[index]) ||
    (!valid && (field === 'at' || day !== ''))
  )
    return ws;
  return mapApplication(ws, appId, (a) => ({
    ...a,
    outcomes: a.outcomes.map((o, n) => {
      if (n !== index) return o;
      if (valid) return { ...o, [field]: day };
      const { deadline: _, ...rest } = o;
      return rest;
    }),
  }));
}
