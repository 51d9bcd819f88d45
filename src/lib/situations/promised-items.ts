// The sentence that tells an interviewer when the things the candidate promised will
// arrive. A thank-you that names the SQL sample and its day reads as a promise being
// kept; one that ignores it leaves the interviewer wondering. Enclosing the item with the
// thank-you is the other accepted way (src/docs/facts.md, "Requested items"); that is
// the action-item cover email's job, not this sentence's.
import { joinList, withArticle } from '../messages/grammar';
import { oneLine } from '../thank-you/wording';
import type { Tone } from '../workspace/schema';
import { dayText } from './day-text';

/** Something the candidate promised, and when it will be sent. */
export interface PromisedItem {
  /** As the user named it: "SQL sample", "my three references". */
  what: string;
  /** YYYY-MM-DD, or a day as the user wrote it ("Friday"); '' when no day was given. */
  due: string;
}

/**
 * "I'll send the SQL sample by Tuesday 8 December.": one sentence naming every promised
 * item and its day. Items due the same day share it ("the SQL sample and two references
 * by Friday"); items without a day are sent "shortly". Formal drafts say "I will". Items
 * with an empty `what` are skipped, and with none left the answer is '' so the caller
 * drops the sentence. The user's words appear as typed, with "the" added to a bare noun.
 */
export function promisedItemSentence(
  items: readonly PromisedItem[],
  opts: { tone?: Tone } = {},
): string {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    // A full stop of the user's own would end the sentence before its day.
    const what = withArticle(oneLine(item.what).replace(/[\s.,;:!?…]+$/u, ''));
    if (!what) continue;
    const due = dayText(item.due);
    groups.set(due, [...(groups.get(due) ?? []), what]);
  }
  if (groups.size === 0) return '';
  const parts = [...groups].map(
    ([due, things]) => `${joinList(things)}${due ? ` by ${due}` : ' shortly'}`,
  );
  return `${opts.tone === 'formal' ? 'I will' : "I'll"} send ${joinList(parts)}.`;
}

/**
 * What a thank-you to one person should say is coming: the round's items still to send
 * that this person asked for, or that no one person asked for, with the day the user
 * set ('' when none, and the sentence then names no day).
 */
export function promisedFor(
  items: readonly { what: string; due: string; askedBy: string; status: string }[],
  personId: string,
): PromisedItem[] {
  return items
    .filter((i) => i.status === 'todo' && i.what.trim() !== '')
    .filter((i) => i.askedBy === personId || i.askedBy === '')
    .map((i) => ({ what: i.what, due: i.due }));
}
