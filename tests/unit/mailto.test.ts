import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailto, MAILTO_MAX_LENGTH, parseMailto } from '../../src/lib/messages/mailto';

/** Any well-formed Unicode text: emoji, RTL, combining marks, control characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 1_000 }),
  fc.string({
    unit: fc.constantFrom(
      '\r',
      '\n',
      '\r\n',
      '&',
      '=',
      '?',
      '#',
      '%',
      '+',
      ',',
      '@',
      ' ',
      'a',
      'é',
      '👋🏽',
    ),
  }),
);

describe('buildMailto', () => {
  it('percent-encodes subject and body, with CRLF line breaks', () => {
    const { href, tooLong } = buildMailto({
      to: 'priya@acme.com',
      subject: 'Thank you — Product Designer interview',
      body: 'Hi Priya,\n\nThanks!',
    });
    expect(href).toBe(
      'mailto:priya@acme.com?subject=Thank%20you%20%E2%80%94%20Product%20Designer%20interview&body=Hi%20Priya%2C%0D%0A%0D%0AThanks!',
    );
    expect(tooLong).toBe(false);
  });

  it('keeps "@" in addresses but encodes everything that would break the link', () => {
    const { href } = buildMailto({
      to: 'a&b?c@x.com',
      cc: ['tom@acme.com', 'ana+jobs@acme.com', ''],
      subject: 'Q&A = done?',
      body: '#1 50%',
    });
    expect(href).toBe(
      'mailto:a%26b%3Fc@x.com?cc=tom@acme.com,ana%2Bjobs@acme.com&subject=Q%26A%20%3D%20done%3F&body=%231%2050%25',
    );
  });

  it('turns every kind of line break in the body into %0D%0A, and in the subject into a space', () => {
    const { href } = buildMailto({ to: 'a@b.c', subject: 'one\ntwo', body: 'a\nb\r\nc\rd' });
    expect(href).toBe('mailto:a@b.c?subject=one%20two&body=a%0D%0Ab%0D%0Ac%0D%0Ad');
  });

  it('leaves out empty fields', () => {
    expect(buildMailto({ to: 'a@b.c', subject: '', body: '' }).href).toBe('mailto:a@b.c');
    expect(buildMailto({ to: '', subject: 'Hi', body: '' }).href).toBe('mailto:?subject=Hi');
  });

  it('flags links longer than MAILTO_MAX_LENGTH', () => {
    expect(MAILTO_MAX_LENGTH).toBe(2000);
    const prefix = 'mailto:a@b.c?body='.length;
    const atLimit = buildMailto({
      to: 'a@b.c',
      subject: '',
      body: 'x'.repeat(MAILTO_MAX_LENGTH - prefix),
    });
    expect(atLimit.href).toHaveLength(MAILTO_MAX_LENGTH);
    expect(atLimit.tooLong).toBe(false);
    const over = buildMailto({
      to: 'a@b.c',
      subject: '',
      body: 'x'.repeat(MAILTO_MAX_LENGTH - prefix + 1),
    });
    expect(over.tooLong).toBe(true);
    // Non-Latin text grows sixfold when encoded: about 400 characters of Greek pass the limit.
    expect(buildMailto({ to: 'a@b.c', subject: '', body: 'Καλημέρα '.repeat(45) }).tooLong).toBe(
      true,
    );
  });

  it('replaces lone UTF-16 halves instead of throwing', () => {
    const { href } = buildMailto({ to: 'a\uD800@b.c', subject: 'x\uDC00', body: '\uD83D' });
    expect(href).toBe('mailto:a%EF%BF%BD@b.c?subject=x%EF%BF%BD&body=%EF%BF%BD');
  });

  it('never throws, and its link contains no raw space, line break, & or #', () => {
    const withHalves = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('a', '\n'),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(anyText, withHalves),
        fc.array(fc.oneof(anyText, withHalves), { maxLength: 3 }),
        fc.oneof(anyText, withHalves),
        fc.oneof(anyText, withHalves),
        (to, cc, subject, body) => {
          const { href } = buildMailto({ to, cc, subject, body });
          expect(href.startsWith('mailto:')).toBe(true);
          expect(href).not.toMatch(/[\s#]/);
          expect(href.split('?')).toHaveLength(href.includes('?') ? 2 : 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseMailto', () => {
  it('reads back what buildMailto wrote', () => {
    const href = buildMailto({
      to: 'priya@acme.com',
      cc: ['tom@acme.com'],
      subject: 'Thank you',
      body: 'Hi,\n\nThanks',
    }).href;
    expect(parseMailto(href)).toEqual({
      to: 'priya@acme.com',
      cc: ['tom@acme.com'],
      subject: 'Thank you',
      body: 'Hi,\n\nThanks',
    });
  });

  it('reads links written by hand, in any case, with extra to= fields', () => {
    expect(parseMailto('MAILTO:a@b.c?Subject=Hi%20there&to=d@e.f&BODY=x%0D%0Ay')).toEqual({
      to: 'a@b.c,d@e.f',
      cc: [],
      subject: 'Hi there',
      body: 'x\ny',
    });
  });

  it('returns null for other links and keeps malformed escapes as written', () => {
    expect(parseMailto('https://example.com')).toBeNull();
    expect(parseMailto('mailto:a@b.c?subject=50%')).toEqual({
      to: 'a@b.c',
      cc: [],
      subject: '50%',
      body: '',
    });
  });

  it('round-trips to, cc, subject and body for any text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.array(
          anyText.filter((a) => a !== ''),
          { maxLength: 3 },
        ),
        anyText,
        anyText,
        (to, cc, subject, body) => {
          const parsed = parseMailto(buildMailto({ to, cc, subject, body }).href);
          expect(parsed).toEqual({
            to,
            cc,
            subject: subject.replace(/\r\n|\r|\n/g, ' '),
            body: body.replace(/\r\n|\r|\n/g, '\n'),
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
