// How long each kind of message should be: the one table that the drafts, the
// professionalism checker (src/lib/tone/tone-check.ts), the counters beside the drafts
// and the guides all read, so none of them can drift from the others. The numbers come
// from src/docs/facts.md ("Thank-you email", "Handwritten note", "LinkedIn", "Status
// inquiry and the hiring timeline", "Requested items", "Beyond the first round"),
// which names the sources; where the sources give sentences rather than a count, the
// entry says the number is the kit's own. Several tool pages ship this file, so it holds numbers and nothing else.
import type { LinkedInTier } from '../workspace/schema';

/** What a length counts. */
export type LengthUnit = 'words' | 'characters' | 'paragraphs';

/** How long one kind of message should be. */
export interface LengthRule {
  /**
   * What is counted. "words" as `wordCount` counts them (src/lib/messages/text-stats.ts);
   * "characters" as a person sees them, one per grapheme cluster, spaces and line breaks
   * included (`countCharacters`, src/lib/linkedin/count.ts); "paragraphs" of message
   * between the greeting and the sign-off (`noteFit`, src/lib/handwritten-note/note-card.ts).
   */
  readonly unit: LengthUnit;
  /**
   * Where a message of this kind should fall: drafts are written to it, counters show it,
   * and the checker suggests a change outside it. A `min` of 0 means nothing is too short.
   */
  readonly target: { readonly min: number; readonly max: number };
  /**
   * The hard maximum. A LinkedIn note past it is refused by the compose box, so the
   * checker warns; a message counted in words past it gets a firmer suggestion, since
   * length alone never makes a message one not to send. null where there is none.
   */
  readonly max: number | null;
}

/** Every length rule the kit has, by kind of message. */
export const MESSAGE_LIMITS = {
  /**
   * Thank-you email: 100–180 words (faraday.email; getresumatch.com says 3–5 sentences).
   * Past 200, which leaves room for a signature, it is retelling the résumé.
   */
  thankYou: { unit: 'words', target: { min: 100, max: 180 }, max: 200 },
  /**
   * Handwritten card: "a few sentences" (sandsearch.com), no floor; 90 words is the kit's
   * own ceiling, since a card holds about 100 words of handwriting. Whether it fits is
   * measured in lines for the chosen card (`noteFit`), not here.
   */
  handwrittenNote: { unit: 'words', target: { min: 0, max: 90 }, max: null },
  /** Handwritten card: two short paragraphs at the very most (blog.cardsdirect.com). */
  handwrittenNoteParagraphs: { unit: 'paragraphs', target: { min: 1, max: 2 }, max: 2 },
  /**
   * LinkedIn connection note, by account: 200 characters on a free account, 300 on
   * Premium or Sales Navigator, confirmed in the compose box on both (August 2026). A
   * short note is still a good note, and a request may go without one.
   */
  linkedinNote: {
    free: { unit: 'characters', target: { min: 0, max: 200 }, max: 200 },
    premium: { unit: 'characters', target: { min: 0, max: 300 }, max: 300 },
  },
  /**
   * LinkedIn message once they accept: the guide's three or four sentences, drafted at
   * about 60–120 words (the kit's own count); a brief thanks is enough when the request
   * carried a note, so nothing is too short.
   */
  linkedinMessage: { unit: 'words', target: { min: 0, max: 120 }, max: null },
  /**
   * Status inquiry: the sources give no count; the guides ask for four or five
   * sentences, shorter than the thank-you, hence the kit's 150.
   */
  statusInquiry: { unit: 'words', target: { min: 0, max: 150 }, max: null },
  /** Final follow-up: two or three sentences with greeting and sign-off; the kit's 100. */
  finalFollowUp: { unit: 'words', target: { min: 0, max: 100 }, max: null },
  /**
   * Cover email for a promised item: no length is recorded, and the guide asks for a
   * short cover note, so it gets the status inquiry's 150.
   */
  actionItem: { unit: 'words', target: { min: 0, max: 150 }, max: null },
  // The situations after the first round (lib/situations). The sources recorded so far give sentences, not counts
  // (src/docs/facts.md, "Beyond the first round"), so every number below is the kit's
  // own: the floor is what even a draft with no optional detail reaches, so a shorter
  // one reads curt, and the hard maximum leaves room for long names and a signature.
  /**
   * Withdrawal, before or after accepting elsewhere: "in a few lines" (facts.md), so
   * 30–110 words, 140 at most.
   */
  withdrawal: { unit: 'words', target: { min: 30, max: 110 }, max: 140 },
  /**
   * Expedite note to a company still interviewing: the status inquiry's 150 (four or
   * five sentences), as it is a status question with one fact added, the offer's date.
   */
  expedite: { unit: 'words', target: { min: 60, max: 150 }, max: 180 },
  /** Asking the offering company for more time: thanks, the date, a promise; 40–140. */
  offerExtension: { unit: 'words', target: { min: 40, max: 140 }, max: 170 },
  /**
   * Accepting an offer: the yes, the terms as offered and what happens next (facts.md,
   * "Answering an offer in writing"); 45–150 with the terms and start date, 180 at most.
   */
  offerAcceptance: { unit: 'words', target: { min: 45, max: 150 }, max: 180 },
  /** Declining an offer: "short" (facts.md), thanks, a clear no, at most a reason; 30–120. */
  offerDecline: { unit: 'words', target: { min: 30, max: 120 }, max: 150 },
  /** Reply to a rejection: "a short, courteous answer" (facts.md); 35–130 with the feedback question. */
  rejectionReply: { unit: 'words', target: { min: 35, max: 130 }, max: 160 },
  /** Reconnecting months after a rejection: the status inquiry's 150, the detail included. */
  reconnect: { unit: 'words', target: { min: 40, max: 150 }, max: 180 },
  /** Thanks to a reference or to the recruiter after accepting: a note, not a letter; 35–120. */
  acceptedThanks: { unit: 'words', target: { min: 35, max: 120 }, max: 150 },
  /**
   * Thank-you after a recruiter screen: "brief", and the kit's default "a short note"
   * (facts.md, "Recruiter screens and agency recruiters"), so under the interview
   * thank-you's 180: 40–150.
   */
  screenThankYou: { unit: 'words', target: { min: 40, max: 150 }, max: 180 },
  /**
   * One thank-you to a panel's lead with the others copied ("a sentence for each",
   * facts.md, "Panels"): the thank-you's range (100–180) plus a sentence for each of two
   * or three more people, so 100–220, and 260 at most for a panel of five.
   */
  panelThankYou: { unit: 'words', target: { min: 100, max: 220 }, max: 260 },
} as const satisfies Record<string, LengthRule | Record<LinkedInTier, LengthRule>>;
