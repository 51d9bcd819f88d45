// How often and how soon: the pacing numbers that the guides state and the tools turn
// into dates, warnings and advice, kept in one place so the two say the same thing
// (src/docs/facts.md, "Handwritten note", "LinkedIn", "Staying engaged"). Several tool
// pages ship this file, so it holds numbers and nothing else.

/** The pacing rules, each read by a tool and printed by a guide. */
export const PACING = {
  /**
   * Connection requests a free LinkedIn account can send with a personal note each
   * calendar month: five, LinkedIn's own Help answer (a550555). Other pages say 3 or
   * about 10; the LinkedIn guide says so.
   */
  linkedinFreeNotesPerMonth: 5,
  /**
   * Likes, comments and shares on the company's posts in one day, at most: one. The
   * engagement log's note appears as soon as a day has more (no page recorded: it is the
   * staying-engaged guide's own caution).
   */
  reactionsPerDay: 1,
  /**
   * Days after the interview by which the handwritten card is posted: 0, the same day,
   * or it is handed in at reception (gsehd.gwu.edu). Any later and it may arrive after
   * the decision, so the kit says to let the email do the work.
   */
  cardMailDays: 0,
  /**
   * Follow-ups after the thank-you, at most: two (the status inquiry and one final
   * note), then the candidate moves on. A third reads as pressure (src/docs/facts.md,
   * "Status inquiry and the hiring timeline"); the plan and the writer refuse it.
   */
  followUpsAfterThankYou: 2,
  /** Business days to answer a rejection in: a day or two (facts.md, "After a rejection"). */
  rejectionReplyDays: 2,
  /** Months after a rejection to get back in touch: the kit's own default, changeable (facts.md, "After a rejection"). */
  reconnectMonths: 3,
  /**
   * Business days before an offer's deadline by which the other companies should have
   * heard about it, so they have time to move: the kit's own margin (facts.md,
   * "Offers, deadlines and withdrawing").
   */
  expediteLeadDays: 3,
  /**
   * Business days past an offer's deadline that the request for more time proposes: three,
   * the short end of the usual three to seven, since the shortest extension that will do
   * is the one to ask for (facts.md, "Asking for more time on an offer"). The user edits
   * the date in the draft when they need longer.
   */
  offerExtensionDays: 3,
} as const;
