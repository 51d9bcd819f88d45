// The HTTP response headers every file of the site should be served with, defined once
// and rendered for each kind of host: scripts/build-headers.ts writes `_headers`
// (Netlify, Cloudflare Pages) and `vercel.json` into the build, and
// src/deploy/nginx-security-headers.conf is this module's nginx rendering (a unit test
// keeps the two equal). scripts/serve.ts applies the built `_headers`.
//
// Why headers at all when every page carries a CSP <meta>: some protections only work
// as headers. A <meta> policy cannot set frame-ancestors, so without a header another
// site could show /workspace/ ("Delete all my data") in an invisible frame and trick
// a click (clickjacking). Hosts that cannot send headers get the frame guard in
// src/lib/theme-script.ts instead.

/** One response header: its name and value. */
export type Header = readonly [name: string, value: string];

/**
 * The header Content-Security-Policy. It complements the <meta> policy
 * (astro.config.mjs `security.csp`) rather than repeating it: a browser enforces both
 * policies, so a resource must pass each. Script hashes stay in the <meta> only,
 * because they change with every build and a header policy must suit every file.
 */
export const HEADER_CSP = [
  // No other page may frame ours: the clickjacking defence, and possible only in a header.
  "frame-ancestors 'none'",
  // Repeated from the <meta>, because they are safe for any file (a service worker,
  // an SVG opened directly) and the header covers files that have no <meta>.
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Browser features the site never uses, switched off for it and for anything it could
 * ever embed. Only names Chromium recognises: an unknown one is logged as a console
 * warning on every page (Chromium 156 warns on 'ambient-light-sensor', 'bluetooth' and
 * 'web-share', so they are not here). clipboard-write stays on: "Copy" buttons use it.
 */
export const DISABLED_FEATURES = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

/** The headers every response should carry, in the order they are written out. */
export const SECURITY_HEADERS: readonly Header[] = [
  ['Content-Security-Policy', HEADER_CSP],
  // frame-ancestors' forerunner, for browsers too old to know it.
  ['X-Frame-Options', 'DENY'],
  // Files are only what their Content-Type says: no script smuggled in as text.
  ['X-Content-Type-Options', 'nosniff'],
  // As the <meta name="referrer"> says: links out tell the other site nothing.
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', DISABLED_FEATURES.map((f) => `${f}=()`).join(', ')],
];

/**
 * The headers as a Netlify / Cloudflare Pages `_headers` file: a path pattern, then
 * one indented `Name: value` line per header. `/*` matches every path on the host,
 * so the same file is right for a root build and a BASE_PATH build (whose pages all
 * sit under the base, which `/*` matches too); a second, narrower rule would make
 * Netlify join the values of both ("DENY, DENY").
 */
export function renderHeadersFile(
  headers: readonly Header[] = SECURITY_HEADERS,
  pattern = '/*',
): string {
  return [
    '# Written by scripts/build-headers.ts from src/lib/security-headers.ts: edit that, not this.',
    pattern,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** The shape of the part of vercel.json that sets response headers. */
export interface VercelConfig {
  headers: { source: string; headers: { key: string; value: string }[] }[];
}

/**
 * The headers as a `vercel.json` object: one rule whose source "/(.*)" matches every
 * path, whatever the base path. Vercel reads vercel.json from the deployed folder's
 * root, i.e. when `dist/` itself is deployed.
 */
export function renderVercelConfig(headers: readonly Header[] = SECURITY_HEADERS): VercelConfig {
  return {
    headers: [{ source: '/(.*)', headers: headers.map(([key, value]) => ({ key, value })) }],
  };
}

/**
 * The headers as nginx `add_header` lines, for the `server` or `location` block that
 * serves the site. `always` sends them with error responses (404) too, which nginx
 * otherwise omits. Values are double-quoted (the CSP holds single quotes); nginx has
 * no reliable escape for `"`, `\` or `$` (a variable) in them, so such a value throws.
 */
export function renderNginxSnippet(headers: readonly Header[] = SECURITY_HEADERS): string {
  return [
    '# Security headers for Follow-Up Kit. Include this in the server (or location) block',
    '# that serves the built site. Rendered from src/lib/security-headers.ts; a unit test',
    '# fails if the two differ. Note: nginx drops these in any location that has its own',
    '# add_header, so include the file there as well.',
    ...headers.map(([name, value]) => {
      if (/["\\$]/.test(value))
        throw new Error(`${name}: nginx cannot quote a value containing " \\ or $`);
      return `add_header ${name} "${value}" always;`;
    }),
    '',
  ].join('\n');
}
