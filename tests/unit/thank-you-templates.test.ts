import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { midSentence } from '../../src/lib/messages/grammar';
import { MESSAGE_LIMITS } from '../../src/lib/messages/message-limits';
import { wordCount } from '../../src/lib/messages/text-stats';
import { draftThankYouEmail } from '../../src/lib/thank-you/templates';

import { draftKey } from '../../src/lib/workspace/operations';
import { ana, interview, person, priya, tom, type InterviewFields } from './fixtures';
import type { Person, Profile, Round, Tone } from '../../src/lib/workspace/schema';

function interviewWith(fields: InterviewFields = {}) {
  return interview({
    id: 'i1',
    company: 'Acme',
    role: 'Product Designer',
    date: '2026-01-28',
    start: '14:00',
    timeZone: 'Europe/London',
    format: 'video',
    people: [priya, tom, ana],
    qualifications:
      'eight years designing B2B dashboards\nleading a design system used by 40 engineers',
    timeline: '',
    createdAt: '2026-01-28T12:00:00.000Z',
    ...fields,
  });
}

const profile: Profile = { name: 'Sam Rivera', phone: '+44 7700 900123', linkedinTier: 'free' };
const TONES: Tone[] = ['warm', 'formal', 'concise'];

describe('draftThankYouEmail', () => {
  it('writes a complete warm email a candidate could send', () => {
    const { subject, body } = draftThankYouEmail({
      ...interviewWith(),
      interviewer: priya,
      profile,
      tone: 'warm',
    });
    expect(subject).toBe('Thank you — Product Designer interview');
    expect(body).toBe(
      [
        'Hi Priya,',
        'Thank you for taking the time to talk with me about the Product Designer role at Acme. I really enjoyed speaking with you.',
        'What stayed with me most was our conversation about how the design system scales across three product lines. I also appreciated hearing your perspective on the research ops backlog. And it was fun to chat about cycling in the Peak District.',
        'I left even more excited about the Product Designer role and about what I could bring to it: eight years designing B2B dashboards and leading a design system used by 40 engineers.',
        "I'm very interested in joining Acme and hope to hear from you soon. If it would help to see anything else, such as work samples or references, I'd be happy to send it.",
        'Best wishes,\nSam Rivera\n+44 7700 900123',
      ].join('\n\n'),
    );
  });

  it('greets by first name when warm or concise, by full name when formal', () => {
    const greeting = (tone: Tone, interviewer: Person) =>
      draftThankYouEmail({ ...interviewWith(), interviewer, profile, tone }).body.split('\n')[0];
    expect(greeting('warm', priya)).toBe('Hi Priya,');
    expect(greeting('concise', priya)).toBe('Hi Priya,');
    expect(greeting('formal', priya)).toBe('Dear Priya Shah,');
    expect(greeting('warm', { ...priya, name: 'Dr.  Priya   Shah' })).toBe('Hi Dr. Shah,');
  });

  it('greets the hiring team when the name is empty', () => {
    const nameless = { ...priya, name: '  ' };
    const greeting = (tone: Tone) =>
      draftThankYouEmail({
        ...interviewWith(),
        interviewer: nameless,
        profile,
        tone,
      }).body.split('\n')[0];
    expect(greeting('formal')).toBe('Dear Hiring Team,');
    expect(greeting('warm')).toBe('Hi there,');
    expect(greeting('concise')).toBe('Hello,');
  });

  it('says "meeting you" on site and "speaking with you" on video or phone', () => {
    for (const tone of TONES) {
      const onSite = draftThankYouEmail({
        ...interviewWith({ format: 'on-site' }),
        interviewer: priya,
        profile,
        tone,
      });
      const phone = draftThankYouEmail({
        ...interviewWith({ format: 'phone' }),
        interviewer: priya,
        profile,
        tone,
      });
      expect(onSite.body).toContain('meeting you');
      expect(onSite.body).not.toContain('speaking with you');
      expect(phone.body).toContain('speaking with you');
      expect(phone.body).not.toContain('meeting you');
    }
  });

  it('uses this interviewer’s own topics and rapport, verbatim', () => {
    const body = draftThankYouEmail({
      ...interviewWith(),
      interviewer: tom,
      profile,
      tone: 'formal',
    }).body;
    expect(body).toContain('moving checkout to the new payments API.');
    expect(body).toContain('how on-call works for designers.');
    expect(body).toContain('a shared love of Terry Pratchett.');
    expect(body).not.toContain('design system scales');
  });

  it('gives concise drafts two topics and two qualifications in short sentences, without rapport', () => {
    const body = draftThankYouEmail({
      ...interviewWith(),
      interviewer: priya,
      profile,
      tone: 'concise',
    }).body;
    expect(body).toContain('how the design system scales across three product lines');
    expect(body).toContain('I also enjoyed hearing about the research ops backlog.');
    expect(body).not.toContain('Peak District');
    expect(body).toContain(
      'eight years designing B2B dashboards and leading a design system used by 40 engineers.',
    );
  });

  it('falls back to rapport in a concise draft when there are no topics', () => {
    const body = draftThankYouEmail({
      ...interviewWith(),
      interviewer: { ...priya, topics: '' },
      profile,
      tone: 'concise',
    }).body;
    expect(body).toContain('cycling in the Peak District.');
  });

  it('words each interviewer’s email differently and leads with a different qualification', () => {
    const bodies = [priya, tom, ana].map(
      (interviewer) =>
        draftThankYouEmail({ ...interviewWith(), interviewer, profile, tone: 'warm' }).body,
    );
    const thanksLines = bodies.map((body) => body.split('\n\n')[1]);
    expect(new Set(thanksLines).size).toBe(3);
    expect(bodies[1]).toContain(
      'leading a design system used by 40 engineers and eight years designing B2B dashboards',
    );
  });

  // Concise once gave 73 words against the 100–180 its own counter showed.
  it('stays within the thank-you range (100–180 words) in every tone with topics and qualifications filled in', () => {
    for (const interviewer of [priya, tom, ana]) {
      for (const tone of TONES) {
        for (const extraDetail of [undefined, 'your Series B round led by Northwind Ventures']) {
          const input = {
            ...interviewWith(),
            interviewer,
            // Without the phone line too: three words are enough to cross the floor.
            profile: { ...profile, phone: extraDetail ? profile.phone : '' },
            tone,
            ...(extraDetail ? { extraDetail } : {}),
          };
          const words = wordCount(draftThankYouEmail(input).body);
          const { min, max } = MESSAGE_LIMITS.thankYou.target;
          expect(
            words,
            `${tone} to ${interviewer.name}${extraDetail ? ' with news' : ''}`,
          ).toBeGreaterThanOrEqual(min);
          expect(words).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it('pads a sparse draft towards 100 words with a general sentence', () => {
    const sparse = interviewWith({ qualifications: 'B2B dashboards' });
    const interviewer = { ...priya, topics: 'tokens', rapport: '' };
    for (const tone of ['warm', 'formal'] as const) {
      expect(
        wordCount(draftThankYouEmail({ ...sparse, interviewer, profile, tone }).body),
      ).toBeGreaterThanOrEqual(90);
    }
    // Concise pads too, with its shorter sentence (it once had none).
    const concise = draftThankYouEmail({
      ...sparse,
      interviewer,
      profile,
      tone: 'concise',
    });
    expect(concise.body).toContain('It was also useful to hear how the team works');
  });

  it('mentions the company news the user adds', () => {
    const body = draftThankYouEmail({
      ...interviewWith(),
      interviewer: priya,
      profile,
      tone: 'warm',
      extraDetail: 'your  Series B\nround',
    }).body;
    expect(body).toContain('I was also glad to see the recent news: your Series B round.');
  });

  it('signs with the name and phone only when set', () => {
    const signature = (p: Pick<Profile, 'name' | 'phone'>) =>
      draftThankYouEmail({
        ...interviewWith(),
        interviewer: priya,
        profile: p,
        tone: 'formal',
      })
        .body.split('\n\n')
        .at(-1);
    expect(signature({ name: 'Sam Rivera', phone: '' })).toBe('Kind regards,\nSam Rivera');
    expect(signature({ name: '', phone: '' })).toBe('Kind regards,');
  });

  it('falls back sensibly without a role or company', () => {
    const noRole = draftThankYouEmail({
      ...interviewWith({ role: '' }),
      interviewer: priya,
      profile,
      tone: 'warm',
    });
    expect(noRole.subject).toBe('Thank you — Acme interview');
    expect(noRole.body).toContain('about the role at Acme.');
    const neither = draftThankYouEmail({
      ...interviewWith({ role: '', company: '' }),
      interviewer: priya,
      profile,
      tone: 'formal',
    });
    expect(neither.subject).toBe('Thank you for the interview');
    expect(neither.body).toContain('the opportunity to discuss the position.');
    expect(neither.body).toContain('joining your team.');
  });

  it('does not double a full stop the user typed or a role word they included', () => {
    const body = draftThankYouEmail({
      ...interviewWith({ company: 'Acme Inc.', role: 'Designer role' }),
      interviewer: { ...priya, topics: 'roadmap planning.\nWhy now?' },
      profile,
      tone: 'warm',
    }).body;
    expect(body).toContain('the Designer role at Acme Inc. I really');
    expect(body).toContain('our conversation about roadmap planning. I also');
    // "Why" was capitalised only because it began the line.
    expect(body).toContain('your perspective on why now? And');
    expect(body).not.toMatch(/\.\.|role role/);
  });

  // Drafts once read "…bring to it: Five years of SQL and dbt, and Built self-serve dashboards…".
  it('lowers list lines typed with a capital and joins them as prose', () => {
    const body = (qualifications: string, tone: Tone = 'warm') =>
      draftThankYouEmail({
        ...interviewWith({ qualifications }),
        interviewer: { ...priya, topics: 'How the design system scales' },
        profile,
        tone,
      }).body;
    expect(body('Five years of SQL and dbt\nBuilt self-serve dashboards')).toContain(
      'bring to it: five years of SQL and dbt, and built self-serve dashboards.',
    );
    expect(body('Eight years in B2B design\nLed a design system')).toContain(
      'bring to it: eight years in B2B design and led a design system.',
    );
    // Names and acronyms keep their capitals.
    expect(body('Python and SQL\nFigma plug-ins')).toContain(
      'bring to it: Python and SQL, and Figma plug-ins.',
    );
    expect(body('SQL', 'concise')).toContain('bring to it: SQL.');
    for (const tone of TONES) {
      expect(body('', tone)).toContain(' how the design system scales.');
      expect(body('', tone)).not.toContain('How the');
    }
  });

  it('drops list markers but keeps the point as typed', () => {
    const body = draftThankYouEmail({
      ...interviewWith({ qualifications: '1. eight years of B2B design' }),
      interviewer: { ...priya, topics: '- design   tokens\n• the research\tbacklog' },
      profile,
      tone: 'warm',
    }).body;
    expect(body).toContain('our conversation about design tokens.');
    expect(body).toContain('your perspective on the research backlog.');
    expect(body).toContain('bring to it: eight years of B2B design.');
  });

  it('drops the sentence of every missing field without leaving a gap', () => {
    const fields = [
      'role',
      'company',
      'topics',
      'rapport',
      'qualifications',
      'name',
      'profileName',
      'phone',
      'news',
    ] as const;
    for (let mask = 0; mask < 1 << fields.length; mask += 1) {
      const has = (field: (typeof fields)[number]) => (mask & (1 << fields.indexOf(field))) !== 0;
      const interview = interviewWith({
        role: has('role') ? 'Product Designer' : '',
        company: has('company') ? 'Acme' : '',
        qualifications: has('qualifications') ? 'eight years designing B2B dashboards' : '',
      });
      const interviewer = {
        ...priya,
        name: has('name') ? 'Priya Shah' : '',
        topics: has('topics') ? 'design tokens' : '',
        rapport: has('rapport') ? 'cycling' : '',
      };
      for (const tone of TONES) {
        const { subject, body } = draftThankYouEmail({
          ...interview,
          interviewer,
          profile: {
            name: has('profileName') ? 'Sam Rivera' : '',
            phone: has('phone') ? '+44 7700 900123' : '',
          },
          tone,
          ...(has('news') ? { extraDetail: 'the Series B' } : {}),
        });
        for (const text of [subject, body]) {
          expect(text).not.toMatch(/undefined|null|""|''| {2}| [.,:;]|\.\.|about \.|\n{3}|^\s|\s$/);
          expect(text).not.toMatch(/ \n|\n /);
        }
        expect(subject.length).toBeGreaterThan(0);
      }
    }
  });

  it('never throws on any text in any field, and keeps the first topic and qualification verbatim', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 10_000 }),
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
    );
    const firstLine = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
      .filter((line) => !/[\r\n]/.test(line))
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '' && !/^(?:[-*•·–—▪‣●]|\d{1,2}[.)])\s/u.test(line));
    fc.assert(
      fc.property(
        fc.record({
          company: anyText,
          role: anyText,
          topic: firstLine,
          moreTopics: anyText,
          qualification: firstLine,
          moreQualifications: anyText,
          name: anyText,
          rapport: anyText,
          profileName: anyText,
          phone: anyText,
          extraDetail: anyText,
          tone: fc.constantFrom<Tone>('warm', 'formal', 'concise'),
          format: fc.constantFrom<Round['format']>('on-site', 'video', 'phone'),
        }),
        (f) => {
          const interviewer = person('x', {
            name: f.name,
            topics: `${f.topic}\n${f.moreTopics}`,
            rapport: f.rapport,
          });
          const interview = interviewWith({
            company: f.company,
            role: f.role,
            format: f.format,
            qualifications: `${f.qualification}\n${f.moreQualifications}`,
            people: [interviewer],
          });
          const { subject, body } = draftThankYouEmail({
            ...interview,
            interviewer,
            profile: { name: f.profileName, phone: f.phone },
            tone: f.tone,
            extraDetail: f.extraDetail,
          });
          // As typed, but for a first word capitalised only because it began the line.
          expect(body).toContain(midSentence(f.topic));
          expect(body).toContain(midSentence(f.qualification));
          const userText = Object.values(f).join(' ');
          if (!/undefined/i.test(userText)) expect(`${subject} ${body}`).not.toMatch(/undefined/i);
          if (!/null/i.test(userText)) expect(`${subject} ${body}`).not.toMatch(/null/i);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('copes with 10,000-character fields', () => {
    const long = 'Ünïcödé 👩🏽‍💻 مرحبا '.repeat(500).slice(0, 10_000);
    const interviewer = person('x', { name: long, topics: long, rapport: long });
    const { body } = draftThankYouEmail({
      ...interviewWith({
        company: long,
        role: long,
        qualifications: long,
        people: [interviewer],
      }),
      interviewer,
      profile: { name: long, phone: long },
      tone: 'formal',
      extraDetail: long,
    });
    expect(body).toContain(long.replace(/\s+/g, ' ').trim());
  });
});

describe('draftKey', () => {
  it('keys per-interviewer drafts by kind and id, per-interview drafts by kind', () => {
    expect(draftKey('thank-you-email', 'p1')).toBe('thank-you-email:p1');
    expect(draftKey('status-inquiry')).toBe('status-inquiry');
    expect(draftKey('linkedin', '')).toBe('linkedin');
  });
});
