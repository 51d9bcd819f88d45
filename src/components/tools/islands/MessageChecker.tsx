import { useEffect, useState } from 'preact/hooks';
import { warmUpToneCheck, type MessageKind } from '../../../lib/tone/tone-check';
import { noteLength } from '../../../lib/linkedin/count';
import { MESSAGE_LIMITS } from '../../../lib/messages/message-limits';
import { wordCount } from '../../../lib/messages/text-stats';
import {
  CHECKER_KEY,
  readCheckerState,
  writeCheckerState,
  type CheckerState,
} from '../../../lib/tone/checker-state';
import { ToneFindings } from '../parts/ToneFindings';

/** The kinds of message the checker knows, as the select names them. */
const KINDS: [MessageKind, string][] = [
  ['thank-you-email', 'Thank-you email'],
  ['handwritten-note', 'Handwritten note'],
  ['linkedin', 'LinkedIn connection note'],
  ['linkedin-message', 'LinkedIn message (after they accept)'],
  ['status-inquiry', 'Status inquiry'],
  ['final-follow-up', 'Final follow-up'],
  ['action-item', 'Cover email for something you promised'],
  ['other', 'Something else'],
];

/**
 * "Check my message": any text the user pastes, checked live by the professionalism
 * checker. It keeps its text in its own small storage key rather than the workspace,
 * so the page does not ship the workspace store (this page's budget is 25 KB).
 */
export default function MessageChecker({ idPrefix = 'mc' }: { idPrefix?: string }) {
  const [state, setState] = useState<CheckerState | null>(null);
  const [problem, setProblem] = useState('');
  // The text "Clear" took away, until the user types again: clearing asks nothing and
  // loses nothing, since "Put it back" is right there.
  const [cleared, setCleared] = useState('');
  useEffect(() => {
    const read = readCheckerState(() => localStorage);
    setState(read.state);
    setProblem(read.problem);
    // Another tab's edit is always newer than what this tab shows: every keystroke here
    // is saved at once, so nothing unsaved can be lost by taking it, even mid-sentence.
    // Ignoring it while this box had focus let the next keystroke here write the stale
    // text over the other tab's. A deletion (or a cleared storage) empties the box.
    const onStorage = (e: StorageEvent) => {
      if (e.key === CHECKER_KEY || e.key === null)
        setState(readCheckerState(() => localStorage).state);
    };
    window.addEventListener('storage', onStorage);
    // The page is here to check: compile the rules while the reader is still reading.
    // (Safari has no requestIdleCallback: a moment after the page settles instead.)
    if ('requestIdleCallback' in window) requestIdleCallback(() => warmUpToneCheck());
    else setTimeout(warmUpToneCheck, 300);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  if (!state) return <p class="tool-loading">Loading the checker…</p>;

  const id = (name: string) => `${idPrefix}-${name}`;
  const update = (patch: Partial<CheckerState>) => {
    const next = { ...state, ...patch };
    setState(next);
    setProblem(writeCheckerState(() => localStorage, next));
  };
  const followUp = state.kind === 'status-inquiry' || state.kind === 'final-follow-up';
  const { count: chars, limit } = noteLength(state.text, state.tier);

  return (
    <div class="tool message-checker">
      <h2 class="tool-title">Check my message</h2>
      {problem && (
        <p class="tool-warning" role="alert">
          {problem}
        </p>
      )}
      <div class="tool-grid">
        <div class="tool-field">
          <label for={id('kind')}>What is it?</label>
          <select
            id={id('kind')}
            value={state.kind}
            onChange={(e) => update({ kind: e.currentTarget.value as MessageKind })}
          >
            {KINDS.map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {state.kind === 'linkedin' && (
          <div class="tool-field">
            <label for={id('tier')}>Your LinkedIn account</label>
            <select
              id={id('tier')}
              value={state.tier}
              onChange={(e) =>
                update({ tier: e.currentTarget.value === 'premium' ? 'premium' : 'free' })
              }
            >
              <option value="free">
                Free: notes up to {MESSAGE_LIMITS.linkedinNote.free.max} characters
              </option>
              <option value="premium">
                Premium: notes up to {MESSAGE_LIMITS.linkedinNote.premium.max} characters
              </option>
            </select>
          </div>
        )}
        {followUp && (
          <div class="tool-field">
            <label for={id('interview')}>Your interview was on (optional)</label>
            <input
              id={id('interview')}
              type="date"
              value={state.interview}
              onInput={(e) => update({ interview: e.currentTarget.value })}
            />
          </div>
        )}
        {followUp && (
          <div class="tool-field">
            <label for={id('last')}>Your last follow-up on this job was sent on (optional)</label>
            <input
              id={id('last')}
              type="date"
              value={state.lastSent}
              onInput={(e) => update({ lastSent: e.currentTarget.value })}
            />
          </div>
        )}
      </div>
      <div class="tool-field">
        <label for={id('text')}>Your message</label>
        <p class="tool-hint" id={id('text-hint')}>
          Paste or type it here. It is checked as you type and stays in this browser only.
        </p>
        <textarea
          id={id('text')}
          rows={12}
          value={state.text}
          aria-describedby={`${id('text-hint')} ${id('count')}`}
          onInput={(e) => update({ text: e.currentTarget.value })}
        />
        <p
          id={id('count')}
          class={`tool-counter ${state.kind === 'linkedin' && chars > limit ? 'is-over' : ''}`}
        >
          {state.kind === 'linkedin'
            ? `${chars} of ${limit} characters${chars > limit ? `: ${chars - limit} over the limit` : ''}`
            : `${wordCount(state.text)} words`}
        </p>
      </div>
      {state.text.trim() ? (
        <ToneFindings
          text={state.text}
          kind={state.kind}
          label="your message"
          targetId={id('text')}
          linkedinLimit={limit}
          share={{ subject: '', to: '' }}
          interviewDate={followUp && state.interview ? state.interview : undefined}
          onRewrite={(next) => update({ text: next })}
          sentHistory={
            followUp && state.lastSent
              ? [{ kind: 'status-inquiry', at: state.lastSent }]
              : undefined
          }
        />
      ) : (
        <p class="tool-hint">Nothing to check yet.</p>
      )}
      <div class="tool-actions">
        <button
          type="button"
          class="tool-button tool-button-quiet"
          onClick={() => {
            setCleared(state.text);
            update({ text: '' });
            // The button is disabled now: focus goes to the empty box, ready for the next message.
            document.getElementById(id('text'))?.focus();
          }}
          disabled={!state.text}
        >
          Clear the message
        </button>
        <span role="status">
          {cleared && !state.text && (
            <>
              Message cleared.{' '}
              <button
                type="button"
                class="tool-button tool-button-quiet"
                onClick={() => {
                  update({ text: cleared });
                  setCleared('');
                }}
              >
                Put it back
              </button>
            </>
          )}
        </span>
      </div>
    </div>
  );
}
