import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProfileUrl } from '../../src/lib/linkedin/profile-url';

const SAFE_URL = /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/;

describe('checkProfileUrl: accepted', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['linkedin.com/in/jane-doe', 'jane-doe'],
    ['www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['http://linkedin.com/in/jane-doe', 'jane-doe'],
    ['https://uk.linkedin.com/in/jane-doe', 'jane-doe'],
    ['de.linkedin.com/in/jane-doe/?originalSubdomain=de', 'jane-doe'],
    [
      '  https://www.linkedin.com/in/jane-doe-1a2b3c4/?utm_source=share&utm_medium=ios_app#about \n',
      'jane-doe-1a2b3c4',
    ],
    ['HTTPS://WWW.LINKEDIN.COM/IN/Jane-Doe', 'Jane-Doe'],
    ['https://www.linkedin.com/in/jane_doe_42', 'jane_doe_42'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', 'jürgen-müller'],
    ['https://www.linkedin.com/in/jürgen-müller', 'jürgen-müller'],
    ['linkedin.com/in/محمد-علي', 'محمد-علي'],
    ['linkedin.com/in/李小龙', '李小龙'],
    ['//www.linkedin.com/in/jane-doe', 'jane-doe'],
    ['https://www.linkedin.com./in/jane-doe', 'jane-doe'],
  ])('%s', (input, slug) => {
    const result = checkProfileUrl(input);
    expect(result).toEqual({
      kind: 'ok',
      slug,
      url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
    });
    if (result.kind === 'ok') expect(result.url).toMatch(SAFE_URL);
  });

  it('rebuilds the address rather than echoing what was pasted', () => {
    expect(
      checkProfileUrl('http://de.linkedin.com/in/jane-doe?x=%22%3E%3Cscript%3E#%3Cimg%3E'),
    ).toEqual({
      kind: 'ok',
      slug: 'jane-doe',
      url: 'https://www.linkedin.com/in/jane-doe/',
    });
  });
});

describe('checkProfileUrl: empty', () => {
  it.each(['', '   ', '\n\t', '\u00A0'])('%j is empty', (input) => {
    expect(checkProfileUrl(input)).toEqual({ kind: 'empty' });
  });
});

describe('checkProfileUrl: rejected', () => {
  it.each([
    ['javascript:alert(1)//linkedin.com/in/x', /only web addresses/i],
    ['JavaScript:alert(1)//www.linkedin.com/in/jane-doe', /only web addresses/i],
    ['data:text/html;base64,PHNjcmlwdD4=', /only web addresses/i],
    ['ftp://linkedin.com/in/jane-doe', /only web addresses/i],
    ['<img src=x onerror=alert(1)>', /not a web address/i],
    ['https://www.linkedin.com\\@evil.example/in/jane-doe', /not a web address/i],
    ['"https://www.linkedin.com/in/jane-doe"', /not a web address/i],
    ['https://linkedin.com.evil.example/in/x', /not on linkedin\.com/i],
    ['https://linkedin.com.evil.example/in/jane-doe', /not on linkedin\.com/i],
    ['https://evillinkedin.com/in/jane-doe', /not on linkedin\.com/i],
    ['https://linkedin.co/in/jane-doe', /not on linkedin\.com/i],
    ['https://lınkedin.com/in/jane-doe', /not on linkedin\.com/i],
    ['https://evil.example/linkedin.com/in/jane-doe', /not on linkedin\.com/i],
    ['https://www.evil.linkedin.com/in/jane-doe', /not on linkedin\.com/i],
    ['https://[::1]/in/jane-doe', /not on linkedin\.com/i],
    ['https://user:pw@linkedin.com/in/x', /user name or password/i],
    ['https://linkedin.com@evil.example/in/jane-doe', /user name or password/i],
    ['https://www.linkedin.com:8080/in/jane-doe', /port/i],
    ['linkedin.com:443/in/jane-doe', /port/i],
    ['https:linkedin.com/in/jane-doe', /two slashes/i],
    ['https://www.linkedin.com/company/acme/', /company page/i],
    ['https://www.linkedin.com/school/mit/', /school page/i],
    ['https://www.linkedin.com/pub/jane-doe/1/2/3', /\/pub\//],
    ['https://www.linkedin.com/feed/', /start with linkedin\.com\/in\//i],
    ['https://www.linkedin.com/', /home page/i],
    ['https://www.linkedin.com?trk=x', /home page/i],
    ['https://www.linkedin.com/in/', /stops before/i],
    ['https://www.linkedin.com/in//', /stops before/i],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', /part of a profile/i],
    ['https://www.linkedin.com/in/x', /too short/i],
    [`https://www.linkedin.com/in/${'a'.repeat(101)}`, /too long/i],
    ['https://www.linkedin.com/in/jane.doe', /characters LinkedIn does not allow/i],
    ['https://www.linkedin.com/in/%2F%2Fevil.example', /characters LinkedIn does not allow/i],
    ['https://www.linkedin.com/in/%E0%A4%A', /broken %-code/i],
    ['https://www.linkedin.com/in/jane doe', /no spaces/i],
    ['jane-doe', /whole address/i],
    ['https://lnkd.in/abc123', /short link/i],
  ])('%s', (input, reason) => {
    const result = checkProfileUrl(input);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') {
      expect(result.reason).toMatch(reason);
      // One plain sentence, fit to show under the field.
      expect(result.reason).toMatch(/^[A-Z][^\n]*\.$/);
    }
  });

  it('accepts the lower and upper length limits of a profile name', () => {
    expect(checkProfileUrl('linkedin.com/in/abc').kind).toBe('ok');
    expect(checkProfileUrl('linkedin.com/in/ab').kind).toBe('invalid');
    expect(checkProfileUrl(`linkedin.com/in/${'a'.repeat(100)}`).kind).toBe('ok');
  });

  it('treats anything that is not a string as empty', () => {
    expect(checkProfileUrl(undefined as unknown as string)).toEqual({ kind: 'empty' });
    expect(checkProfileUrl({ toString: () => 'x' } as unknown as string)).toEqual({
      kind: 'empty',
    });
  });
});

describe('checkProfileUrl on any input', () => {
  const piece = fc.constantFrom(
    '',
    'https://',
    'http://',
    'javascript:',
    '//',
    'www.',
    'uk.',
    'm.',
    'linkedin.com',
    'linkedin.com.evil.example',
    ':8080',
    'u:p@',
    '/in/',
    '/company/',
    '/pub/',
    '/',
    '?q=1',
    '#x',
    '%',
    '%C3%BC',
    '%2F',
    'jane-doe',
    'ü',
    '👩‍💻',
    'محمد',
    ' ',
    '\\',
    '@',
    '.',
    '<',
    '"',
  );
  const urlish = fc
    .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 10 })
    .map((parts) => parts.join(''));
  const profileish = fc
    .tuple(
      fc.constantFrom('', 'https://', 'http://', 'HTTPS://', '//'),
      fc.constantFrom('', 'www.', 'de.', 'evil.'),
      fc.constantFrom('linkedin.com', 'LinkedIn.com', 'linkedin.co', 'linkedin.com.'),
      fc.constantFrom('/in/', '/IN/', '/in//'),
      fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 110 }),
        fc.stringMatching(/^[a-z0-9-]{1,105}$/),
      ),
      fc.constantFrom('', '/', '/?a=b', '#top', '/details/'),
    )
    .map((parts) => parts.join(''));
  const anyInput = fc.oneof(
    urlish,
    profileish,
    fc.webUrl(),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
  );

  it('never throws, and any ok address is a plain https link to a profile', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = checkProfileUrl(input);
        if (result.kind === 'ok') {
          expect(result.url).toMatch(SAFE_URL);
          expect(new URL(result.url).hostname).toBe('www.linkedin.com');
          // Checking the rebuilt address gives it back unchanged.
          expect(checkProfileUrl(result.url)).toEqual(result);
        } else if (result.kind === 'invalid') {
          expect(result.reason).toMatch(/^[A-Z][^\n]*\.$/);
        } else {
          expect(input.trim()).toBe('');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts every well-formed profile address', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('https://www.', 'http://', '', 'https://fr.'),
        fc.stringMatching(/^[A-Za-z0-9_-]{3,100}$/),
        fc.constantFrom('', '/', '?trk=public_profile', '/#experience'),
        (prefix, slug, suffix) => {
          expect(checkProfileUrl(`${prefix}linkedin.com/in/${slug}${suffix}`)).toEqual({
            kind: 'ok',
            slug,
            url: `https://www.linkedin.com/in/${slug}/`,
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
