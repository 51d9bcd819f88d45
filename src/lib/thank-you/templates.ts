// A thank-you draft in any tone, with all three tones loaded: for code that is not
// shipped to the builder page (tests, build-time checks). The builder composes with
// the tone it has loaded instead (see tone-wordings.ts).
import { composeThankYouEmail, type EmailDraft, type ThankYouInput } from './compose';
import type { ToneWording } from './wording';
import type { Tone } from '../workspace/schema';
import { WARM } from './tones/warm';
import { FORMAL } from './tones/formal';
import { CONCISE } from './tones/concise';

export type { EmailDraft, ThankYouInput } from './compose';

const WORDING: Record<Tone, ToneWording> = { warm: WARM, formal: FORMAL, concise: CONCISE };

/** A plain-text thank-you email to one interviewer in the chosen tone (see composeThankYouEmail). */
export function draftThankYouEmail(input: ThankYouInput): EmailDraft {
  return composeThankYouEmail(input, WORDING[input.tone] ?? WARM);
}
