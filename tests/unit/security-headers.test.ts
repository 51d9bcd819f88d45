import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, matchesPattern, parseHeadersFile } from '../../src/lib/site/headers-file';
import {
  DISABLED_FEATURES,
  HEADER_CSP,
  renderHeadersFile,
  renderNginxSnippet,
  renderVercelConfig,
  SECURITY_HEADERS,
} from '../../src/lib/site/security-headers';

const NGINX_SNIPPET = 'src/deploy/nginx-security-headers.conf';

describe('the security headers', () => {
  it('forbid framing by any page, in both the CSP and X-Frame-Options', () => {
    const byName = new Map(SECURITY_HEADERS);
    expect(byName.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(byName.get('X-Frame-Options')).toBe('DENY');
    expect(byName.get('X-Content-Type-Options')).toBe('nosniff');
    expect(byName.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('keep script rules out of the header CSP (the <meta> hashes scripts per build)', () => {
    expect(HEADER_CSP).not.toMatch(/script-src|default-src|sha256-|unsafe/);
    expect(HEADER_CSP).toContain("object-src 'none'");
    expect(HEADER_CSP).toContain("base-uri 'none'");
  });

  it('switch off powerful features, but not the clipboard writes "Copy" needs', () => {
    const policy = new Map(SECURITY_HEADERS).get('Permissions-Policy')!;
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(policy).toContain(`${feature}=()`);
    expect(policy).not.toContain('clipboard-write');
    expect(new Set(DISABLED_FEATURES).size).toBe(DISABLED_FEATURES.length);
  });
});

describe('renderHeadersFile (Netlify, Cloudflare Pages)', () => {
  it('writes one /* rule with an indented line per header', () => {
    const lines = renderHeadersFile().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# /);
    expect(lines[1]).toBe('/*');
    expect(lines.slice(2)).toEqual(SECURITY_HEADERS.map(([n, v]) => `  ${n}: ${v}`));
  });

  it('reads back as the same headers for every path, root or subpath', () => {
    const rules = parseHeadersFile(renderHeadersFile());
    for (const path of [
      '/',
      '/workspace/',
      '/follow-up/workspace/',
      '/_astro/site.abc.js',
      '/sw.js',
    ]) {
      expect(headersForPath(rules, path), path).toEqual(SECURITY_HEADERS);
    }
  });
});

describe('renderVercelConfig', () => {
  it('sets every header on source "/(.*)"', () => {
    const config = renderVercelConfig();
    expect(config.headers).toHaveLength(1);
    expect(config.headers[0]!.source).toBe('/(.*)');
    expect(config.headers[0]!.headers).toEqual(
      SECURITY_HEADERS.map(([key, value]) => ({ key, value })),
    );
    // A plain JSON object: what scripts/build-headers.ts writes is what was rendered.
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});

describe('renderNginxSnippet', () => {
  it('writes an add_header … always; line per header, values double-quoted', () => {
    const lines = renderNginxSnippet()
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(SECURITY_HEADERS.map(([n, v]) => `add_header ${n} "${v}" always;`));
  });

  it('refuses a value nginx could not quote', () => {
    expect(() => renderNginxSnippet([['X-Test', 'a "quoted" word']])).toThrow(/X-Test/);
    expect(() => renderNginxSnippet([['X-Test', 'cost $1']])).toThrow(/X-Test/);
  });

  it(`is what ${NGINX_SNIPPET} holds, so the committed snippet cannot drift`, () => {
    expect(
      readFileSync(NGINX_SNIPPET, 'utf8'),
      `${NGINX_SNIPPET} differs from src/lib/security-headers.ts. Regenerate it: ` +
        `node -e 'import("./src/lib/security-headers.ts").then(m => process.stdout.write(m.renderNginxSnippet()))' > ${NGINX_SNIPPET}`,
    ).toBe(renderNginxSnippet());
  });
});

describe('parseHeadersFile and headersForPath (scripts/serve.ts)', () => {
  const file = [
    '# comment',
    '/*',
    '  X-One: 1',
    '\tX-Colon: a: b',
    '',
    '/guides/:slug/',
    '  X-Guide: yes',
    '/exact.txt',
    '  X-One: 2',
  ].join('\n');

  it('reads patterns, indented headers and comments', () => {
    expect(parseHeadersFile(file)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-One', '1'],
          ['X-Colon', 'a: b'],
        ],
      },
      { pattern: '/guides/:slug/', headers: [['X-Guide', 'yes']] },
      { pattern: '/exact.txt', headers: [['X-One', '2']] },
    ]);
  });

  it('matches *, :placeholders and exact paths, and joins a header two rules set', () => {
    const rules = parseHeadersFile(file);
    expect(headersForPath(rules, '/guides/linkedin/')).toEqual([
      ['X-One', '1'],
      ['X-Colon', 'a: b'],
      ['X-Guide', 'yes'],
    ]);
    expect(headersForPath(rules, '/guides/a/b/')).toEqual([
      ['X-One', '1'],
      ['X-Colon', 'a: b'],
    ]);
    expect(headersForPath(rules, '/exact.txt')).toEqual([
      ['X-One', '1, 2'],
      ['X-Colon', 'a: b'],
    ]);
    expect(matchesPattern('/exact.txt', '/exactXtxt')).toBe(false);
    expect(matchesPattern('/a/*', '/a/')).toBe(true);
    expect(matchesPattern('/a/*', '/b/a/')).toBe(false);
  });

  it('refuses a line it cannot read, naming it', () => {
    expect(() => parseHeadersFile('  X-One: 1')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  no colon here')).toThrow(/line 2/);
    expect(() => parseHeadersFile('/*\nnot-a-path')).toThrow(/line 2/);
  });
});
