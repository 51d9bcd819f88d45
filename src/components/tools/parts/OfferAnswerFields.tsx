import { updateWorkspace } from '../../../stores/workspace';
import { offerAnswerOf, setOfferAnswer } from '../../../lib/workspace/offer-answer-edits';
import type { Application, OfferAnswer } from '../../../lib/workspace/schema';
import { Field } from './Field';

interface Props {
  application: Application;
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
}

/**
 * What the answer to an offer is drafted from: accept or decline, then for accepting
 * the start date, the terms as offered and whether the offer letter has come; for
 * declining an optional one-line reason and whether to leave the door open. Each change
 * is kept in the latest round, and the draft below follows it.
 */
export function OfferAnswerFields({ application, id }: Props) {
  const answer = offerAnswerOf(application);
  const set = (patch: Partial<OfferAnswer>) =>
    updateWorkspace((w) => setOfferAnswer(w, application.id, patch));
  return (
    <>
      <fieldset class="tool-fieldset">
        <legend>Your answer</legend>
        {(
          [
            ['accept', 'Accept'],
            ['decline', 'Decline'],
          ] as const
        ).map(([choice, text]) => (
          <label class="tool-field tool-check" key={choice}>
            <input
              type="radio"
              name={`${id}-choice`}
              checked={answer.choice === choice}
              onChange={() => set({ choice })}
            />
            {text}
          </label>
        ))}
      </fieldset>
      {answer.choice === 'accept' ? (
        <>
          <div class="tool-grid">
            <Field
              id={`${id}-start`}
              label="Start date (optional)"
              type="date"
              value={answer.startDate}
              onInput={(startDate) => set({ startDate })}
            />
            <Field
              id={`${id}-terms`}
              label="Salary or other terms, as offered (optional)"
              hint="One line, e.g. £52,000 a year, four days a week. The email confirms it in writing."
              value={answer.terms}
              onInput={(terms) => set({ terms })}
            />
          </div>
          <label class="tool-field tool-check">
            <input
              type="checkbox"
              checked={answer.writtenOffer}
              onChange={(e) => set({ writtenOffer: e.currentTarget.checked })}
            />
            I have the offer letter or contract (if not, the email asks for it)
          </label>
        </>
      ) : (
        <>
          <Field
            id={`${id}-reason`}
            label="Your reason, in one line (optional)"
            hint="Leave it empty to give none: a short no is polite enough."
            value={answer.reason}
            onInput={(reason) => set({ reason })}
          />
          <label class="tool-field tool-check">
            <input
              type="checkbox"
              checked={answer.doorOpen}
              onChange={(e) => set({ doorOpen: e.currentTarget.checked })}
            />
            Leave the door open (say you would like to stay in touch)
          </label>
        </>
      )}
    </>
  );
}
