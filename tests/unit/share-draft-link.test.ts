import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import LZString from 'lz-string';
import {
  MAX_FRAGMENT_LENGTH,
  MAX_PAYLOAD_LENGTH,
  SHARE_LIMITS,
  readSharedDraft,
  shareFragment,
  withoutContacts,
  type SharedDraft,
} from '../../src/lib/share/draft-link';
import { MESSAGE_KINDS } from '../../src/lib/workspace/allowed-values';
import { SHARE_KINDS } from '../../src/lib/share/draft-link';

const draft: SharedDraft = {
  kind: 'thank-you-email',
  subject: 'Thank you for Tuesday’s interview',
  body: [
    'Dear Priya,',
    '',
    'Thank you for speaking with me on 2026-11-24 at 14:30 about the design system.',
    'You can reach me at sam.rivera@example.com or +44 20 7946 0958.',
    '',
    'Best wishes,',
    'Sam Rivera',
  ].join('\n'),
  to: 'priya.shah@fernhill.example',
};
const pack = (value: unknown) =>
  `#d=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
const payload = (fields: Record<string, unknown> = {}) => ({
  v: 1,
  kind: 'linkedin',
  subject: '',
  body: 'Hi',
  to: '',
  ...fields,
});

describe('shareFragment and readSharedDraft: round trips', () => {
  it('gives back the same draft, contacts included when the user ticked them', () => {
    const fragment = shareFragment(draft, { includeContacts: true });
    expect(fragment).toMatch(/^#d=[A-Za-z0-9+$-]+$/);
    expect(readSharedDraft(fragment)).toEqual({ kind: 'ok', draft });
  });
  it('keeps any text as text: HTML, emoji, right-to-left, line breaks', () => {
    const odd: SharedDraft = {
      kind: 'other',
      subject: '<script>alert(1)</script>',
      body: 'Ça va? 😀 שלום\r\n\t<img src=x onerror=alert(2)>\u0000',
      to: '"A" <a@b.example>',
    };
    expect(readSharedDraft(shareFragment(odd, { includeContacts: true }))).toEqual({
      kind: 'ok',
      draft: odd,
    });
  });
  it('reads the hash with or without "#", among other parameters, and percent-encoded by a mail app', () => {
    const fragment = shareFragment(draft, { includeContacts: true });
    const packed = fragment.slice('#d='.length);
    expect(readSharedDraft(fragment.slice(1))).toEqual({ kind: 'ok', draft });
    expect(readSharedDraft(`#x=1&d=${packed}&y=2`)).toEqual({ kind: 'ok', draft });
    expect(readSharedDraft(`#d=${encodeURIComponent(packed)}`)).toEqual({ kind: 'ok', draft });
  });
  it('fits an ordinary email in a short link, and the longest draft’s worth of prose under the limit', () => {
    expect(shareFragment(draft, { includeContacts: true }).length).toBeLessThan(600);
    const words = [
      'the',
      'design',
      'system',
      'team',
      'research',
      'thank',
      'you',
      'for',
      'interview',
      'product',
      'we',
      'discussed',
      'accessibility',
      'onboarding',
      'and',
      'how',
    ];
    let body = '';
    for (let n = 0; body.length < SHARE_LIMITS.body - 20; n = (n * 7 + 3) % 97)
      body += `${words[n % words.length]}${n % 11 === 0 ? '.\n' : ' '}`;
    const long = shareFragment(
      { ...draft, body: body.slice(0, SHARE_LIMITS.body) },
      { includeContacts: true },
    );
    expect(long.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(readSharedDraft(long).kind).toBe('ok');
  });
  it('round-trips any draft within the limits', () => {
    const anyDraft = fc.record({
      kind: fc.constantFrom(...MESSAGE_KINDS, 'other' as const),
      subject: fc.string({ unit: 'grapheme', maxLength: 100 }),
      body: fc.string({ unit: 'grapheme', maxLength: 1000 }),
      to: fc.string({ maxLength: 100 }),
    });
    fc.assert(
      fc.property(anyDraft, (d) => {
        expect(readSharedDraft(shareFragment(d, { includeContacts: true }))).toEqual({
          kind: 'ok',
          draft: d,
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('leaving contact details out', () => {
  it('empties the recipient and replaces addresses and numbers, keeping dates and times', () => {
    const result = readSharedDraft(shareFragment(draft, { includeContacts: false }));
    expect(result).toEqual({
      kind: 'ok',
      draft: {
        ...draft,
        to: '',
        body: draft.body
          .replace('sam.rivera@example.com', '[email]')
          .replace('+44 20 7946 0958', '[phone]'),
      },
    });
  });
  it('replaces email addresses in the subject too', () => {
    const result = readSharedDraft(
      shareFragment(
        { ...draft, subject: 'From jo+jobs@mail.example.co.uk' },
        { includeContacts: false },
      ),
    );
    expect(result.kind === 'ok' && result.draft.subject).toBe('From [email]');
  });
  it.each([
    ['+44 20 7946 0958', '[phone]'],
    ['+1 (555) 123-4567', '[phone]'],
    ['(555) 123-4567', '[phone]'],
    ['555-123-4567', '[phone]'],
    ['555.123.4567', '[phone]'],
    ['07946 095812', '[phone]'],
    ['07946095812', '[phone]'],
    ['01.23.45.67.89', '[phone]'],
    ['+44 (0)20 7946 0958', '[phone]'],
    ['call 555 1234 today', 'call [phone] today'],
    ['Tel: +49 30 901820.', 'Tel: [phone].'],
    ['on 2026-11-24 call 555 123 4567', 'on 2026-11-24 call [phone]'],
    ['Reach me at me@example.com, 555-123-4567', 'Reach me at [email], [phone]'],
    ['linkedin.com/in/sam-rivera-123456789', '[LinkedIn profile]'],
    ['https://www.linkedin.com/in/sam-rivera/ (my profile)', '[LinkedIn profile] (my profile)'],
  ])('%s → %s', (text, expected) => {
    expect(withoutContacts(text)).toBe(expected);
  });
  it.each([
    'We met on 2026-11-24.',
    'We met on 2026-11-24 at 14:30.',
    'We met on 2026-11-24 14:30:00',
    '2026-11-24T14:30',
    'on 24.11.2026 and 24/11/2026 and 11/24/2026 and 2026/11/24',
    'between 9.30-10.30 or 14:00 – 15:30',
    'I worked there 2019-2023 and 2015 – 2018.',
    'A budget of 250,000 and a team of 12 across 3 sites',
    'Ticket #123456 and version 4.2.1',
    'Room 101, floor 3',
  ])('leaves "%s" as it is', (text) => {
    expect(withoutContacts(text)).toBe(text);
  });
  it('stays fast on long runs of letters and digits', () => {
    const start = performance.now();
    withoutContacts(
      `${'a'.repeat(20_000)} ${'1'.repeat(20_000)} ${'1-'.repeat(10_000)} ${'a.'.repeat(10_000)} ${'linkedin.'.repeat(2_000)} ${'+1 '.repeat(5_000)}`,
    );
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('readSharedDraft: no draft, damaged and too large', () => {
  it('finds no draft in an ordinary visit', () => {
    for (const hash of ['', '#', '#top', '#x=1&y=2', '#section-d=2'])
      expect(readSharedDraft(hash)).toEqual({ kind: 'none' });
  });
  const damaged = (hash: string) => {
    const result = readSharedDraft(hash);
    expect(result.kind).toBe('damaged');
    return result.kind === 'damaged' ? result.reason : '';
  };
  it('says a link is damaged: empty, not compressed, cut short, or bad percent-encoding', () => {
    const fragment = shareFragment(draft, { includeContacts: true });
    for (const hash of [
      '#d=',
      '#d=!!!',
      '#d=%E0%A4%A',
      fragment.slice(0, Math.floor(fragment.length / 2)),
      fragment.slice(0, -3),
    ]) {
      expect(damaged(hash)).toMatch(/damaged.*ask for the link again/);
    }
  });
  it('says a link is damaged when it holds something other than a draft', () => {
    const others: unknown[] = [
      'just text',
      [1, 2, 3],
      null,
      payload({ kind: 'poem' }),
      payload({ body: 42 }),
      payload({ to: undefined }),
      payload({ v: undefined }),
      payload({ v: '1' }),
    ];
    for (const value of others) damaged(pack(value));
    damaged(`#d=${LZString.compressToEncodedURIComponent('{"v":1,"kind":')}`);
  });
  it('says a link from a newer version needs the page reloaded', () => {
    expect(damaged(pack(payload({ v: 2 })))).toMatch(/newer version.*reload/);
  });
  it('drops fields it does not know, and is not fooled by __proto__', () => {
    const hostile = `{"v":1,"kind":"other","subject":"s","body":"b","to":"","__proto__":{"polluted":1},"extra":"<b>x</b>","constructor":{"prototype":{"polluted":1}}}`;
    const result = readSharedDraft(`#d=${LZString.compressToEncodedURIComponent(hostile)}`);
    expect(result).toEqual({
      kind: 'ok',
      draft: { kind: 'other', subject: 's', body: 'b', to: '' },
    });
    expect(result.kind === 'ok' && Object.keys(result.draft)).toEqual([
      'kind',
      'subject',
      'body',
      'to',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('says a link is damaged when it is nested 10,000 levels deep, without overflowing the stack', () => {
    damaged(
      `#d=${LZString.compressToEncodedURIComponent('['.repeat(10_000) + ']'.repeat(10_000))}`,
    );
    // Built as text: JSON.stringify itself would overflow the stack on it.
    const deepBody = `{"v":1,"kind":"other","subject":"","to":"","body":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    damaged(`#d=${LZString.compressToEncodedURIComponent(deepBody)}`);
  });
  const tooLarge = (hash: string) => {
    const result = readSharedDraft(hash);
    expect(result.kind).toBe('too-large');
    return result.kind === 'too-large' ? result.reason : '';
  };
  it('refuses a link over 16,000 characters before decompressing it', () => {
    expect(tooLarge(`#d=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toMatch(/more than a draft can/);
  });
  it('refuses a small link that expands past 40,000 characters', () => {
    const bomb = `#d=${LZString.compressToEncodedURIComponent('a'.repeat(200_000))}`;
    expect(bomb.length).toBeLessThan(1_000);
    tooLarge(bomb);
    tooLarge(pack(payload({ body: 'x'.repeat(MAX_PAYLOAD_LENGTH) })));
  });
  it('refuses fields over their limits', () => {
    tooLarge(pack(payload({ subject: 's'.repeat(SHARE_LIMITS.subject + 1) })));
    tooLarge(pack(payload({ body: 'b'.repeat(SHARE_LIMITS.body + 1) })));
    tooLarge(pack(payload({ to: 't'.repeat(SHARE_LIMITS.to + 1) })));
    expect(
      readSharedDraft(
        pack(
          payload({
            subject: 's'.repeat(SHARE_LIMITS.subject),
            body: 'b'.repeat(SHARE_LIMITS.body),
          }),
        ),
      ).kind,
    ).toBe('ok');
  });
});

// ---------------------------------------------------------------------------------
// Fuzzing: at least 10,000 runs each. Nothing throws, and every result is one of the
// declared kinds; an accepted draft has exactly the four fields, as strings within limits.

function check(hash: string): void {
  const result = readSharedDraft(hash);
  switch (result.kind) {
    case 'none':
      return;
    case 'damaged':
    case 'too-large':
      if (!/^[A-Z][^\n]*\.$/.test(result.reason))
        throw new Error(`not one sentence: ${result.reason}`);
      return;
    case 'ok': {
      const d = result.draft;
      const keys = Object.keys(d).join();
      if (keys !== 'kind,subject,body,to') throw new Error(`unexpected fields ${keys}`);
      if (![...MESSAGE_KINDS, 'other'].includes(d.kind)) throw new Error(`unknown kind ${d.kind}`);
      for (const k of ['subject', 'body', 'to'] as const) {
        if (typeof d[k] !== 'string' || d[k].length > SHARE_LIMITS[k]) throw new Error(`bad ${k}`);
      }
      return;
    }
    default:
      throw new Error(`undeclared kind ${(result as { kind: unknown }).kind}`);
  }
}

describe('readSharedDraft: fuzzing', () => {
  it('never throws on arbitrary text, with or without the "#d=" prefix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '#', '#d=', 'd=', '#x&d='),
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        (prefix, s) => check(prefix + s),
      ),
      { numRuns: 10_000 },
    );
  });
  it('never throws on valid links with characters inserted, deleted or replaced', () => {
    const fragment = shareFragment(draft, { includeContacts: true });
    const alphabet = fc.constantFrom(...'ABCabc0189+-$%#&= '.split(''));
    fc.assert(
      fc.property(
        fc.nat(fragment.length),
        fc.nat(4),
        fc.string({ unit: alphabet, maxLength: 4 }),
        (at, cut, insert) => check(fragment.slice(0, at) + insert + fragment.slice(at + cut)),
      ),
      { numRuns: 10_000 },
    );
  });
  it('never throws on any compressed JSON, or on compressed payloads of almost the right shape', () => {
    const nearly = fc.record(
      {
        v: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
        kind: fc.oneof(fc.constantFrom(...MESSAGE_KINDS, 'other'), fc.jsonValue({ maxDepth: 1 })),
        subject: fc.oneof(fc.string({ maxLength: 50 }), fc.jsonValue({ maxDepth: 1 })),
        body: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 1 })),
        to: fc.oneof(fc.string({ maxLength: 50 }), fc.jsonValue({ maxDepth: 1 })),
        extra: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), nearly), (value) => check(pack(value))),
      { numRuns: 10_000 },
    );
  });
  it('never throws on compressed arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) =>
        check(`#d=${LZString.compressToEncodedURIComponent(s)}`),
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('the kinds a link may name', () => {
  it('are exactly the workspace message kinds plus "other"', () => {
    expect([...SHARE_KINDS].sort()).toEqual([...MESSAGE_KINDS, 'other'].sort());
  });
});
