import { updateWorkspace } from '../../../stores/workspace';
import {
  addApplication,
  blankApplication,
  currentRound,
  peopleMet,
} from '../../../lib/workspace/operations';
import { userTimeZone } from '../../../lib/dates/zoned-time';
import { interviewName } from '../../../lib/workspace/interview-name';
import { roundTimeline, roundWhen } from '../../../lib/workspace/round-summary';
// The picker's day words come with the facts, so no tool page carries them on load.
export { shortDay } from '../../../lib/workspace/round-summary';
import type { Application } from '../../../lib/workspace/schema';
import { FORMAT_LABELS } from './labels';
import { PERSON_ROLE_LABELS, ROUND_KIND_LABELS } from './round-labels';
import { debriefHref } from './workspace-href';

/**
 * The current round of an application in a few lines (the summary above every tool,
 * loaded on demand by ApplicationSummary); a fact not noted yet says so, so nothing
 * looks lost.
 */
export function RoundFacts({ app }: { app: Application }) {
  const round = currentRound(app);
  const people = peopleMet(app, round);
  const when = roundWhen(round);
  const timeline = roundTimeline(app, round);
  return (
    <dl class="tool-summary-facts">
      <dt>Round</dt>
      <dd>{`${interviewName(app)}, ${ROUND_KIND_LABELS[round.kind]} (${FORMAT_LABELS[round.format].toLowerCase()})`}</dd>
      <dt>When</dt>
      <dd>{when || 'Date not noted yet'}</dd>
      <dt>People met</dt>
      <dd>
        {people.length
          ? people
              .map(
                (p, n) =>
                  `${p.name.trim() || `Person ${n + 1}`} (${PERSON_ROLE_LABELS[p.role].replace(/ \(.*/, '')})`,
              )
              .join(', ')
          : 'No one noted yet'}
      </dd>
      <dt>Timeline</dt>
      <dd>{timeline || 'None given yet'}</dd>
    </dl>
  );
}

/**
 * The summary with nothing saved: the debrief first, as it asks for the facts in order;
 * "New interview" for those who would rather fill the details in on their own.
 */
export function NoApplication() {
  const create = () =>
    updateWorkspace((w) => addApplication(w, blankApplication(new Date(), userTimeZone())));
  return (
    <>
      <p>No interview is saved in this browser yet: tell the kit about yours first.</p>
      <div class="tool-actions">
        <a class="tool-button" href={debriefHref()}>
          Debrief your interview
        </a>
        <button type="button" class="tool-button tool-button-quiet" onClick={create}>
          New interview
        </button>
      </div>
    </>
  );
}
