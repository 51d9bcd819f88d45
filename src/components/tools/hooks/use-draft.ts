import { commitHeldInputs, updateWorkspace } from '../../../stores/workspace';
import { setDraft } from '../../../lib/workspace/operations';
import {
  chooseForDraft,
  draftChoices,
  editDraft,
  fresh,
  showDraft,
  startAgain,
  type DraftChoices,
  type DraftText,
  type DraftView,
} from '../../../lib/messages/draft-rule';
import type { Draft, Round } from '../../../lib/workspace/schema';

/** The choices a draft is generated with (its tone, log entry and detail, defaulted). */
export type Choices = ReturnType<typeof draftChoices>;

/** One draft as a builder shows it, and what the user can do to it. */
export interface DraftHandle extends DraftView, Choices {
  /** False while the fresh draft cannot be made (a tone's wording still loading). */
  ready: boolean;
  /** The user typed in the subject or body: the draft becomes theirs. */
  edit: (patch: Partial<DraftText>) => void;
  /**
   * Back to the draft from the details. An edited draft is replaced only when
   * `confirmed`; the answer is false when it was not (so ask, then call again). It is
   * decided on the draft as stored at the call, with every held keystroke in: the words
   * typed a moment ago make it edited even before the page has redrawn.
   */
  startAgain: (confirmed: boolean) => boolean;
  /** A new tone, log entry or detail. */
  choose: (patch: Partial<DraftChoices>) => void;
}

/**
 * Binds the draft rule (lib/messages/draft-rule.ts) to the store for one draft: the
 * saved draft under `key` in `round` of the application `appId` (a value the island got
 * from useStore, never read from the store while drawing), the draft its details give now (`generate`, with
 * the draft's saved choices; null while it cannot be made), and the actions, each
 * applied to the draft as the store holds it at that moment.
 *
 * It keeps no state of its own (the draft lives in the store), so a builder may bind
 * one draft per person in a loop.
 */
export function useDraft(
  appId: string,
  round: Round,
  key: string,
  generate: (choices: Choices) => DraftText | null,
): DraftHandle {
  const choices = draftChoices(round.drafts[key]);
  const made = generate(choices);
  const generated = made && fresh(made);
  // Applies a rule's step to the draft as stored now; false when the rule changed nothing.
  const write = (next: (saved: Draft | undefined) => Draft | null) => {
    let done = false;
    updateWorkspace((ws) => {
      const stored = ws.applications
        .find((a) => a.id === appId)
        ?.rounds.find((r) => r.id === round.id)?.drafts[key];
      const draft = next(stored);
      done = draft !== null;
      return draft ? setDraft(ws, appId, round.id, key, draft) : ws;
    });
    return done;
  };
  return {
    ...showDraft(round.drafts[key], generated),
    ...choices,
    ready: generated !== null,
    edit: (patch) => write((saved) => editDraft(saved, generated, patch)),
    startAgain: (confirmed) => {
      // The words still held by a field go in first, so nothing typed is lost unasked.
      commitHeldInputs();
      return write((saved) => startAgain(saved, generated, confirmed)) || !generated;
    },
    choose: (patch) => write((saved) => chooseForDraft(saved, generated, patch)),
  };
}
