import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEngagement,
  CHANNEL_LABELS,
  checkEntryDate,
  checkLink,
  ENGAGEMENT_LABELS,
  engagementGuardrails,
  entriesByDay,
  formatLogDay,
  removeEngagement,
  setChannel,
  updateEngagement,
  worthMentioning,
} from '../../src/lib/engagement/engagement-log';
import { PACING } from '../../src/lib/messages/pacing';
import {
  emptyWorkspace,
  CHANNEL_KINDS,
  ENGAGEMENT_KINDS,
  type EngagementEntry,
  type EngagementKind,
  type Workspace,
} from '../../src/lib/workspace/schema';
import { application } from './fixtures';

const TODAY = '2026-11-27';

let counter = 0;
/** A log entry with the given fields; ids count up so same-day entries keep a known order. */
function entry(
  date: string,
  kind: EngagementKind = 'read',
  fields: Partial<EngagementEntry> = {},
): EngagementEntry {
  counter += 1;
  return {
    id: `e${counter}`,
    date,
    kind,
    what: `item ${counter}`,
    link: '',
    worthMentioning: false,
    ...fields,
  };
}

function workspaceWith(engagement: EngagementEntry[] = []): Workspace {
  return {
    ...emptyWorkspace(),
    currentId: 'i1',
    applications: [application({ engagement }), application({ id: 'i2' })],
  };
}

const log = (ws: Workspace, id = 'i1') =>
  ws.applications.find((i) => i.id === id)?.engagement ?? [];

describe('labels', () => {
  it('names every channel and engagement kind, with a hint for each channel', () => {
    for (const kind of CHANNEL_KINDS) {
      expect(CHANNEL_LABELS[kind].name).not.toBe('');
      expect(CHANNEL_LABELS[kind].hint).toMatch(/\.$/);
    }
    for (const kind of ENGAGEMENT_KINDS) expect(ENGAGEMENT_LABELS[kind]).not.toBe('');
    expect(CHANNEL_LABELS.news.name).toBe('Company news page');
    expect(ENGAGEMENT_LABELS.event).toBe('Attended an event or webinar');
  });
});

describe('checkLink', () => {
  it.each([
    ['https://brightwater.example/news', 'https://brightwater.example/news'],
    ['http://brightwater.example/news', 'http://brightwater.example/news'],
    ['  https://brightwater.example/news  ', 'https://brightwater.example/news'],
    ['brightwater.example/news', 'https://brightwater.example/news'],
    ['www.linkedin.com/company/alder-health', 'https://www.linkedin.com/company/alder-health'],
    ['HTTPS://Alder.EXAMPLE', 'https://alder.example/'],
    ['//alder.example/blog', 'https://alder.example/blog'],
    ['alder.example:8080/blog', 'https://alder.example:8080/blog'],
    ['https://alder.example/search?q=a&b=c#top', 'https://alder.example/search?q=a&b=c#top'],
    [
      'https://alder.example/<script>alert(1)</script>',
      'https://alder.example/%3Cscript%3Ealert(1)%3C/script%3E',
    ],
    ['https://bücher.example/ü', 'https://xn--bcher-kva.example/%C3%BC'],
  ])('accepts %j as %j', (input, href) => {
    expect(checkLink(input)).toEqual({ kind: 'ok', href });
  });

  it.each(['', '   ', '\n\t'])('treats %j as empty', (input) => {
    expect(checkLink(input)).toEqual({ kind: 'empty' });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:void(0)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:joanna@alder.example',
    'joanna@alder.example',
    'ftp://alder.example/file',
    'file:///etc/passwd',
    'https://".;/',
    'https://a..b/',
    'news',
    'localhost',
    'localhost:3000',
    '<img src=x onerror=alert(1)>',
    '<img>',
    'https://user:secret@alder.example/',
    'https://alder.example@evil.example/',
    'http:alder.example',
    'https:/alder.example',
    'https://',
    'https://.com',
    '/news',
    '\\\\evil.example\\share',
    'https://alder.example/a b',
    'https://alder.example/\u0000',
    `https://alder.example/${'a'.repeat(2000)}`,
  ])('refuses %j with a one-sentence reason', (input) => {
    const result = checkLink(input);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.reason).toMatch(/^[A-Z].*\.$/);
    expect(result.reason.match(/\. /g)).toBeNull();
  });

  it('explains the common mistakes in words the user can act on', () => {
    expect(checkLink('javascript:alert(1)')).toMatchObject({
      reason: expect.stringContaining('https://'),
    });
    expect(checkLink('joanna@alder.example')).toMatchObject({
      reason: expect.stringContaining('email address'),
    });
    expect(checkLink('https://me:pw@alder.example')).toMatchObject({
      reason: expect.stringContaining('password'),
    });
    expect(checkLink('news')).toMatchObject({
      reason: expect.stringContaining('example.com/news'),
    });
  });
});

describe('checkEntryDate', () => {
  it('accepts a real day up to and including today', () => {
    expect(checkEntryDate('2026-11-12', TODAY)).toEqual({ kind: 'ok', date: '2026-11-12' });
    expect(checkEntryDate(' 2026-11-27 ', TODAY)).toEqual({ kind: 'ok', date: '2026-11-27' });
    expect(checkEntryDate('2000-01-01', TODAY)).toEqual({ kind: 'ok', date: '2000-01-01' });
  });

  it('knows leap days', () => {
    expect(checkEntryDate('2028-02-29', '2028-03-01')).toEqual({ kind: 'ok', date: '2028-02-29' });
    expect(checkEntryDate('2027-02-29', '2028-03-01').kind).toBe('invalid');
    expect(checkEntryDate('2026-02-30', TODAY).kind).toBe('invalid');
    expect(checkEntryDate('2026-13-01', TODAY).kind).toBe('invalid');
  });

  it('refuses the future, with the guide-style reason', () => {
    expect(checkEntryDate('2026-11-28', TODAY)).toEqual({
      kind: 'invalid',
      reason: 'That date is in the future: log things once you have done them.',
    });
  });

  it.each([
    '',
    '12/11/2026',
    '2026-11-1',
    '2026-11-12T10:00',
    'yesterday',
    '1999-12-31',
    '0099-01-01',
  ])('refuses %j', (input) => {
    const result = checkEntryDate(input, TODAY);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.reason).toMatch(/^[A-Z].*\.$/);
  });

  it('says why an old date was refused', () => {
    expect(checkEntryDate('1999-12-31', TODAY)).toMatchObject({
      reason: expect.stringContaining('2000'),
    });
    expect(checkEntryDate('0099-01-01', TODAY)).toMatchObject({
      reason: expect.stringContaining('2000'),
    });
  });

  it('skips the future check when today is unknown rather than refusing everything', () => {
    expect(checkEntryDate('2026-11-12', '')).toEqual({ kind: 'ok', date: '2026-11-12' });
  });
});

describe('log edits', () => {
  const base = {
    kind: 'read',
    what: 'the Columbus warehouse opening',
    link: '',
    worthMentioning: false,
  } as const;

  it('adds entries kept in date order, same-day ones in the order logged', () => {
    let ws = workspaceWith();
    ws = addEngagement(ws, 'i1', { ...base, date: '2026-11-12' }, 'a');
    ws = addEngagement(ws, 'i1', { ...base, date: '2026-11-05' }, 'b');
    ws = addEngagement(ws, 'i1', { ...base, date: '2026-11-12' }, 'c');
    ws = addEngagement(ws, 'i1', { ...base, date: '2026-11-09' }, 'd');
    expect(log(ws).map((e) => e.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(log(ws, 'i2')).toEqual([]);
  });

  it('leaves the input alone and returns it unchanged for unknown ids', () => {
    const ws = workspaceWith([entry('2026-11-10', 'read', { id: 'x' })]);
    const frozen = structuredClone(ws);
    const added = addEngagement(ws, 'i1', { ...base, date: '2026-11-11' }, 'y');
    const updated = updateEngagement(ws, 'i1', 'x', { what: 'changed' });
    const removed = removeEngagement(ws, 'i1', 'x');
    const channel = setChannel(ws, 'i1', 'blog', { followed: true });
    expect(ws).toEqual(frozen);
    expect([added, updated, removed, channel].every((w) => w !== ws)).toBe(true);

    expect(addEngagement(ws, 'nope', { ...base, date: '2026-11-11' })).toBe(ws);
    expect(addEngagement(ws, 'i1', { ...base, date: '2026-11-11' }, 'x')).toBe(ws);
    expect(updateEngagement(ws, 'i1', 'nope', { what: 'changed' })).toBe(ws);
    expect(updateEngagement(ws, 'nope', 'x', { what: 'changed' })).toBe(ws);
    expect(removeEngagement(ws, 'i1', 'nope')).toBe(ws);
    expect(setChannel(ws, 'nope', 'blog', { followed: true })).toBe(ws);
  });

  it('re-sorts when an edit moves an entry to another day, and keeps its id', () => {
    const ws = workspaceWith([
      entry('2026-11-01', 'read', { id: 'a' }),
      entry('2026-11-05', 'read', { id: 'b' }),
      entry('2026-11-09', 'read', { id: 'c' }),
    ]);
    const moved = updateEngagement(ws, 'i1', 'a', { date: '2026-11-07', worthMentioning: true });
    expect(log(moved).map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(log(moved)[1]).toMatchObject({
      id: 'a',
      date: '2026-11-07',
      worthMentioning: true,
      what: log(ws)[0]?.what,
    });
  });

  it('removes only the entry asked for', () => {
    const ws = workspaceWith([
      entry('2026-11-01', 'read', { id: 'a' }),
      entry('2026-11-05', 'like', { id: 'b' }),
    ]);
    expect(log(removeEngagement(ws, 'i1', 'a')).map((e) => e.id)).toEqual(['b']);
  });

  it('ticks and fills in one channel, leaving the others alone', () => {
    let ws = setChannel(workspaceWith(), 'i1', 'blog', { followed: true });
    ws = setChannel(ws, 'i1', 'blog', { url: 'https://alder.example/blog' });
    const channels = ws.applications[0]?.channels;
    expect(channels?.blog).toEqual({ url: 'https://alder.example/blog', followed: true });
    expect(channels?.news).toEqual({ url: '', followed: false });
    expect(ws.applications[1]?.channels.blog.followed).toBe(false);
  });
});

describe('entriesByDay and formatLogDay', () => {
  it('groups the log by day, newest day and latest entry first', () => {
    const days = entriesByDay(
      [
        entry('2026-11-05', 'read', { id: 'a' }),
        entry('2026-11-12', 'like', { id: 'b' }),
        entry('2026-11-12', 'comment', { id: 'c' }),
      ],
      TODAY,
    );
    expect(days.map((d) => [d.label, d.entries.map((e) => e.id)])).toEqual([
      ['Thu 12 Nov', ['c', 'b']],
      ['Thu 5 Nov', ['a']],
    ]);
    expect(entriesByDay([], TODAY)).toEqual([]);
  });

  it('adds the year only for another year', () => {
    expect(formatLogDay('2026-11-12', TODAY)).toBe('Thu 12 Nov');
    expect(formatLogDay('2025-12-30', TODAY)).toBe('Tue 30 Dec 2025');
    expect(formatLogDay('not a date', TODAY)).toBe('not a date');
  });
});

describe('engagementGuardrails', () => {
  const sameDay = (n: number, kind: EngagementKind, date = '2026-11-19') =>
    Array.from({ length: n }, () => entry(date, kind, { worthMentioning: true }));
  const kinds = (entries: EngagementEntry[]) =>
    engagementGuardrails(entries, TODAY).map((g) => g.kind);

  it('says nothing about a log of 0–2 entries within the limit', () => {
    expect(engagementGuardrails([], TODAY)).toEqual([]);
    expect(engagementGuardrails(sameDay(2, 'read'), TODAY)).toEqual([]);
    expect(
      engagementGuardrails([entry('2026-11-18', 'like'), entry('2026-11-19', 'comment')], TODAY),
    ).toEqual([]);
  });

  it('names a day with more reactions than the table allows (one), however short the log', () => {
    const limit = PACING.reactionsPerDay;
    expect(limit).toBe(1);
    const burst = engagementGuardrails(
      [...sameDay(1, 'like'), ...sameDay(1, 'share'), entry('2026-11-20', 'comment')],
      TODAY,
    );
    expect(burst).toHaveLength(1);
    expect(burst[0]?.kind).toBe('burst');
    expect(burst[0]?.text).toMatch(/^You logged 2 likes, comments and shares on Thu 19 Nov\. /);
    expect(burst[0]?.text).toContain('react to one at most');
    // Two entries on one day are enough: the guide's limit is a day's, not a log's.
    expect(kinds(sameDay(limit + 1, 'like'))).toEqual(['burst']);
    expect(kinds(sameDay(limit, 'comment'))).toEqual([]);
    // One a day, every day, is within the limit.
    expect(
      kinds(
        ['2026-11-17', '2026-11-18', '2026-11-19'].map((d) =>
          entry(d, 'comment', { worthMentioning: true }),
        ),
      ),
    ).toEqual([]);
  });

  it('does not count reading as a burst: the guide says to read them all', () => {
    expect(kinds(sameDay(8, 'read'))).toEqual([]);
    expect(kinds([...sameDay(5, 'read'), ...sameDay(1, 'comment')])).toEqual([]);
  });

  it('names the busiest day when there are several bursts', () => {
    const text = engagementGuardrails(
      [...sameDay(4, 'share', '2026-11-20'), ...sameDay(5, 'comment', '2026-11-18')],
      TODAY,
    )[0]?.text;
    expect(text).toMatch(/^You logged 5 .* on Wed 18 Nov\./);
  });

  it('flags three likes within a week with no comment among them', () => {
    const notes = engagementGuardrails(
      [
        entry('2026-11-16', 'like'),
        entry('2026-11-18', 'like'),
        entry('2026-11-22', 'like', { worthMentioning: true }),
      ],
      TODAY,
    );
    expect(notes).toEqual([
      {
        kind: 'likes',
        text: 'You liked 3 posts between Mon 16 Nov and Sun 22 Nov without leaving a comment. A string of likes can read as anxious rather than interested; one comment that adds a point or a question, when you have one, does more.',
      },
    ]);
  });

  it('counts every like in the run it names', () => {
    const text = engagementGuardrails(
      ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'].map((d) =>
        entry(d, 'like', { worthMentioning: true }),
      ),
      TODAY,
    )[0]?.text;
    expect(text).toMatch(/^You liked 4 posts between Mon 16 Nov and Thu 19 Nov /);
  });

  it('stays quiet about likes when a comment falls in the same week', () => {
    expect(
      kinds([
        entry('2026-11-16', 'like'),
        entry('2026-11-18', 'comment', { worthMentioning: true }),
        entry('2026-11-19', 'like'),
        entry('2026-11-20', 'like'),
      ]),
    ).toEqual([]);
  });

  it('stays quiet about likes spread over three weeks', () => {
    expect(
      kinds([
        entry('2026-11-06', 'like', { worthMentioning: true }),
        entry('2026-11-14', 'like'),
        entry('2026-11-22', 'like'),
      ]),
    ).toEqual([]);
  });

  it('gives one note, not two, for a burst of likes on a single day', () => {
    expect(kinds(sameDay(4, 'like'))).toEqual(['burst']);
  });

  it('forgets bursts older than two weeks', () => {
    expect(kinds(sameDay(6, 'like', '2026-11-01'))).toEqual([]);
    expect(kinds(sameDay(6, 'like', '2026-11-14'))).toEqual(['burst']);
  });

  it('points out, once there are a few entries, that nothing is marked worth mentioning', () => {
    const notes = engagementGuardrails(
      [entry('2026-11-10'), entry('2026-11-12'), entry('2026-11-14')],
      TODAY,
    );
    expect(notes.map((n) => n.kind)).toEqual(['mention']);
    expect(notes[0]?.text).toContain('status inquiry');
  });
});

describe('worthMentioning', () => {
  const mention = (date: string, kind: EngagementKind, what: string, worth = true) =>
    entry(date, kind, { what, worthMentioning: worth });

  it('offers marked entries newest first, each as a ready sentence by kind', () => {
    const options = worthMentioning(
      application({
        engagement: [
          mention('2026-11-02', 'read', 'the Spanish-language version of the patient app'),
          mention('2026-11-03', 'comment', 'the Columbus warehouse opening'),
          mention('2026-11-04', 'event', 'the webinar on accessibility audits'),
          mention('2026-11-05', 'other', 'that the design team is hiring', false),
          mention('2026-11-06', 'other', 'the new careers page'),
        ],
      }),
    );
    expect(options.map((o) => o.sentence)).toEqual([
      'I noticed the new careers page.',
      'I enjoyed the webinar on accessibility audits.',
      "I've been following the Columbus warehouse opening.",
      'I enjoyed reading about the Spanish-language version of the patient app.',
    ]);
    expect(options[0]?.text).toBe('the new careers page');
  });

  it('puts the latest logged first among entries of the same day', () => {
    const options = worthMentioning(
      application({
        engagement: [
          mention('2026-11-04', 'read', 'first'),
          mention('2026-11-04', 'read', 'second'),
        ],
      }),
    );
    expect(options.map((o) => o.text)).toEqual(['second', 'first']);
  });

  it('never doubles or leaves out the closing punctuation', () => {
    const sentences = worthMentioning(
      application({
        engagement: [
          mention('2026-11-01', 'read', '  their post on the accessibility audit.  '),
          mention('2026-11-02', 'share', 'the launch!'),
          mention('2026-11-03', 'like', 'the article "Why we rebuilt checkout."'),
          mention('2026-11-04', 'event', 'the open day,'),
          mention('2026-11-05', 'other', 'the roadmap\nfor 2027:'),
        ],
      }),
    ).map((o) => o.sentence);
    expect(sentences).toEqual([
      'I noticed the roadmap for 2027.',
      'I enjoyed the open day.',
      'I\'ve been following the article "Why we rebuilt checkout."',
      "I've been following the launch!",
      'I enjoyed reading about their post on the accessibility audit.',
    ]);
    for (const s of sentences) expect(s).not.toMatch(/\.\.|[,;:]\.$|\s\./);
  });

  it('keeps names capitalised but lower-cases a leading "The"', () => {
    const sentences = worthMentioning(
      application({
        engagement: [
          mention('2026-11-01', 'read', 'Alder Health’s new app'),
          mention('2026-11-02', 'read', 'The Columbus opening'),
        ],
      }),
    ).map((o) => o.sentence);
    expect(sentences).toEqual([
      'I enjoyed reading about the Columbus opening.',
      'I enjoyed reading about Alder Health’s new app.',
    ]);
  });

  it('skips marked entries with nothing written', () => {
    const options = worthMentioning(
      application({
        engagement: [
          mention('2026-11-01', 'read', ''),
          mention('2026-11-02', 'read', '   '),
          mention('2026-11-03', 'read', ' . '),
        ],
      }),
    );
    expect(options).toEqual([]);
  });
});

describe('never throws', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.webUrl(),
    fc.constantFrom('javascript:', 'https://', '//', '@', '.', ':80'),
  );
  const anyDate = fc.oneof(
    anyText,
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const anyEntry = fc.record({
    id: fc.string({ maxLength: 8 }),
    date: anyDate,
    kind: fc.constantFrom(...ENGAGEMENT_KINDS),
    what: anyText,
    link: anyText,
    worthMentioning: fc.boolean(),
  });

  it('checkLink: only http(s) links come back, each one parseable', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = checkLink(input);
        if (result.kind === 'ok') {
          expect(new URL(result.href).protocol).toMatch(/^https?:$/);
          expect(result.href).not.toMatch(/[\s<>"]/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('checkEntryDate, guardrails and worthMentioning on arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 40 }), anyDate, (entries, today) => {
        checkEntryDate(today, TODAY);
        const notes = engagementGuardrails(entries, today);
        for (const note of notes) expect(note.text).not.toBe('');
        for (const option of worthMentioning(application({ engagement: entries }))) {
          expect(option.sentence).toMatch(/[.!?…。！？]["'’”»)\]]*$/u);
        }
        entriesByDay(entries, today);
      }),
      { numRuns: 500 },
    );
  });
});
