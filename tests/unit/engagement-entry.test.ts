import { describe, expect, it } from 'vitest';
import {
  channelNameInSentence,
  checkLogEntry,
  type LogEntryForm,
} from '../../src/lib/engagement/engagement-log';

const TODAY = '2026-11-27';
const MISSING_WHAT =
  'Say what it was, in the words you would use in a message (for example "their post on the accessibility audit").';

const form = (fields: Partial<LogEntryForm> = {}): LogEntryForm => ({
  date: '2026-11-20',
  kind: 'read',
  what: 'their post on the accessibility audit',
  link: '',
  worthMentioning: false,
  ...fields,
});

describe('checkLogEntry', () => {
  it('gives the entry to add, its words trimmed, with no link when none was given', () => {
    expect(checkLogEntry(form({ what: '  the launch  ', worthMentioning: true }), TODAY)).toEqual({
      kind: 'ok',
      entry: {
        date: '2026-11-20',
        kind: 'read',
        what: 'the launch',
        link: '',
        worthMentioning: true,
      },
    });
  });

  it('rebuilds the link it saves', () => {
    const check = checkLogEntry(form({ kind: 'comment', link: 'Example.com/news' }), TODAY);
    expect(check).toMatchObject({
      kind: 'ok',
      entry: { kind: 'comment', link: 'https://example.com/news' },
    });
  });

  it('takes today itself', () => {
    expect(checkLogEntry(form({ date: TODAY }), TODAY).kind).toBe('ok');
  });

  it('asks what it was when nothing (or only spaces) is written', () => {
    expect(checkLogEntry(form({ what: '   ' }), TODAY)).toEqual({
      kind: 'invalid',
      problems: [MISSING_WHAT],
    });
  });

  it('lists every problem at once, in the order of the form', () => {
    const check = checkLogEntry(
      form({ date: '2026-11-30', what: '', link: 'javascript:alert(1)' }),
      TODAY,
    );
    expect(check).toEqual({
      kind: 'invalid',
      problems: [
        'That date is in the future: log things once you have done them.',
        MISSING_WHAT,
        'Only web page addresses starting with http:// or https:// can be saved as links.',
      ],
    });
  });

  it('refuses a missing or impossible day with the date check’s reason', () => {
    expect(checkLogEntry(form({ date: '' }), TODAY)).toEqual({
      kind: 'invalid',
      problems: ['Enter the day you did it.'],
    });
    expect(checkLogEntry(form({ date: '2026-02-30' }), TODAY)).toEqual({
      kind: 'invalid',
      problems: ['That day does not exist; check the month and day.'],
    });
  });
});

describe('channelNameInSentence', () => {
  it('lowers only the first letter, so LinkedIn keeps its capitals', () => {
    expect(channelNameInSentence('linkedin-page')).toBe('company LinkedIn page');
    expect(channelNameInSentence('news')).toBe('company news page');
    expect(channelNameInSentence('social')).toBe('other social accounts (X, Instagram, YouTube…)');
  });
});
