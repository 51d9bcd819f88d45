import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS } from '../../src/lib/messages/message-limits';
import { counted, inWords } from '../../src/lib/messages/number-words';
import { PACING } from '../../src/lib/messages/pacing';
import { BUILDS, requireBuild } from './site';

// The guides print the numbers of src/lib/messages/message-limits.ts and pacing.ts rather
// than restating them. Each check is a sentence of the guide built from the table, so a
// guide that writes a number by hand fails here as soon as the table says otherwise.

const { dir } = BUILDS[0];

/** The guide's text as a reader sees it: tags dropped, spaces collapsed (quotes are curly). */
function guideText(slug: string): string {
  return readFileSync(join(dir, 'guides', slug, 'index.html'), 'utf8')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('guides print the message limits and pacing from the table (dist/)', () => {
  requireBuild(dir);

  it('the thank-you guide gives the table’s word range', () => {
    const { min, max } = MESSAGE_LIMITS.thankYou.target;
    const text = guideText('thank-you-email');
    for (const sentence of [
      `The kit aims for ${min} to ${max} words, enough room for one real detail.`,
      `counts the words against the ${min} to ${max} target`,
      `Do keep it to a short screen: ${min} to ${max} words.`,
    ])
      expect(text).toContain(sentence);
    // The checklist item, on its own.
    expect(text).toMatch(new RegExp(`\\s${min} to ${max} words\\s`));
  });

  it('the LinkedIn guide gives the table’s character limits and notes a month', () => {
    const free = MESSAGE_LIMITS.linkedinNote.free.max;
    const premium = MESSAGE_LIMITS.linkedinNote.premium.max;
    const text = guideText('linkedin');
    for (const sentence of [
      // A heading cannot print an expression (its anchor is made from the source), so it
      // is written out, and checked here against the table.
      `${free} characters, not ${premium}`,
      `the note on a connection request is capped at ${free} characters`,
      `Premium and Sales Navigator accounts get ${premium}.`,
      `Write to ${free} unless you know you are on a paid plan.`,
      `whether you have ${free} or ${premium} characters`,
      `Buy Premium just to get ${premium - free} more characters.`,
      `The box won’t accept more than ${free}`,
      `Account type checked: ${free} or ${premium} characters`,
      `The kit counts ${inWords(PACING.linkedinFreeNotesPerMonth)} a month`,
    ])
      expect(text).toContain(sentence);
    // Where the sources disagree, the guide says so.
    expect(text).toContain('LinkedIn’s own help page puts it at five; other sources report three');
    expect(text).not.toContain('Assume the lower end');
  });

  it('the staying-engaged guide gives the table’s reactions a day', () => {
    const text = guideText('staying-engaged');
    expect(text).toContain(`read them all but react to ${inWords(PACING.reactionsPerDay)} at most`);
    expect(text).toContain(
      `At most ${counted(PACING.reactionsPerDay, 'reaction or comment', 'reactions or comments')} in any single day`,
    );
  });

  it('the handwritten-note guide gives the tool’s mailing rule: the same day', () => {
    expect(PACING.cardMailDays).toBe(0);
    const text = guideText('handwritten-note');
    expect(text).toContain('Mail it that day, or hand-deliver it.');
    expect(text).toContain('Same day, or not at all.');
    expect(text).not.toMatch(/next business day/i);
  });
});
