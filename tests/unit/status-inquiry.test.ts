import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/messages/text-stats';
import { draftStatusInquiry, type StatusInquiryInput } from '../../src/lib/status-inquiry/compose';
import { interview, person, type InterviewFields } from './fixtures';
import type { Person, Profile, Tone } from '../../src/lib/workspace/schema';

const marcus = person('r1', { name: 'Marcus Bell', title: 'Recruiter' });

function interviewWith(fields: InterviewFields = {}) {
  return interview({
    id: 'i1',
    company: 'Acme',
    role: 'Product Designer',
    date: '2026-11-24',
    start: '14:00',
    timeZone: 'Europe/London',
    format: 'video',
    people: [marcus],
    qualifications:
      'eight years designing B2B dashboards\nleading a design system used by 40 engineers',
    timeline: '1-2 weeks',
    createdAt: '2026-11-24T12:00:00.000Z',
    ...fields,
  }).application;
}

const profile: Profile = { name: 'Sam Rivera', phone: '+44 7700 900123', linkedinTier: 'free' };
const TONES: Tone[] = ['warm', 'formal', 'concise'];
const STAGES = ['first', 'final'] as const;

function draft(fields: Partial<StatusInquiryInput> = {}) {
  return draftStatusInquiry({
    application: interviewWith(),
    interviewer: marcus,
    profile,
    tone: 'warm',
    stage: 'first',
    timelineSummary: 'within two weeks',
    interviewDateText: 'Tuesday 24 November',
    ...fields,
  });
}

/** The message between greeting and sign-off. */
function message(body: string): string {
  return body.split('\n\n').slice(1, -1).join(' ');
}

/** Sentences in the message: the test data has no full stops or question marks of its own. */
function sentences(body: string): number {
  return message(body).match(/[.?!](?=\s|$)/g)?.length ?? 0;
}

describe('draftStatusInquiry, first inquiry', () => {
  it('writes a complete warm inquiry a candidate could send', () => {
    const { subject, body } = draft();
    expect(subject).toBe('Following up — Product Designer interview');
    expect(body).toBe(
      [
        'Hi Marcus,',
        "I'm Sam Rivera, and I interviewed for the Product Designer role at Acme on Tuesday 24 November. You mentioned the team hoped to decide within two weeks, and as that time has now passed, I wanted to check in.",
        "I'm still very excited about the Product Designer role and what I could bring to it: eight years designing B2B dashboards.",
        "Is there any news on the timeline you could share? If there's anything else I can send to help, I'd be happy to.",
        'Best wishes,\nSam Rivera\n+44 7700 900123',
      ].join('\n\n'),
    );
  });

  it('writes a formal inquiry with full names and measured wording', () => {
    const { body } = draft({ tone: 'formal' });
    expect(body.split('\n')[0]).toBe('Dear Marcus Bell,');
    expect(body).toContain(
      'My name is Sam Rivera, and I interviewed for the Product Designer position at Acme on Tuesday 24 November.',
    );
    expect(body).toContain(
      'I understood that the team hoped to reach a decision within two weeks; as that time has now passed',
    );
    expect(body).toContain(
      'I remain very interested in the Product Designer position and confident in what I could contribute: eight years designing B2B dashboards.',
    );
    expect(body).toContain('Would you be able to share any update on the timeline?');
    expect(body.endsWith('Kind regards,\nSam Rivera\n+44 7700 900123')).toBe(true);
  });

  it('writes a concise inquiry, shorter than the warm one', () => {
    const { body } = draft({ tone: 'concise' });
    expect(body.split('\n')[0]).toBe('Hi Marcus,');
    expect(body).toContain(
      'Sam Rivera here, following up on my interview for the Product Designer role at Acme on Tuesday 24 November.',
    );
    expect(body).toContain(
      'The team hoped to decide within two weeks; as that time has passed, I wanted to check in.',
    );
    expect(body).toContain('Is there any update on the timeline?');
    expect(wordCount(body)).toBeLessThan(wordCount(draft().body));
  });

  it('mentions the timeline only when one was given', () => {
    for (const tone of TONES) {
      expect(draft({ tone }).body).toMatch(/within two weeks.*has (?:now )?passed/);
      const without = draft({ tone, timelineSummary: '  ' }).body;
      expect(without).not.toMatch(/passed|hoped to/);
      expect(without).toMatch(/update on the timeline|news on the timeline/);
    }
  });

  it('keeps to four or five sentences with or without timeline, news, date and qualifications', () => {
    for (const tone of TONES) {
      for (const timelineSummary of ['within two weeks', '']) {
        for (const newsDetail of [undefined, 'the launch of the Berlin office']) {
          for (const qualifications of ['eight years designing B2B dashboards', '']) {
            for (const interviewDateText of ['Tuesday 24 November', '']) {
              const input = {
                tone,
                timelineSummary,
                interviewDateText,
                application: interviewWith({ qualifications }),
              };
              const count = sentences(draft(newsDetail ? { ...input, newsDetail } : input).body);
              expect(
                count,
                `${tone} ${timelineSummary} ${newsDetail} ${qualifications}`,
              ).toBeGreaterThanOrEqual(4);
              expect(count).toBeLessThanOrEqual(5);
            }
          }
        }
      }
    }
  });

  it('offers to send more and asks about the timeline, in one sentence when there is news too', () => {
    const both = draft({ newsDetail: 'the Series B' }).body;
    expect(both).toContain('I was also glad to see the recent news: the Series B.');
    expect(both).toContain(
      'Is there any news on the timeline you could share, or anything else I can send to help?',
    );
    const newsOnly = draft({ newsDetail: 'the Series B', timelineSummary: '' }).body;
    expect(newsOnly).toContain(
      "Is there any news on the timeline you could share? If there's anything else I can send to help",
    );
  });

  it('uses the first qualification line, as typed, without a list marker', () => {
    const body = draft({
      application: interviewWith({
        qualifications: '\n  - led  the\tredesign of checkout.\nsecond point',
      }),
    }).body;
    expect(body).toContain('what I could bring to it: led the redesign of checkout.\n\nIs');
    expect(body).not.toContain('second point');
    expect(body).not.toContain('..');
  });

  it('drops the date and the name it does not have', () => {
    const body = draft({ interviewDateText: '', profile: { name: '', phone: '' } }).body;
    expect(body).toContain('I interviewed for the Product Designer role at Acme. You');
    expect(body.endsWith('\n\nBest wishes,')).toBe(true);
    expect(draft({ tone: 'formal', profile: { name: '', phone: '' } }).body).toContain(
      'I am writing regarding my interview for the Product Designer position at Acme on Tuesday 24 November.',
    );
    expect(draft({ tone: 'concise', profile: { name: '', phone: '' } }).body).toContain(
      "I'm following up on my interview for",
    );
  });
});

describe('draftStatusInquiry, final follow-up', () => {
  it('writes a short, gracious warm follow-up that leaves the door open', () => {
    const { subject, body } = draft({ stage: 'final' });
    expect(subject).toBe('Checking in once more — Product Designer role');
    expect(body).toBe(
      [
        'Hi Marcus,',
        "I'm still very interested in the Product Designer role at Acme, so I wanted to follow up once more, knowing these decisions take time. Is there any news you could share on where things stand? If the role has been filled, I'd be grateful to be considered for future openings.",
        'Best wishes,\nSam Rivera',
      ].join('\n\n'),
    );
  });

  it('keeps to two or three sentences, shorter than the first inquiry, in every tone', () => {
    for (const tone of TONES) {
      const { body } = draft({ tone, stage: 'final', newsDetail: 'the Series B' });
      const count = sentences(body);
      expect(count, tone).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(3);
      expect(wordCount(body)).toBeLessThan(wordCount(draft({ tone }).body));
      expect(body).toMatch(/interested/);
      expect(body).toMatch(/future openings\.\n/);
      // It does not repeat the case for the job or the news.
      expect(body).not.toMatch(/dashboards|Series B|within two weeks/);
    }
    expect(sentences(draft({ tone: 'concise', stage: 'final' }).body)).toBe(2);
    expect(draft({ tone: 'formal', stage: 'final' }).body).toContain(
      'Should the position have been filled, I would be grateful to be considered for future openings.',
    );
  });
});

describe('draftStatusInquiry, every tone and stage', () => {
  it('greets by first name (warm, concise) or full name (formal), and the team when there is no one', () => {
    const greeting = (tone: Tone, interviewer: Person | null) =>
      draft({ tone, interviewer }).body.split('\n')[0];
    expect(greeting('warm', marcus)).toBe('Hi Marcus,');
    expect(greeting('concise', marcus)).toBe('Hi Marcus,');
    expect(greeting('formal', marcus)).toBe('Dear Marcus Bell,');
    expect(greeting('warm', person('x', { name: 'Dr.  Ada \n Lovelace' }))).toBe(
      'Hi Dr. Lovelace,',
    );
    expect(greeting('formal', null)).toBe('Dear Hiring Team,');
    expect(greeting('formal', person('x', { name: ' ' }))).toBe('Dear Hiring Team,');
    expect(greeting('warm', null)).toBe('Hi there,');
    expect(greeting('concise', null)).toBe('Hello,');
  });

  it('never sounds pushy', () => {
    for (const tone of TONES) {
      for (const stage of STAGES) {
        for (const timelineSummary of ['within two weeks', '']) {
          const { subject, body } = draft({
            tone,
            stage,
            timelineSummary,
            newsDetail: 'the Series B',
          });
          expect(`${subject}\n${body}`).not.toMatch(
            /ASAP|expect|why haven't|need|must|!|waited|still haven't/i,
          );
        }
      }
    }
  });

  it('falls back in the subject without a role or company', () => {
    const subject = (stage: 'first' | 'final', fields: InterviewFields) =>
      draft({ stage, application: interviewWith(fields) }).subject;
    expect(subject('first', { role: '' })).toBe('Following up — Acme interview');
    expect(subject('final', { role: '' })).toBe('Checking in once more — Acme interview');
    expect(subject('first', { role: '', company: '' })).toBe('Following up on my interview');
    expect(subject('final', { role: '', company: '' })).toBe(
      'Checking in once more on my application',
    );
    expect(subject('final', { role: 'Designer role' })).toBe(
      'Checking in once more — Designer role',
    );
    expect(draft({ application: interviewWith({ role: '', company: '' }) }).body).toContain(
      'interviewed for the role on',
    );
    expect(
      draft({
        tone: 'formal',
        stage: 'final',
        application: interviewWith({ role: '', company: '' }),
      }).body,
    ).toContain('regarding the position,');
  });

  it('drops the words of every missing field without leaving a gap', () => {
    const fields = [
      'role',
      'company',
      'qualifications',
      'name',
      'profileName',
      'phone',
      'timeline',
      'date',
      'news',
    ] as const;
    for (let mask = 0; mask < 1 << fields.length; mask += 1) {
      const has = (field: (typeof fields)[number]) => (mask & (1 << fields.indexOf(field))) !== 0;
      for (const tone of TONES) {
        for (const stage of STAGES) {
          const { subject, body } = draftStatusInquiry({
            application: interviewWith({
              role: has('role') ? 'Product Designer' : '',
              company: has('company') ? 'Acme' : '',
              qualifications: has('qualifications') ? 'eight years designing B2B dashboards' : '',
            }),
            interviewer: has('name') ? marcus : null,
            profile: {
              name: has('profileName') ? 'Sam Rivera' : '',
              phone: has('phone') ? '+44 7700 900123' : '',
            },
            tone,
            stage,
            timelineSummary: has('timeline') ? 'within two weeks' : '',
            interviewDateText: has('date') ? 'Tuesday 24 November' : '',
            ...(has('news') ? { newsDetail: 'the Series B' } : {}),
          });
          for (const text of [subject, body]) {
            expect(text).not.toMatch(
              /undefined|null|""|''| {2}| [.,:;?]|\.\.|: \.|\n{3}|^\s|\s$|\bon\.|for\.|the at/,
            );
            expect(text).not.toMatch(/ \n|\n /);
          }
          const count = sentences(body);
          expect(count).toBeGreaterThanOrEqual(stage === 'first' ? 4 : 2);
          expect(count).toBeLessThanOrEqual(stage === 'first' ? 5 : 3);
        }
      }
    }
  });

  it('never throws on any text in any field, and keeps the first qualification verbatim', () => {
    const anyText = fc.string({ unit: 'grapheme', maxLength: 2000 });
    // A first line the builder keeps whole: no line break, and no list marker to drop.
    const firstLine = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(
        (line) =>
          line !== '' &&
          !/[\r\n\u2028\u2029\v\f\x85]/.test(line) &&
          !/^(?:[-*•·–—▪‣●]|\d{1,2}[.)])\s/u.test(line),
      );
    fc.assert(
      fc.property(
        fc.record({
          company: anyText,
          role: anyText,
          qualification: firstLine,
          moreQualifications: anyText,
          name: anyText,
          profileName: anyText,
          phone: anyText,
          timelineSummary: anyText,
          interviewDateText: anyText,
          newsDetail: anyText,
          nobody: fc.boolean(),
          tone: fc.constantFrom<Tone>('warm', 'formal', 'concise'),
          stage: fc.constantFrom(...STAGES),
        }),
        (f) => {
          const interviewer = person('x', { name: f.name });
          const { subject, body } = draftStatusInquiry({
            application: interviewWith({
              company: f.company,
              role: f.role,
              qualifications: `${f.qualification}\n${f.moreQualifications}`,
            }),
            interviewer: f.nobody ? null : interviewer,
            profile: { name: f.profileName, phone: f.phone },
            tone: f.tone,
            stage: f.stage,
            timelineSummary: f.timelineSummary,
            interviewDateText: f.interviewDateText,
            newsDetail: f.newsDetail,
          });
          if (f.stage === 'first') expect(body).toContain(f.qualification);
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
    for (const stage of STAGES) {
      const { body } = draftStatusInquiry({
        application: interviewWith({ company: long, role: long, qualifications: long }),
        interviewer: person('x', { name: long }),
        profile: { name: long, phone: long },
        tone: 'formal',
        stage,
        timelineSummary: long,
        interviewDateText: long,
        newsDetail: long,
      });
      expect(body).toContain(long.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('whose timeline it was', () => {
  it("credits whoever gave it, not the reader, when it was someone else (the recruiter's words to the hiring manager)", () => {
    const hers = draft({ timelineSaidBy: 'Dana Whitfield' }).body;
    expect(hers).toContain('Dana mentioned the team hoped to decide within two weeks');
    expect(hers).not.toContain('You mentioned');
    // Unknown or the reader's own: "You mentioned", as before.
    expect(draft({ timelineSaidBy: '' }).body).toContain('You mentioned the team hoped');
    expect(draft().body).toContain('You mentioned the team hoped');
    // The formal and concise wordings never say who, so they stay as they were.
    for (const tone of ['formal', 'concise'] as const)
      expect(draft({ tone, timelineSaidBy: 'Dana Whitfield' }).body).not.toContain('Dana');
  });
});
