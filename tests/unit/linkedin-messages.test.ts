import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, noteLimit } from '../../src/lib/linkedin/count';
import {
  connectionAdvice,
  draftAcceptedMessage,
  draftConnectionNote,
  notesSentThisMonth,
  personalDetails,
} from '../../src/lib/linkedin/messages';
import { PACING } from '../../src/lib/messages/pacing';
import { wordCount } from '../../src/lib/messages/text-stats';
import {
  emptyWorkspace,
  type EngagementEntry,
  type Round,
  type SentRecord,
  type Workspace,
} from '../../src/lib/workspace/schema';
import { ana, application, interview, person, priya, round, tom } from './fixtures';

const acme = interview({
  company: 'Acme',
  role: 'Product Designer',
  format: 'video',
  people: [priya, tom, ana],
});
const sam = { name: 'Sam Rivera' };
const DETAIL = 'the research ops backlog';

describe('draftConnectionNote', () => {
  it('names the role, the company and the detail, and greets by first name, within 200 characters', () => {
    const note = draftConnectionNote({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail: DETAIL,
      limit: noteLimit('free'),
    });
    expect(note).toBe(
      "Hi Priya, thank you again for speaking with me about the Product Designer role at Acme. I especially enjoyed our conversation about the research ops backlog. I'd be glad to stay connected.",
    );
    expect(countCharacters(note)).toBeLessThanOrEqual(200);
  });

  it('has room to sign off with the first name on Premium', () => {
    const note = draftConnectionNote({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail: DETAIL,
      limit: noteLimit('premium'),
    });
    expect(note).toBe(
      "Hi Priya, thank you again for speaking with me about the Product Designer role at Acme. I especially enjoyed our conversation about the research ops backlog. I'd be glad to stay connected and keep following your team's work.",
    );
    expect(countCharacters(note)).toBeLessThanOrEqual(300);
  });

  it('shortens its wording before it drops the detail', () => {
    const detail = 'how the design system scales across three product lines';
    const note = draftConnectionNote({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail,
      limit: 200,
    });
    expect(note).toContain(detail);
    expect(note).toContain('Product Designer role at Acme');
    expect(countCharacters(note)).toBeLessThanOrEqual(200);
    const tight = draftConnectionNote({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail: DETAIL,
      limit: 100,
    });
    expect(tight).toBe(
      'Hi Priya, thanks again for our chat about the research ops backlog. Glad to stay in touch.',
    );
  });

  it('drops the detail, then the company, when a long detail leaves no room', () => {
    const detail = 'x'.repeat(180);
    const note = draftConnectionNote({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail,
      limit: 200,
    });
    expect(note).not.toContain('xxx');
    expect(note).toContain('Product Designer role at Acme');
    const longCompany = interview({ company: 'Acme '.repeat(30), role: 'Product Designer' });
    expect(
      draftConnectionNote({
        ...longCompany,
        interviewer: priya,
        profile: sam,
        detail: '',
        limit: 200,
      }),
    ).toBe(
      'Hi Priya, thanks again for our chat about the Product Designer role. Glad to stay in touch.',
    );
  });

  it('writes a note without a detail when none is picked', () => {
    const note = draftConnectionNote({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail: '  ',
      limit: 200,
    });
    expect(note).toBe(
      "Hi Priya, thank you again for speaking with me about the Product Designer role at Acme. I'd be glad to stay connected and keep following your team's work.",
    );
  });

  it('says "meeting" on site, and copes with missing role, company, names and detail', () => {
    expect(
      draftConnectionNote({
        ...acme,
        round: { ...acme.round, format: 'on-site' },
        interviewer: tom,
        profile: sam,
        detail: '',
        limit: 200,
      }),
    ).toContain('thank you again for meeting with me about the Product Designer role at Acme.');
    expect(
      draftConnectionNote({
        ...interview({ company: 'Acme' }),
        interviewer: tom,
        profile: { name: '' },
        detail: '',
        limit: 200,
      }),
    ).toBe(
      "Hi Tom, thank you again for speaking with me about the role at Acme. I'd be glad to stay connected and keep following your team's work.",
    );
    expect(
      draftConnectionNote({
        ...interview(),
        interviewer: person('x'),
        profile: { name: '' },
        detail: '',
        limit: 200,
      }),
    ).toBe(
      "Hi there, thank you again for speaking with me. I'd be glad to stay connected and keep following your team's work.",
    );
  });

  it('ends the detail once, whatever punctuation the user typed', () => {
    const note = draftConnectionNote({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail: 'the research ops backlog.  ',
      limit: 200,
    });
    expect(note).toContain('about the research ops backlog. ');
    expect(note).not.toContain('..');
  });

  it('greets "Dr. Shah" rather than "Dr."', () => {
    const note = draftConnectionNote({
      ...acme,
      interviewer: { ...priya, name: 'Dr. Priya Shah' },
      profile: sam,
      detail: '',
      limit: 200,
    });
    expect(note.startsWith('Hi Dr. Shah,')).toBe(true);
  });

  it('still fits when every field is 500 characters long', () => {
    const long = 'Ünïcödé 👩🏽‍💻 مرحبا '.repeat(40).slice(0, 500);
    const huge = interview({ company: long, role: long });
    for (const limit of [200, 300, 60, 10, 1, 0]) {
      const note = draftConnectionNote({
        ...huge,
        interviewer: person('x', { name: 'x'.repeat(500) }),
        profile: { name: long },
        detail: long,
        limit,
      });
      expect(countCharacters(note)).toBeLessThanOrEqual(limit);
      if (limit >= 60) expect(note.startsWith('Hi x')).toBe(true);
    }
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 600 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme-composite', maxLength: 120 }),
    fc.constantFrom(
      '',
      ' ',
      'Priya Shah',
      'Dr.',
      '👩🏽‍💻 مرحبا بك',
      'שלום\u202Eworld',
      'e\u0301\u0301\u0301',
      '\u2028\u2029\r\n\t',
      '面接ありがとうございました',
      '🇬🇧'.repeat(150),
    ),
  );

  it('fits both limits for any workspace, and never says "undefined"', () => {
    fc.assert(
      fc.property(
        fc.record({
          company: anyText,
          role: anyText,
          format: fc.constantFrom<Round['format']>('on-site', 'video', 'phone'),
          names: fc.array(anyText, { minLength: 1, maxLength: 3 }),
          topics: anyText,
          profileName: anyText,
          detail: anyText,
          pick: fc.nat(),
        }),
        (f) => {
          const people = f.names.map((name, i) => person(`p${i}`, { name, topics: f.topics }));
          const interviewer = people[f.pick % people.length] ?? person('none');
          const ws: Workspace = {
            ...emptyWorkspace(),
            profile: { name: f.profileName, phone: '', linkedinTier: 'free' },
            applications: [
              interview({
                company: f.company,
                role: f.role,
                format: f.format,
                people,
              }).application,
            ],
          };
          const current = ws.applications[0]!;
          const notes = [noteLimit('free'), noteLimit('premium')].map((limit) =>
            draftConnectionNote({
              application: current,
              round: current.rounds[0]!,
              interviewer,
              profile: ws.profile,
              detail: f.detail,
              limit,
            }),
          );
          const [free, premium] = notes as [string, string];
          expect(countCharacters(free)).toBeLessThanOrEqual(200);
          expect(countCharacters(premium)).toBeLessThanOrEqual(300);
          expect(countCharacters(premium)).toBeGreaterThanOrEqual(countCharacters(free));
          const userText = [f.company, f.role, interviewer.name, f.profileName, f.detail].join(' ');
          for (const note of notes) {
            expect(note.startsWith('Hi ')).toBe(true);
            if (!/undefined/i.test(userText)) expect(note).not.toMatch(/undefined/i);
            if (!/null/i.test(userText)) expect(note).not.toMatch(/null/i);
            if (!/\(\s*\)|\[\s*\]/.test(userText)) expect(note).not.toMatch(/\(\s*\)|\[\s*\]/);
            expect(note).not.toMatch(/ {2}/);
            expect(note).toBe(note.trim());
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('draftAcceptedMessage', () => {
  it('thanks them for connecting, refers back to the detail and signs off, in 60–120 words', () => {
    const message = draftAcceptedMessage({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail: DETAIL,
    });
    const lines = message.split('\n');
    expect(lines[0]).toBe('Hi Priya,');
    expect(message).toContain('Thanks for connecting');
    expect(message).toContain(`our conversation about ${DETAIL}.`);
    expect(message).toContain("I'm still very interested in the Product Designer role");
    expect(message).toContain('next steps whenever the team is ready');
    expect(message.endsWith('Best,\nSam Rivera')).toBe(true);
    expect(wordCount(message)).toBeGreaterThanOrEqual(60);
    expect(wordCount(message)).toBeLessThanOrEqual(120);
  });

  it('never asks about the decision', () => {
    const message = draftAcceptedMessage({
      ...acme,
      interviewer: priya,
      profile: sam,
      detail: DETAIL,
    });
    expect(message).not.toContain('?');
    expect(message).not.toMatch(/\b(?:decision|ASAP|expect)\b/i);
  });

  it('stays in range and reads well with no detail, role, company or names', () => {
    for (const message of [
      draftAcceptedMessage({ ...acme, interviewer: tom, profile: sam, detail: '' }),
      draftAcceptedMessage({
        ...interview({ company: 'Acme' }),
        interviewer: tom,
        profile: sam,
        detail: '',
      }),
      draftAcceptedMessage({
        ...interview(),
        interviewer: person('x'),
        profile: { name: '' },
        detail: '',
      }),
    ]) {
      expect(wordCount(message)).toBeGreaterThanOrEqual(60);
      expect(wordCount(message)).toBeLessThanOrEqual(120);
      expect(message).toMatch(/^Hi \S+,\n\n/);
      expect(message).toMatch(/\n\nBest,(?:\n.+)?$/);
      expect(message).not.toMatch(/undefined|null| {2}| [.,]|\.\./);
    }
    expect(
      draftAcceptedMessage({
        ...interview({ company: 'Acme' }),
        interviewer: tom,
        profile: sam,
        detail: '',
      }),
    ).toContain("I'm still very interested in joining Acme,");
    expect(
      draftAcceptedMessage({
        ...interview(),
        interviewer: person('x'),
        profile: { name: '' },
        detail: '',
      }).startsWith('Hi there,'),
    ).toBe(true);
  });
});

describe('connectionAdvice', () => {
  const all = (text: string[]) => text.join(' ');

  it('free account with notes to spare: a note is fine, and so is none', () => {
    const advice = connectionAdvice({ tier: 'free', notesThisMonth: 0, thankYouSent: true });
    expect(advice.withNote).toBe(true);
    expect(advice.text[0]).toMatch(/thank-you email has gone out/);
    expect(all(advice.text)).toMatch(/five/);
    expect(all(advice.text)).toMatch(/200 characters/);
    expect(all(advice.text)).toMatch(/without a note is a sensible choice/);
    expect(all(advice.text)).toMatch(/about three weeks/);
  });

  it('counts down the notes left', () => {
    expect(
      all(connectionAdvice({ tier: 'free', notesThisMonth: 3, thankYouSent: true }).text),
    ).toMatch(/used 3 this month, so about 2 are left/);
    expect(
      all(connectionAdvice({ tier: 'free', notesThisMonth: 4, thankYouSent: true }).text),
    ).toMatch(/about 1 is left: save it/);
  });

  it('free account that has used its five: send without a note, and why that is fine', () => {
    for (const notesThisMonth of [PACING.linkedinFreeNotesPerMonth, 9]) {
      const advice = connectionAdvice({ tier: 'free', notesThisMonth, thankYouSent: true });
      expect(advice.withNote).toBe(false);
      expect(all(advice.text)).toMatch(/send this request without a note/);
      expect(all(advice.text)).toMatch(/recognize your name/);
      expect(all(advice.text)).toMatch(/message you send once they accept does the talking/);
      expect(all(advice.text)).toMatch(/about three weeks/);
    }
  });

  it('Premium: a note is always fine, up to 300 characters', () => {
    const advice = connectionAdvice({ tier: 'premium', notesThisMonth: 40, thankYouSent: true });
    expect(advice.withNote).toBe(true);
    expect(all(advice.text)).toMatch(/300 characters/);
    expect(all(advice.text)).not.toMatch(/five/);
  });

  it('says to send the thank-you email first when it has not gone out', () => {
    const advice = connectionAdvice({ tier: 'free', notesThisMonth: 0, thankYouSent: false });
    expect(advice.text[0]).toMatch(/^Send your thank-you email first\./);
    expect(advice.withNote).toBe(true);
  });

  it('reads an impossible count as none used', () => {
    expect(
      connectionAdvice({ tier: 'free', notesThisMonth: Number.NaN, thankYouSent: true }).withNote,
    ).toBe(true);
    expect(
      connectionAdvice({ tier: 'free', notesThisMonth: -2, thankYouSent: true }).withNote,
    ).toBe(true);
  });
});

describe('notesSentThisMonth', () => {
  const sent = (at: string, fields: Partial<SentRecord> = {}): SentRecord => ({
    kind: 'linkedin',
    at,
    personId: 'p1',
    ...fields,
  });
  const ws: Workspace = {
    ...emptyWorkspace(),
    applications: [
      interview({
        id: 'a',
        sent: [
          sent('2026-11-02T09:00:00.000Z'),
          sent('2026-11-03T09:00:00.000Z', { withNote: true }),
          sent('2026-11-04T09:00:00.000Z', { withNote: false }),
          sent('2026-11-05T09:00:00.000Z', { kind: 'linkedin-message' }),
          sent('2026-11-05T09:00:00.000Z', { kind: 'thank-you-email' }),
          sent('2026-10-31T09:00:00.000Z'),
          sent('not a date'),
        ],
      }).application,
      // Requests sent after two rounds of one application both count.
      application({
        id: 'b',
        rounds: [
          round({ id: 'r1', sent: [sent('2026-11-20T09:00:00.000Z')] }),
          round({ id: 'r2', sent: [sent('2026-11-30T23:30:00.000Z')] }),
        ],
      }),
    ],
  };

  it('counts requests with a note this month, across interviews and their rounds', () => {
    expect(notesSentThisMonth(ws, new Date('2026-11-15T12:00:00.000Z'), 'UTC')).toBe(4);
    expect(notesSentThisMonth(ws, new Date('2026-10-15T12:00:00.000Z'), 'UTC')).toBe(1);
    expect(notesSentThisMonth(ws, new Date('2025-11-15T12:00:00.000Z'), 'UTC')).toBe(0);
  });

  it('uses the calendar month in the user’s time zone', () => {
    // 23:30 UTC on 30 November is already 1 December in Tokyo.
    expect(notesSentThisMonth(ws, new Date('2026-12-01T03:00:00.000Z'), 'Asia/Tokyo')).toBe(1);
    expect(notesSentThisMonth(ws, new Date('2026-11-15T03:00:00.000Z'), 'Asia/Tokyo')).toBe(3);
    // 09:00 UTC on 31 October is still October in Los Angeles, and 1 November 00:30 there is November.
    expect(
      notesSentThisMonth(ws, new Date('2026-11-01T07:30:00.000Z'), 'America/Los_Angeles'),
    ).toBe(4);
  });

  it('counts in UTC for an unknown zone, and 0 for an empty workspace or invalid date', () => {
    expect(notesSentThisMonth(ws, new Date('2026-11-15T12:00:00.000Z'), 'Not/AZone')).toBe(4);
    expect(notesSentThisMonth(emptyWorkspace(), new Date(), 'UTC')).toBe(0);
    expect(notesSentThisMonth(ws, new Date(Number.NaN), 'UTC')).toBe(0);
  });
});

describe('personalDetails', () => {
  const entry = (what: string, worthMentioning: boolean): EngagementEntry => ({
    id: what,
    date: '2026-11-25',
    kind: 'read',
    what,
    link: '',
    worthMentioning,
  });

  it('lists topics, then rapport, then engagement worth mentioning, trimmed and without repeats', () => {
    const withLog = application({
      engagement: [
        entry('  their post on the accessibility audit ', true),
        entry('a press release', false),
        entry('The research ops backlog', true),
      ],
    });
    const interviewer = {
      ...priya,
      topics: `${priya.topics}\n\n  - the research ops backlog\n`,
      rapport: '• cycling in the Peak District\r\nTerry Pratchett',
    };
    expect(personalDetails(withLog, interviewer)).toEqual([
      'how the design system scales across three product lines',
      'the research ops backlog',
      'cycling in the Peak District',
      'Terry Pratchett',
      'their post on the accessibility audit',
    ]);
  });

  it('is empty when nothing was noted', () => {
    expect(personalDetails(application(), person('x'))).toEqual([]);
  });
});
