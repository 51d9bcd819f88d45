// The cover email for an item promised in the interview: references, a work sample, a
// certificate (guides/action-items.mdx, "How to write the cover email"). Its own email
// with a findable subject, because these get forwarded to HR or whoever checks references.
import { withArticle } from '../messages/grammar';
import { oneLine } from '../thank-you/wording';
import type { EmailDraft } from '../thank-you/compose';
import { capitalized, closeSentence, firstName } from '../thank-you/wording';
import type { Application, Person, Profile } from '../workspace/schema';

/** Everything an action-item cover email is built from. */
export interface ActionItemInput {
  /** The company and role. */
  application: Pick<Application, 'company' | 'role'>;
  /** Who asked for the item; null greets without a name. */
  interviewer: Person | null;
  profile: Pick<Profile, 'name' | 'phone'>;
  /**
   * What was promised, as the user names it ("my three references", "SQL portfolio
   * sample"), and any context.
   */
  item: { what: string; notes: string };
  /** True once the promised date has passed: adds one short apology, nothing more. */
  late: boolean;
}

/**
 * A short plain-text cover email: a thank-you line naming the role, "As promised, I've
 * attached <what>" ("the" added to a bare noun: drafts once read "attached is SQL
 * portfolio sample", and "attached is my three references" has the wrong verb), the notes as one line of context when given, one plain apology
 * when `late` (the guide: a late item needs a new date, not three paragraphs), an offer
 * to send anything else, and the user's name. Subject "<what> — <role> interview",
 * falling back to the company, then to the item alone. User text appears as typed
 * (whitespace collapsed; only the subject's first letter is capitalized, for sentence
 * case); empty fields drop their words. Never throws.
 */
export function draftActionItemEmail(input: ActionItemInput): EmailDraft {
  const { application, interviewer, profile, item, late } = input;
  const role = oneLine(application?.role);
  const company = oneLine(application?.company);
  const what = oneLine(item?.what);
  const notes = oneLine(item?.notes);
  const name = oneLine(interviewer?.name);

  const job = role ? (/\b(?:role|position|job)$/i.test(role) ? role : `${role} role`) : 'role';
  const position = company ? `the ${job} at ${company}` : `the ${job}`;
  const paragraphs = [
    [
      closeSentence(`Thank you again for your time during my interview for ${position}`),
      what
        ? closeSentence(`As promised, I've attached ${withArticle(what)}`)
        : "As promised, I've attached what we discussed.",
      late ? "I'm sorry it's later than I promised." : '',
    ],
    [notes ? closeSentence(`For context: ${notes}`) : ''],
    ['Please let me know if anything else would help.'],
  ];
  const body = [
    name ? `Hi ${firstName(name)},` : 'Hello,',
    ...paragraphs.map((p) => p.filter(Boolean).join(' ')).filter(Boolean),
    ['Best regards,', oneLine(profile?.name)].filter(Boolean).join('\n'),
  ].join('\n\n');

  const about = role || company ? `${role || company} interview` : '';
  const head = what ? capitalized(what) : 'As promised';
  const subject = about ? `${head} — ${about}` : what ? head : 'As promised after my interview';
  return { subject, body };
}
