// Which message an outcome step sends and how it is drafted: from the step's id
// (lib/timeline/outcome-plan.ts) and the workspace to the kind, the person, the length
// rule and a builder call with the right inputs. Pure, so "What to send next" binds it
// to the store and the tests call it directly.
import { isValidIsoDate, compareDates } from '../dates/iso-date';
import type { LengthRule } from '../messages/message-limits';
import { PACING } from '../messages/pacing';
import { addBusinessDays } from '../timeline/business-days';
import { currentRound, draftKey } from '../workspace/operations';
import type {
  Application,
  MessageKind,
  Person,
  Profile,
  Round,
  Tone,
  Workspace,
} from '../workspace/schema';
import { outcomeRecipient, stepMessage } from '../timeline/outcome-steps';
import { draftAcceptedElsewhereWithdrawal } from './accepted-elsewhere';
import { draftRecruiterThanks, draftReferenceThanks } from './accepted-thanks';
import { offerAnswerOf } from '../workspace/offer-answer-edits';
import { draftExpedite } from './expedite';
import { SITUATION_LIMITS } from './kinds';
import type { DraftText, SituationInput } from './letter';
import { draftOfferAcceptance } from './offer-acceptance';
import { draftOfferDecline } from './offer-decline';
import { draftOfferExtension } from './offer-extension';
import { draftReconnect } from './reconnect';
import { draftRejectionReply } from './rejection-reply';
import { draftWithdrawal } from './withdrawal';

/** One outcome step's message, ready to draft. */
export interface StepDraft {
  kind: MessageKind;
  /** The application it goes to (for "withdraw-from", the other one). */
  application: Application;
  /** That application's latest round: it keeps the draft and the "sent" record. */
  round: Round;
  /** Who it goes to; null greets the team. */
  recipient: Person | null;
  /** Where the draft is kept in the round ("kind:personId", or "kind"). */
  key: string;
  /** The length rule its counter and the tone check use (lib/situations/kinds.ts). */
  limit: LengthRule;
  /** The draft in a tone. */
  generate: (tone: Tone) => DraftText;
}

/** The rule of each kind, from the situations' table. */
const LIMITS: Record<string, LengthRule> = {
  withdrawal: SITUATION_LIMITS.withdrawal,
  expedite: SITUATION_LIMITS.expedite,
  'offer-extension': SITUATION_LIMITS.offerExtension,
  'offer-acceptance': SITUATION_LIMITS.offerAcceptance,
  'offer-decline': SITUATION_LIMITS.offerDecline,
  'rejection-reply': SITUATION_LIMITS.rejectionReply,
  reconnect: SITUATION_LIMITS.reconnect,
  'reference-thanks': SITUATION_LIMITS.referenceThanks,
  'recruiter-thanks': SITUATION_LIMITS.recruiterThanks,
};

/** The month of a YYYY-MM-DD date ("November"), as a reconnect note says when they spoke; '' for none. */
function month(date: string): string {
  return isValidIsoDate(date)
    ? new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' })
    : '';
}

/** A round still to come after `day`: its date, which a withdrawal frees; '' when none. */
function booked(app: Application, day: string | undefined): string {
  const { date } = currentRound(app);
  return isValidIsoDate(date) && isValidIsoDate(day) && compareDates(date, day) > 0 ? date : '';
}

/**
 * The message of an outcome step of application `app`, or null when the step names an
 * application or person no longer there.
 *
 * - expedite:<other>: to this company, with the other offer's deadline (the note never
 *   names the other company: lib/situations/expedite.ts) and the latest round's date;
 * - offer-extension: to this company, with the deadline they gave;
 * - offer-answer: the acceptance or the decline the answer in the latest round asks
 *   for, from what the user noted there (start date, terms, offer letter; reason, door);
 * - rejection-reply, reconnect (with the month of the latest round), withdrawal (freeing
 *   a round booked after the decision): to this company;
 * - withdraw-from:<other>: the withdrawal after accepting, to the other company's
 *   recruiter (or hiring manager, or first person met there), kept in its round;
 * - recruiter-thanks:<person>, reference-thanks:<person>: to that person.
 *
 * The recipient otherwise is the recruiter, else the hiring manager, else the first person
 * met in the latest round.
 */
export function stepDraft(
  stepId: string,
  ws: Pick<Workspace, 'applications' | 'settings'> & {
    profile: Profile;
    /** The region's days off with the user's own; without them, only the typed holidays count. */
    daysOff?: { holidays: readonly string[]; weekend: readonly number[] };
  },
  app: Application,
): StepDraft | null {
  const message = stepMessage(stepId, app, ws);
  if (!message) return null;
  const { kind, target } = message;
  const recipient = message.personId
    ? (target.people.find((p) => p.id === message.personId) ?? null)
    : outcomeRecipient(target);
  const outcome = app.outcomes.at(-1);
  const base = (tone: Tone): SituationInput => ({
    candidate: { name: ws.profile.name, phone: ws.profile.phone },
    company: target.company,
    role: target.role,
    recipient: { name: recipient?.name ?? '', title: recipient?.title ?? '' },
    tone,
  });
  let generate: (tone: Tone) => DraftText;
  const head = stepId.split(':')[0];
  switch (head) {
    case 'expedite': {
      const other = ws.applications.find((a) => a.id === stepId.slice('expedite:'.length));
      const deadline = other?.outcomes.at(-1)?.deadline ?? '';
      generate = (tone) =>
        draftExpedite({
          ...base(tone),
          offerDeadline: deadline,
          preferred: false,
          lastInterview: currentRound(app).date,
        });
      break;
    }
    case 'offer-extension': {
      // One specific new date, a few business days past theirs: "a little more time"
      // makes them guess. Without a deadline there is nothing to count from.
      const deadline = isValidIsoDate(outcome?.deadline) ? outcome.deadline : '';
      const holidays = ws.daysOff?.holidays ?? ws.settings.holidays;
      const newDate = deadline
        ? addBusinessDays(deadline, PACING.offerExtensionDays, holidays, ws.daysOff?.weekend)
        : '';
      generate = (tone) =>
        draftOfferExtension({ ...base(tone), newDate, currentDeadline: deadline });
      break;
    }
    case 'offer-answer': {
      const answer = offerAnswerOf(app);
      generate = (tone) =>
        answer.choice === 'decline'
          ? draftOfferDecline({ ...base(tone), reason: answer.reason, doorOpen: answer.doorOpen })
          : draftOfferAcceptance({
              ...base(tone),
              startDate: answer.startDate,
              terms: answer.terms,
              writtenOffer: answer.writtenOffer,
            });
      break;
    }
    case 'rejection-reply':
      generate = (tone) => draftRejectionReply(base(tone));
      break;
    case 'reconnect':
      generate = (tone) =>
        draftReconnect({ ...base(tone), lastSpoke: month(currentRound(app).date) });
      break;
    case 'withdrawal':
      generate = (tone) =>
        draftWithdrawal({ ...base(tone), bookedInterview: booked(app, outcome?.at) });
      break;
    case 'withdraw-from':
      generate = (tone) =>
        draftAcceptedElsewhereWithdrawal({
          ...base(tone),
          bookedInterview: booked(target, outcome?.at),
        });
      break;
    case 'recruiter-thanks':
      generate = (tone) => draftRecruiterThanks({ ...base(tone), agency: app.source === 'agency' });
      break;
    default:
      generate = (tone) => draftReferenceThanks(base(tone));
  }
  return {
    kind,
    application: target,
    round: currentRound(target),
    recipient,
    key: draftKey(kind, recipient?.id),
    limit: LIMITS[kind]!,
    generate,
  };
}
