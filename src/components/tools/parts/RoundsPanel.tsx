import { updateWorkspace } from '../../../stores/workspace';
import { addRound, newId, peopleMet, updateRound } from '../../../lib/workspace/operations';
import { blankRound, type Application, type Round } from '../../../lib/workspace/schema';
import { shortDate, isValidIsoDate } from '../../../lib/dates/iso-date';
// The labels' keys are the kinds: the reader's list (allowed-values.ts) stays off this page.
import { ROUND_KIND_LABELS } from './round-labels';

interface Props {
  application: Application;
  /** Removes a round (with undo, from the page's undo line). */
  onRemoveRound: (appId: string, roundId: string) => void;
}

/** "Video call, Tue 24 Nov: Priya Raman and Tom Okafor". */
function roundLine(app: Application, round: Round): string {
  const names = peopleMet(app, round)
    .map((p) => p.name.trim())
    .filter(Boolean);
  const when = isValidIsoDate(round.date) ? `, ${shortDate(round.date)}` : ', no date yet';
  return `${ROUND_KIND_LABELS[round.kind]}${when}${names.length ? `: ${names.join(', ')}` : ''}`;
}

/**
 * The application's rounds, oldest first: what each was, when, and whom the user met.
 * The latest is the one the fields below (and every tool) work on; "Add a round" starts
 * the next one, and the people already met can be marked as met again, so a second
 * round's thank-yous go to the new people, or to anyone the user chooses.
 */
export function RoundsPanel({ application, onRemoveRound }: Props) {
  const rounds = application.rounds;
  const round = rounds[rounds.length - 1]!;
  // Everyone met in an earlier round, ticked when met in this one too.
  const earlier = application.people.filter((p) =>
    rounds.slice(0, -1).some((r) => r.met.includes(p.id)),
  );
  const setMet = (personId: string, met: boolean) =>
    updateWorkspace((w) =>
      updateRound(w, application.id, round.id, {
        met: met ? [...round.met, personId] : round.met.filter((id) => id !== personId),
      }),
    );
  return (
    <fieldset class="tool-fieldset">
      <legend>Rounds</legend>
      <ol class="tool-rounds">
        {rounds.map((r, n) => (
          <li key={r.id}>
            Round {n + 1}: {roundLine(application, r)}
            {r === round && <span class="tool-muted"> (the one below)</span>}
          </li>
        ))}
      </ol>
      <div class="tool-grid">
        <div class="tool-field">
          <label for="ws-round-kind">What round {rounds.length} was</label>
          <select
            id="ws-round-kind"
            value={round.kind}
            onChange={(e) =>
              updateWorkspace((w) =>
                updateRound(w, application.id, round.id, {
                  kind: e.currentTarget.value as Round['kind'],
                }),
              )
            }
          >
            {(Object.keys(ROUND_KIND_LABELS) as Round['kind'][]).map((k) => (
              <option key={k} value={k}>
                {ROUND_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rounds.length > 1 && earlier.length > 0 && (
        <fieldset class="tool-fieldset">
          <legend>Met again in round {rounds.length}</legend>
          <p class="tool-hint">Ticked people get this round's thank-yous too.</p>
          {earlier.map((p) => (
            <div class="tool-field tool-check" key={p.id}>
              <input
                type="checkbox"
                id={`ws-met-${p.id}`}
                checked={round.met.includes(p.id)}
                onChange={(e) => setMet(p.id, e.currentTarget.checked)}
              />
              <label for={`ws-met-${p.id}`}>{p.name.trim() || 'Unnamed person'}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div class="tool-actions">
        <button
          type="button"
          class="tool-button tool-button-quiet"
          onClick={() =>
            updateWorkspace((w) =>
              addRound(w, application.id, blankRound(newId(), round.timeZone, '')),
            )
          }
        >
          Add a round
        </button>
        {rounds.length > 1 && (
          <button
            type="button"
            class="tool-button tool-button-danger"
            onClick={() => onRemoveRound(application.id, round.id)}
          >
            Remove round {rounds.length}
          </button>
        )}
      </div>
    </fieldset>
  );
}
