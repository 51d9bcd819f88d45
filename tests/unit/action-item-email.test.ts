import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftActionItemEmail,
  type ActionItemInput,
} from '../../src/lib/action-items/action-item-email';
import { withArticle } from '../../src/lib/messages/grammar';
import { interview, person, type InterviewFields } from './fixtures';
import type { Profile } from '../../src/lib/workspace/schema';

const daniel = person('d1', { name: 'Daniel Reyes', title: 'Head of Content' });

function interviewWith(fields: InterviewFields = {}) {
  return interview({
    id: 'i1',
    company: 'Fernhill',
    role: 'Content Strategist',
    date: '2026-11-24',
    start: '10:00',
    timeZone: 'Europe/London',
    format: 'video',
    people: [daniel],
    qualifications: '',
    timeline: '',
    createdAt: '2026-11-24T12:00:00.000Z',
    ...fields,
  }).application;
}

const profile: Profile = { name: 'Mei Tanaka', phone: '+44 7700 900456', linkedinTier: 'free' };
const sample = {
  what: 'a setup guide I wrote for a home-energy client',
  notes: 'the brief was to cut support calls about installation',
};

function draft(fields: Partial<ActionItemInput> = {}) {
  return draftActionItemEmail({
    application: interviewWith(),
    interviewer: daniel,
    profile,
    item: sample,
    late: false,
    ...fields,
  });
}

function sentences(body: string): number {
  return (
    body
      .split('\n\n')
      .slice(1, -1)
      .join(' ')
      .match(/[.?!](?=\s|$)/g)?.length ?? 0
  );
}

describe('draftActionItemEmail', () => {
  it('writes a short cover email a candidate could send', () => {
    const { subject, body } = draft();
    expect(subject).toBe(
      'A setup guide I wrote for a home-energy client — Content Strategist interview',
    );
    expect(body).toBe(
      [
        'Hi Daniel,',
        "Thank you again for your time during my interview for the Content Strategist role at Fernhill. As promised, I've attached a setup guide I wrote for a home-energy client.",
        'For context: the brief was to cut support calls about installation.',
        'Please let me know if anything else would help.',
        'Best regards,\nMei Tanaka',
      ].join('\n\n'),
    );
  });

  it('adds one plain apology when late, and none otherwise', () => {
    const late = draft({ late: true }).body;
    expect(late).toContain(
      "attached a setup guide I wrote for a home-energy client. I'm sorry it's later than I promised.\n\n",
    );
    expect(late.match(/sorry|apolog/gi)).toHaveLength(1);
    expect(sentences(late)).toBe(sentences(draft().body) + 1);
    expect(draft().body).not.toMatch(/sorry|apolog|late/i);
  });

  it('leaves out the notes sentence when there are no notes', () => {
    const { body } = draft({ item: { what: 'my three references', notes: ' \n ' } });
    expect(body).not.toContain('For context');
    expect(body.split('\n\n')).toHaveLength(4);
    expect(body).toContain("As promised, I've attached my three references.");
  });

  // Drafts once read "attached is SQL portfolio sample", with no article.
  it('gives a bare noun an article and lowers a capital that only began the line', () => {
    const body = (what: string) => draft({ item: { what, notes: '' } }).body;
    expect(body('SQL portfolio sample')).toContain(
      "As promised, I've attached the SQL portfolio sample.",
    );
    expect(body('Two design samples')).toContain("As promised, I've attached two design samples.");
    expect(body('The deck from Tuesday')).toContain("I've attached the deck from Tuesday.");
    expect(body('Python notebook')).toContain("I've attached the Python notebook.");
  });

  it('keeps to three to five sentences and never sounds pushy', () => {
    for (const late of [false, true]) {
      for (const notes of ['', 'client names removed']) {
        for (const what of ['my three references', '']) {
          const { subject, body } = draft({ late, item: { what, notes } });
          const count = sentences(body);
          expect(count).toBeGreaterThanOrEqual(3);
          expect(count).toBeLessThanOrEqual(5);
          expect(`${subject}\n${body}`).not.toMatch(/ASAP|expect|why haven't|must|!/i);
        }
      }
    }
  });

  it('greets by first name, or without a name when there is no one', () => {
    expect(draft().body.split('\n')[0]).toBe('Hi Daniel,');
    expect(draft({ interviewer: null }).body.split('\n')[0]).toBe('Hello,');
    expect(draft({ interviewer: person('x', { name: '  ' }) }).body.split('\n')[0]).toBe('Hello,');
  });

  it('falls back in the subject and body without a role, company or item', () => {
    const subject = (fields: InterviewFields, what = 'my references') =>
      draft({ application: interviewWith(fields), item: { what, notes: '' } }).subject;
    expect(subject({})).toBe('My references — Content Strategist interview');
    expect(subject({ role: '' })).toBe('My references — Fernhill interview');
    expect(subject({ role: '', company: '' })).toBe('My references');
    expect(subject({}, '')).toBe('As promised — Content Strategist interview');
    expect(subject({ role: '', company: '' }, '')).toBe('As promised after my interview');
    expect(draft({ application: interviewWith({ role: '', company: '' }) }).body).toContain(
      'my interview for the role.',
    );
    expect(draft({ item: { what: '', notes: '' } }).body).toContain(
      "As promised, I've attached what we discussed.",
    );
  });

  it('does not double a full stop the user typed', () => {
    const { body } = draft({
      application: interviewWith({ company: 'Fernhill Ltd.' }),
      item: { what: 'my CV.', notes: 'Updated in May.' },
    });
    expect(body).toContain(
      "at Fernhill Ltd. As promised, I've attached my CV.\n\nFor context: Updated in May.\n\n",
    );
    expect(body).not.toContain('..');
  });

  it('drops the words of every missing field without leaving a gap', () => {
    const fields = ['role', 'company', 'name', 'profileName', 'what', 'notes', 'late'] as const;
    for (let mask = 0; mask < 1 << fields.length; mask += 1) {
      const has = (field: (typeof fields)[number]) => (mask & (1 << fields.indexOf(field))) !== 0;
      const { subject, body } = draftActionItemEmail({
        application: interviewWith({
          role: has('role') ? 'Content Strategist' : '',
          company: has('company') ? 'Fernhill' : '',
        }),
        interviewer: has('name') ? daniel : null,
        profile: { name: has('profileName') ? 'Mei Tanaka' : '', phone: '' },
        item: {
          what: has('what') ? 'my references' : '',
          notes: has('notes') ? 'all three know you may call' : '',
        },
        late: has('late'),
      });
      for (const text of [subject, body]) {
        expect(text).not.toMatch(
          /undefined|null|""|''| {2}| [.,:;?]|\.\.|: \.|\n{3}|^\s|\s$|the at|is\./,
        );
        expect(text).not.toMatch(/ \n|\n /);
      }
      expect(subject.length).toBeGreaterThan(0);
    }
  });

  it('never throws on any text in any field, and keeps the item verbatim', () => {
    const anyText = fc.string({ unit: 'grapheme', maxLength: 2000 });
    fc.assert(
      fc.property(
        fc.record({
          company: anyText,
          role: anyText,
          name: anyText,
          profileName: anyText,
          what: anyText,
          notes: anyText,
          late: fc.boolean(),
          nobody: fc.boolean(),
        }),
        (f) => {
          const { subject, body } = draftActionItemEmail({
            application: interviewWith({ company: f.company, role: f.role }),
            interviewer: f.nobody ? null : person('x', { name: f.name }),
            profile: { name: f.profileName, phone: '' },
            item: { what: f.what, notes: f.notes },
            late: f.late,
          });
          const what = f.what.replace(/\s+/g, ' ').trim();
          if (what) expect(body).toContain(`I've attached ${withArticle(what)}`);
          const notes = f.notes.replace(/\s+/g, ' ').trim();
          if (notes) expect(body).toContain(`For context: ${notes}`);
          const userText = Object.values(f).join(' ');
          if (!/undefined/i.test(userText)) expect(`${subject} ${body}`).not.toMatch(/undefined/i);
          if (!/null/i.test(userText)) expect(`${subject} ${body}`).not.toMatch(/null/i);
          expect(subject).not.toMatch(/\n/);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('copes with 10,000-character fields', () => {
    const long = 'Ünïcödé 👩🏽‍💻 مرحبا '.repeat(500).slice(0, 10_000);
    const { body } = draftActionItemEmail({
      application: interviewWith({ company: long, role: long }),
      interviewer: person('x', { name: long }),
      profile: { name: long, phone: long },
      item: { what: long, notes: long },
      late: true,
    });
    expect(body).toContain(`I've attached the ${long.replace(/\s+/g, ' ').trim()}`);
  });
});
