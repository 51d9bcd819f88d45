// What "Check my message" keeps between visits: the text being checked and the choices
// around it. It has its own small key instead of living in the workspace, because the
// checker's page would otherwise ship the whole workspace store. Reading never throws
// and never loses the user's words: text that is not in the expected format is shown
// as it was saved.
import type { MessageKind } from './tone-check';
import { isQuotaError } from '../workspace/quota-error';
import type { LinkedInTier } from '../workspace/schema';

/** localStorage key of the checker's text. */
export const CHECKER_KEY = 'fuk-message-check';

/** Longest text kept; a longer paste is checked but saved only up to here (and the user told). */
export const CHECKER_MAX_TEXT = 50_000;

/** The checker's saved state. */
export interface CheckerState {
  /** What kind of message the text is; sets the length limit and which checks apply. */
  kind: MessageKind;
  /** The message itself, as pasted or typed. */
  text: string;
  /** The user's LinkedIn account, for the note limit (200 free, 300 Premium). */
  tier: LinkedInTier;
  /** When they last sent a follow-up on this job (YYYY-MM-DD, '' if not given), for the too-soon check. */
  lastSent: string;
  /** The interview's day (YYYY-MM-DD, '' if not given): a follow-up within 5 business days of it is too soon. */
  interview: string;
}

const KINDS: readonly MessageKind[] = [
  'thank-you-email',
  'handwritten-note',
  'linkedin',
  'linkedin-message',
  'status-inquiry',
  'final-follow-up',
  'action-item',
  'other',
];

/** A first visit's state. */
export const EMPTY_CHECKER: CheckerState = {
  kind: 'other',
  text: '',
  tier: 'free',
  lastSent: '',
  interview: '',
};

const NOT_SAVED = 'Your message is still here, but it was not saved in this browser';

/**
 * Reads the saved state. `problem` is '' when all is well, else one sentence for the user.
 * `storage` is a function so a browser that refuses access to localStorage is caught here.
 */
export function readCheckerState(storage: () => Storage): { state: CheckerState; problem: string } {
  let raw: string | null;
  try {
    raw = storage().getItem(CHECKER_KEY);
  } catch {
    return {
      state: { ...EMPTY_CHECKER },
      problem:
        'This browser does not let the page keep your text (private mode or a setting), so it will be gone when you leave.',
    };
  }
  if (raw === null || raw === '') return { state: { ...EMPTY_CHECKER }, problem: '' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    typeof (data as { text?: unknown }).text !== 'string'
  ) {
    // Not ours, or damaged: the words are all that matter, so show them as they were saved.
    return {
      state: { ...EMPTY_CHECKER, text: raw.slice(0, CHECKER_MAX_TEXT) },
      problem:
        'The text saved here earlier was damaged, so it is shown exactly as it was stored. Check it before you use it.',
    };
  }
  const d = data as Record<string, unknown>;
  return {
    state: {
      kind: KINDS.includes(d.kind as MessageKind) ? (d.kind as MessageKind) : 'other',
      text: (d.text as string).slice(0, CHECKER_MAX_TEXT),
      tier: d.tier === 'premium' ? 'premium' : 'free',
      lastSent:
        typeof d.lastSent === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.lastSent) ? d.lastSent : '',
      // Saved before the field existed: absent, so none.
      interview:
        typeof d.interview === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.interview)
          ? d.interview
          : '',
    },
    problem: '',
  };
}

/** Saves the state; returns '' when saved, else one sentence saying what happened. Never throws. */
export function writeCheckerState(storage: () => Storage, state: CheckerState): string {
  const tooLong = state.text.length > CHECKER_MAX_TEXT;
  try {
    storage().setItem(
      CHECKER_KEY,
      JSON.stringify({ ...state, text: state.text.slice(0, CHECKER_MAX_TEXT) }),
    );
  } catch (error) {
    const full = isQuotaError(error);
    return `${NOT_SAVED}: ${full ? 'its storage is full' : 'it does not let the page keep data'}. Copy it somewhere safe before you leave.`;
  }
  return tooLong
    ? `${NOT_SAVED} in full: only the first ${CHECKER_MAX_TEXT.toLocaleString('en-GB')} characters are kept.`
    : '';
}
