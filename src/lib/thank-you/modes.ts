// Which thank-you the builder writes for a round, and where the other two kinds keep
// their drafts. Per person stays the default (src/docs/facts.md, "Thank-you email":
// "one email per person stays the default"); a recruiter screen gets its own short
// note, and a round with two or more people may get one email to the panel's lead.
//
// Their drafts sit in Round.drafts beside the per-person ones, under keys that start
// "thank-you-email/" rather than "thank-you-email:": a per-person key is the kind, a
// colon and a person id, so no id can make one of these. The panel's key also carries
// the lead and whether the panel email is the one chosen, so the choice and the lead
// survive a reload without a new field in the stored shape.
import type { Person, Round } from '../workspace/schema';

/** The key prefix of the panel draft while chosen (mode-drafts.ts keeps the others). */
export const PANEL = 'thank-you-email/panel';

/**
 * Whether a round's thank-you is one panel email: only with two or more people met,
 * and only once the user chose it (its draft is kept under a chosen panel key).
 */
export function panelChosen(round: Round, met: readonly Person[]): boolean {
  return met.length > 1 && Object.keys(round.drafts).some((k) => k.startsWith(`${PANEL}:`));
}
