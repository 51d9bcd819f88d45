import fc from 'fast-check';
import { isoDateIn } from '../../src/lib/dates/zoned-time';
import { PACING } from '../../src/lib/messages/pacing';
import { mailByDate } from '../../src/lib/timeline/mail-by';
import { describe, expect, it } from 'vitest';
import {
  CARD_SIZES,
  WRITING,
  cardSize,
  draftHandwrittenNote,
  envelopeAddress,
  firstTopic,
  isCardId,
  noteDraftKey,
  noteFit,
} from '../../src/lib/handwritten-note/note-card';
import { interview, person, type InterviewFields } from './fixtures';
import type { Person, Profile, Round } from '../../src/lib/workspace/schema';

const personWith = (fields: Partial<Person> = {}): Person => person('p1', fields);

function interviewWith(fields: InterviewFields = {}) {
  return interview({
    id: 'i1',
    company: 'Acme',
    role: 'Product Designer',
    date: '2026-03-13',
    start: '14:00',
    timeZone: 'Europe/London',
    format: 'video',
    people: [],
    qualifications: '',
    timeline: '',
    createdAt: '2026-03-13T09:00:00.000Z',
    ...fields,
  });
}

const priya = personWith({
  name: 'Priya Raman',
  title: 'Design Director',
  topics: '- how the design system scales across three product lines\nthe research ops backlog',
  address: '  Acme Ltd \n\n 1 Market Street\nLondon  EC1A 1AA\n',
});
const sam: Profile = { name: 'Sam Rivera', phone: '', linkedinTier: 'free' };

describe('CARD_SIZES', () => {
  it('has A2 and A6 at their real sizes, with the writing estimate derived from the stated assumptions', () => {
    const a2 = cardSize('a2');
    const a6 = cardSize('a6');
    expect(a2.widthMm).toBeCloseTo(107.95, 2);
    expect(a2.heightMm).toBeCloseTo(139.7, 2);
    expect(a2.css).toEqual({ width: '4.25in', height: '5.5in' });
    expect(a6).toMatchObject({
      widthMm: 105,
      heightMm: 148,
      css: { width: '105mm', height: '148mm' },
    });
    // 8 mm margins, 7 mm lines, 2.6 mm characters.
    expect(WRITING).toEqual({ lineHeightMm: 7, charWidthMm: 2.6, marginMm: 8 });
    expect([a2.lines, a2.charsPerLine]).toEqual([17, 35]);
    expect([a6.lines, a6.charsPerLine]).toEqual([18, 34]);
    for (const card of CARD_SIZES) {
      expect(card.lines * WRITING.lineHeightMm).toBeLessThanOrEqual(
        card.heightMm - 2 * WRITING.marginMm,
      );
      expect(card.charsPerLine * WRITING.charWidthMm).toBeLessThanOrEqual(
        card.widthMm - 2 * WRITING.marginMm,
      );
    }
  });

  it('knows its ids and falls back to A2 for an unknown one', () => {
    expect(isCardId('a6')).toBe(true);
    expect(isCardId('A4')).toBe(false);
    expect(cardSize('A4').id).toBe('a2');
  });

  it('stores drafts under the shared draft-key format', () => {
    expect(noteDraftKey('p1')).toBe('handwritten-note:p1');
  });
});

describe('draftHandwrittenNote', () => {
  it('writes a short, addressed note with the first topic verbatim and a signed sign-off', () => {
    const note = draftHandwrittenNote({
      ...interviewWith({ people: [priya] }),
      interviewer: priya,
      profile: sam,
    });
    expect(note).toBe(
      'Dear Priya Raman,\n\n' +
        'Thank you for speaking with me about the Product Designer role at Acme. ' +
        'I especially enjoyed our conversation about how the design system scales across three product lines. ' +
        'I remain very interested in joining Acme and hope to hear from you soon.\n\n' +
        'With thanks,\nSam Rivera',
    );
    const fit = noteFit(note, 'a2');
    expect(fit.sentences).toBe(3);
    expect(fit.paragraphs).toBe(1);
    expect(fit.fits).toBe(true);
  });

  it('says "meeting" for an on-site interview', () => {
    const note = draftHandwrittenNote({
      ...interviewWith({ format: 'on-site' }),
      interviewer: priya,
      profile: sam,
    });
    expect(note).toContain('Thank you for meeting with me about');
  });

  it('drops what it does not know, leaving no gaps', () => {
    const note = draftHandwrittenNote({
      ...interviewWith({ company: '', role: '  ' }),
      interviewer: personWith({ topics: '\n  \n' }),
      profile: { name: '', phone: '' },
    });
    expect(note).toBe(
      'Hello,\n\nThank you for speaking with me about the role. I remain very interested in the role and hope to hear from you soon.\n\nWith thanks,',
    );
    expect(note).not.toMatch(/undefined|""|''| {2}| [.,]/);
    const sentences = noteFit(note, 'a6').sentences;
    expect(sentences).toBeGreaterThanOrEqual(2);
    expect(sentences).toBeLessThanOrEqual(4);
  });

  it('does not double the full stop of a topic that ends a sentence, nor add "role" twice', () => {
    const note = draftHandwrittenNote({
      ...interviewWith({ role: 'Engineering Manager position' }),
      interviewer: personWith({ name: 'Dr. Ana Lima', topics: 'your move from Lisbon to Leeds.' }),
      profile: sam,
    });
    expect(note).toContain('about the Engineering Manager position at Acme.');
    expect(note).toContain('our conversation about your move from Lisbon to Leeds. I remain');
    expect(note).not.toContain('..');
    expect(note.startsWith('Dear Dr. Ana Lima,')).toBe(true);
  });
});

describe('firstTopic', () => {
  it('takes the first non-empty line, without its list marker', () => {
    expect(firstTopic('\n  \n1. the   onboarding redesign\nsecond')).toBe(
      'the onboarding redesign',
    );
    expect(firstTopic('• 👩🏽‍💻 pairing')).toBe('👩🏽‍💻 pairing');
    expect(firstTopic('')).toBe('');
  });
});

describe('noteFit', () => {
  const a2 = cardSize('a2');

  it('wraps words to the card width, with a blank line per paragraph break', () => {
    const fit = noteFit(
      'Dear Priya,\n\n\n\nThank you so much for the time you spent with me on Tuesday.\n\nBest,\nSam',
      'a2',
    );
    expect(fit.lines).toEqual([
      'Dear Priya,',
      '',
      'Thank you so much for the time you',
      'spent with me on Tuesday.',
      '',
      'Best,',
      'Sam',
    ]);
    expect(fit.lines.every((line) => [...line].length <= a2.charsPerLine)).toBe(true);
    expect(fit.usedLines).toBe(7);
    expect(fit.maxLines).toBe(17);
    expect(fit).toMatchObject({
      fits: true,
      overBy: 0,
      paragraphs: 1,
      sentences: 1,
      tooManyParagraphs: false,
    });
  });

  it('breaks a word longer than a line, and counts an emoji with a skin tone as one character', () => {
    const long = 'x'.repeat(80);
    expect(noteFit(long, 'a6').lines).toEqual(['x'.repeat(34), 'x'.repeat(34), 'x'.repeat(12)]);
    const emoji = '👩🏽‍💻'.repeat(35);
    expect(noteFit(emoji, 'a2').lines).toEqual([emoji]);
    expect(noteFit(`${emoji}e\u0301`, 'a2').lines).toEqual([emoji, 'e\u0301']);
  });

  it('reports a note that does not fit an A6 card, and by how many lines', () => {
    const sentence = 'Thank you again for explaining how the platform team plans its quarter. ';
    const text = `Dear Priya Raman,\n\n${sentence.repeat(8).trim()}\n\n${sentence.repeat(4).trim()}\n\nWith thanks,\nSam Rivera`;
    const fit = noteFit(text, 'a6');
    expect(fit.fits).toBe(false);
    expect(fit.maxLines).toBe(18);
    expect(fit.usedLines).toBeGreaterThan(18);
    expect(fit.overBy).toBe(fit.usedLines - 18);
    expect(fit.overBy).toBeGreaterThan(0);
    expect(fit.paragraphs).toBe(2);
    expect(fit.sentences).toBe(12);
    expect(fit.tooManyParagraphs).toBe(false);
  });

  it('flags three paragraphs, not counting the greeting and sign-off', () => {
    const fit = noteFit(
      'Dear Tom,\n\nThanks for today. It was great.\n\nI loved the demo.\n\nSee you soon!\n\nBest wishes,\nSam',
      'a2',
    );
    expect(fit.paragraphs).toBe(3);
    expect(fit.sentences).toBe(4);
    expect(fit.tooManyParagraphs).toBe(true);
  });

  it('counts an empty note as nothing', () => {
    expect(noteFit(' \n\n ', 'a2')).toEqual({
      lines: [],
      usedLines: 0,
      maxLines: 17,
      fits: true,
      overBy: 0,
      paragraphs: 0,
      sentences: 0,
      tooManyParagraphs: false,
    });
  });
});

describe('mailByDate', () => {
  it('reads the day from the table: the interview day itself', () => {
    expect(PACING.cardMailDays).toBe(0);
  });

  it('mails a Friday interview the same Friday', () => {
    expect(mailByDate('2026-03-13', '2026-03-13')).toEqual({ date: '2026-03-13', reason: 'due' });
  });

  it('keeps a weekend interview on its own day: a postbox takes a card any day', () => {
    expect(mailByDate('2026-03-14', '2026-03-14')).toEqual({ date: '2026-03-14', reason: 'due' });
    expect(mailByDate('2026-03-15', '2026-03-15')).toEqual({ date: '2026-03-15', reason: 'due' });
  });

  it('after the interview day, says the day has passed instead of moving it', () => {
    expect(mailByDate('2026-03-10', '2026-03-12')).toEqual({
      date: '2026-03-10',
      reason: 'passed',
    });
    expect(mailByDate('2026-03-12', '2026-03-14')).toEqual({
      date: '2026-03-12',
      reason: 'passed',
    });
    // Across a month and a year end.
    expect(mailByDate('2027-02-28', '2027-03-01')).toEqual({
      date: '2027-02-28',
      reason: 'passed',
    });
    expect(mailByDate('2027-12-31', '2028-01-01')).toEqual({
      date: '2027-12-31',
      reason: 'passed',
    });
  });

  it('planned ahead, gives the interview day, still due', () => {
    expect(mailByDate('2026-03-13', '2026-03-09')).toEqual({ date: '2026-03-13', reason: 'due' });
    expect(mailByDate('2026-03-14', '2026-03-09')).toEqual({ date: '2026-03-14', reason: 'due' });
  });

  it('handles 29 February 2028 (a Tuesday)', () => {
    expect(mailByDate('2028-02-29', '2028-02-29')).toEqual({ date: '2028-02-29', reason: 'due' });
    expect(mailByDate('2028-02-29', '2028-03-01')).toEqual({
      date: '2028-02-29',
      reason: 'passed',
    });
  });

  it('returns null for invalid dates', () => {
    for (const bad of [
      '',
      '2027-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-3-5',
      '13/03/2026',
      '2026-03-13T10:00',
      'soon',
    ]) {
      expect(mailByDate(bad, '2026-03-13')).toBeNull();
      expect(mailByDate('2026-03-13', bad)).toBeNull();
    }
    expect(mailByDate(undefined as unknown as string, '2026-03-13')).toBeNull();
    // The first and last dates YYYY-MM-DD can write.
    expect(mailByDate('9999-12-31', '9999-12-31')).toEqual({ date: '9999-12-31', reason: 'due' });
    expect(mailByDate('0001-01-06', '0001-01-06')).toEqual({ date: '0001-01-06', reason: 'due' });
  });
});

describe('isoDateIn', () => {
  it("gives today's date where the user is", () => {
    const instant = new Date('2026-03-13T23:30:00Z');
    expect(isoDateIn(instant, 'UTC')).toBe('2026-03-13');
    expect(isoDateIn(instant, 'Asia/Tokyo')).toBe('2026-03-14');
    expect(isoDateIn(instant, 'America/Los_Angeles')).toBe('2026-03-13');
    expect(isoDateIn(instant, 'Not/AZone')).toBe('2026-03-13');
    expect(isoDateIn(new Date(Number.NaN), 'UTC')).toBe('');
  });
});

describe('envelopeAddress', () => {
  it('lists name, title, company and each address line, trimmed, with no empty or repeated lines', () => {
    expect(envelopeAddress(priya, 'Acme Ltd')).toEqual([
      'Priya Raman',
      'Design Director',
      'Acme Ltd',
      '1 Market Street',
      'London EC1A 1AA',
    ]);
  });

  it('leaves out what is missing', () => {
    expect(
      envelopeAddress(
        personWith({ name: ' Tom ', address: '\r\n\r\n5 Rue de Rivoli\r\nParis' }),
        '  ',
      ),
    ).toEqual(['Tom', '5 Rue de Rivoli', 'Paris']);
    expect(envelopeAddress(personWith(), '')).toEqual([]);
  });
});

describe('any text in any field', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 10_000 }),
    fc.string({ unit: 'binary', maxLength: 500 }),
    fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
    fc.constantFrom(
      '👩🏽‍💻 مرحبا بك',
      'שלום\u202Eworld',
      'e\u0301\u0301\u0301',
      '\u2028\u2029\r\n\t',
      'undefined',
    ),
  );
  const cleanLine = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !/^(?:[-*•·–—▪‣●]|\d{1,2}[.)])\s/u.test(line));

  it('never throws, keeps the first topic verbatim and never says "undefined"', () => {
    fc.assert(
      fc.property(
        fc.record({
          company: anyText,
          role: anyText,
          date: anyText,
          format: fc.constantFrom<Round['format']>('on-site', 'video', 'phone'),
          name: anyText,
          title: anyText,
          address: anyText,
          topic: cleanLine,
          moreTopics: anyText,
          profileName: anyText,
          today: anyText,
          card: fc.constantFrom('a2', 'a6'),
        }),
        (f) => {
          const interviewer = personWith({
            name: f.name,
            title: f.title,
            address: f.address,
            topics: `${f.topic}\n${f.moreTopics}`,
          });
          const interview = interviewWith({
            company: f.company,
            role: f.role,
            date: f.date,
            format: f.format,
            people: [interviewer],
          });
          const note = draftHandwrittenNote({
            ...interview,
            interviewer,
            profile: { name: f.profileName, phone: '' },
          });
          expect(note).toContain(f.topic);
          const userText = [f.company, f.role, f.name, f.topic, f.profileName].join(' ');
          if (!/undefined/i.test(userText)) expect(note).not.toMatch(/undefined/i);
          // No empty quotes of our making (the user may of course type them).
          if (!/["']/.test(userText)) expect(note).not.toMatch(/""|''/);

          const fit = noteFit(note, f.card);
          expect(fit.usedLines).toBe(fit.lines.length);
          expect(fit.overBy).toBe(Math.max(0, fit.usedLines - fit.maxLines));
          const width = cardSize(f.card).charsPerLine;
          const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
          for (const line of fit.lines)
            expect([...seg.segment(line)].length).toBeLessThanOrEqual(width);

          const envelope = envelopeAddress(interviewer, f.company);
          for (const line of envelope) expect(line).toBe(line.trim());
          expect(envelope).not.toContain('');
          const mail = mailByDate(f.date, f.today);
          if (mail) expect(mail.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('fits any text on either card without throwing, and keeps every word', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a2', 'a6', 'nope'), (text, card) => {
        const fit = noteFit(text, card);
        expect(fit.fits).toBe(fit.overBy === 0);
        expect(fit.paragraphs).toBeGreaterThanOrEqual(0);
        expect(fit.tooManyParagraphs).toBe(fit.paragraphs > 2);
        // Wrapping only moves line breaks: the non-space characters are all still there.
        expect(fit.lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 150 },
    );
  });

  it('copes with 10,000-character fields', () => {
    const long = 'Ünïcödé 👩🏽‍💻 مرحبا '.repeat(500).slice(0, 10_000);
    const interviewer = personWith({ name: long, title: long, topics: long, address: long });
    const note = draftHandwrittenNote({
      ...interviewWith({ company: long, role: long }),
      interviewer,
      profile: { name: long, phone: '' },
    });
    expect(note).toContain(long.replace(/\s+/g, ' ').trim());
    expect(noteFit(note, 'a6').fits).toBe(false);
  });
});

describe('draftHandwrittenNote: a detail from the company log', () => {
  it('adds one sentence about it after the topic, and nothing when it is empty', () => {
    const base = {
      ...interview({ company: 'Acme', role: 'Designer' }),
      interviewer: person('p', { name: 'Priya Shah', topics: 'the design system' }),
      profile: sam,
    };
    const withDetail = draftHandwrittenNote({ ...base, detail: '  their new London studio. ' });
    expect(withDetail).toContain(
      'I especially enjoyed our conversation about the design system. I also enjoyed reading about their new London studio.',
    );
    expect(draftHandwrittenNote({ ...base, detail: '   ' })).toBe(draftHandwrittenNote(base));
  });
});
