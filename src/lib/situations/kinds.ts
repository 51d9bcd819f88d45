// Which length rule each situation message is written to, so a counter beside a draft,
// the checker and the tests all read the same rule for it from the one table
// (src/lib/messages/message-limits.ts). Two kinds share a rule where the message is
// the same kind of note to a different reader.
import { MESSAGE_LIMITS, type LengthRule } from '../messages/message-limits';

/** The length rule of every situation message, by kind. */
export const SITUATION_LIMITS = {
  withdrawal: MESSAGE_LIMITS.withdrawal,
  acceptedElsewhere: MESSAGE_LIMITS.withdrawal,
  expedite: MESSAGE_LIMITS.expedite,
  offerExtension: MESSAGE_LIMITS.offerExtension,
  offerAcceptance: MESSAGE_LIMITS.offerAcceptance,
  offerDecline: MESSAGE_LIMITS.offerDecline,
  rejectionReply: MESSAGE_LIMITS.rejectionReply,
  reconnect: MESSAGE_LIMITS.reconnect,
  referenceThanks: MESSAGE_LIMITS.acceptedThanks,
  recruiterThanks: MESSAGE_LIMITS.acceptedThanks,
  screenThankYou: MESSAGE_LIMITS.screenThankYou,
  panelThankYou: MESSAGE_LIMITS.panelThankYou,
} as const satisfies Record<string, LengthRule>;

/** A message the situation builders draft. */
export type SituationKind = keyof typeof SITUATION_LIMITS;
