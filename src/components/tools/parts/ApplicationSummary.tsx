import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { currentApplication, currentRound, setCurrent } from '../../../lib/workspace/operations';
import { interviewName } from '../../../lib/workspace/interview-name';
import { applicationHref, debriefHref, WORKSPACE_HREF } from './workspace-href';

/**
 * The summary's words (the round's facts, or what to do with nothing saved), fetched once
 * a summary is drawn: they are then in no page's budget, and My interviews, which loads
 * this module with the tools' shared chunk but shows no summary, never fetches them.
 */
// The module object, never a bare component: a function as a store's value would be
// called as a state updater. false: it could not load.
const $facts = atom<typeof import('./RoundFacts') | null | false>(null);
let factsLoad: Promise<void> | undefined;
const loadFacts = () =>
  (factsLoad ??= import('./RoundFacts').then(
    (m) => $facts.set(m),
    () => $facts.set(false),
  ));

const COULD_NOT_LOAD = 'The summary could not load: check your connection.';

interface Props {
  /** Unique prefix for ids when several islands share a page. */
  idPrefix: string;
  /** URL of the workspace page, for "All interviews" (built with withBase). */
  workspaceHref?: string;
}

/**
 * What every tool shows above itself instead of the interview's form: the picker, the
 * current round's facts in a few lines, and links to edit them on the application's own
 * page, so each fact is edited in one place.
 */
export function ApplicationSummary({ idPrefix, workspaceHref = WORKSPACE_HREF }: Props) {
  const ws = useStore($workspace);
  const facts = useStore($facts);
  const app = currentApplication(ws);
  useEffect(() => {
    void loadFacts();
  }, []);
  if (ws.applications.length === 0)
    return (
      <div class="tool-summary">
        {facts ? (
          <facts.NoApplication />
        ) : (
          <p class="tool-summary-wait">{facts === false ? COULD_NOT_LOAD : ''}</p>
        )}
      </div>
    );
  return (
    <div class="tool-summary">
      <div class="tool-field">
        <label for={`${idPrefix}-interview`}>Interview</label>
        <select
          id={`${idPrefix}-interview`}
          value={ws.currentId ?? ''}
          onChange={(e) => updateWorkspace((w) => setCurrent(w, e.currentTarget.value))}
        >
          {ws.applications.map((a) => {
            const { date } = currentRound(a);
            return (
              <option key={a.id} value={a.id}>
                {interviewName(a)}
                {/* The day as the facts write it, once their words are here (never YYYY-MM-DD). */}
                {date && facts ? `, ${facts.shortDay(date)}` : ''}
              </option>
            );
          })}
        </select>
      </div>
      {app &&
        (facts ? (
          <facts.RoundFacts app={app} />
        ) : (
          // Holds the facts' place while they load, so the links below do not jump.
          <p class="tool-summary-facts tool-summary-wait">
            {facts === false ? COULD_NOT_LOAD : ''}
          </p>
        ))}
      <div class="tool-actions tool-summary-links">
        {app && (
          <a class="tool-link" href={applicationHref(app.id, true)}>
            Edit details
          </a>
        )}
        <a class="tool-link" href={debriefHref()}>
          Debrief a new interview
        </a>
        <a class="tool-link" href={workspaceHref}>
          All interviews
        </a>
      </div>
    </div>
  );
}
