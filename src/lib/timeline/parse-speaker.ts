// Who gave the timeline, when the words say so: "the recruiter said 2 weeks", "HR told
// me 10 working days", "Recruiter: we aim to decide by Friday", "according to the
// hiring manager". Kept with the reading so the plan can say whose promise it counts
// from; it never changes the date.

/** Who said it. */
export type Speaker = 'recruiter' | 'interviewer' | 'hiring manager' | 'HR';

const WHO =
  '(recruiter|recruiting\\s+team|talent\\s+(?:acquisition|partner|team)|interviewers?|hiring\\s+manager|hr|human\\s+resources|people\\s+team)';

/** A speaker, then within a few words a verb of saying or a colon; or "according to" one. */
const SAID = new RegExp(
  `\\b${WHO}\\b(?:\\s*[:\\-]|(?:\\s+[\\w']+){0,3}?\\s+(?:said|says|told|tells|mentioned|reckon(?:s|ed)?|think(?:s)?|thought|wrote|emailed|texted|replied|estimated|expects?|expected|promised|confirmed|indicated|stated|advised|guessed)\\b)|\\baccording\\s+to\\s+(?:the\\s+|my\\s+|our\\s+)?${WHO}\\b`,
);

/** The speaker the (normalised) text names, if any. */
export function speakerOf(text: string): Speaker | undefined {
  const m = SAID.exec(text);
  const who = m?.[1] ?? m?.[2];
  if (who === undefined) return undefined;
  if (/^interviewer/.test(who)) return 'interviewer';
  if (/^hiring/.test(who)) return 'hiring manager';
  if (/^(hr|human|people)/.test(who)) return 'HR';
  return 'recruiter';
}
