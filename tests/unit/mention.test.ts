import { describe, expect, it } from 'vitest';
import {
  chosenMention,
  mentionChoices,
  mentionLabel,
  mentionText,
} from '../../src/lib/engagement/mention';
import type { EngagementEntry } from '../../src/lib/workspace/schema';
import { application } from './fixtures';

const entry = (id: string, fields: Partial<EngagementEntry> = {}): EngagementEntry => ({
  id,
  date: '2026-11-20',
  kind: 'read',
  what: `item ${id}`,
  link: '',
  worthMentioning: true,
  ...fields,
});

const withLog = application({
  engagement: [
    entry('a', { what: '  their post on the accessibility audit  ' }),
    entry('b', { worthMentioning: false }),
    entry('c', { what: '   ' }),
    entry('d', { what: 'the London studio opening', kind: 'event' }),
  ],
});

describe('mentionChoices', () => {
  it('offers the entries marked worth mentioning that have words, trimmed, in log order', () => {
    const choices = mentionChoices(withLog);
    expect(choices.map((e) => e.id)).toEqual(['a', 'd']);
    expect(choices.map(mentionLabel)).toEqual([
      'their post on the accessibility audit',
      'the London studio opening',
    ]);
  });

  it('offers nothing for an empty log', () => {
    expect(mentionChoices(application())).toEqual([]);
  });
});

describe('mentionText', () => {
  it("is the chosen entry's words, trimmed", () => {
    expect(mentionText(withLog, 'a')).toBe('their post on the accessibility audit');
    expect(mentionText(withLog, 'd')).toBe('the London studio opening');
  });

  it('is empty when nothing is chosen, or the entry was unmarked, emptied or removed', () => {
    expect(mentionText(withLog, undefined)).toBe('');
    expect(mentionText(withLog, '')).toBe('');
    expect(mentionText(withLog, 'b')).toBe('');
    expect(mentionText(withLog, 'c')).toBe('');
    expect(mentionText(withLog, 'gone')).toBe('');
  });
});

describe('chosenMention', () => {
  it('keeps a choice that can still be mentioned', () => {
    expect(chosenMention(withLog, 'd')).toBe('d');
  });

  it('falls back to "Nothing from the log" otherwise', () => {
    expect(chosenMention(withLog, undefined)).toBe('');
    expect(chosenMention(withLog, 'b')).toBe('');
    expect(chosenMention(withLog, 'gone')).toBe('');
  });
});
