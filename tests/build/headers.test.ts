import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/site/headers-file';
import {
  renderVercelConfig,
  SECURITY_HEADERS,
  type VercelConfig,
} from '../../src/lib/site/security-headers';
import { BUILDS, requireBuild } from './site';

// scripts/build-headers.ts ends both build scripts: each build carries the header files
// for hosts that read them, with patterns that cover every path, under a base or not.
describe.each(BUILDS)('header files ($name build)', ({ dir, base }) => {
  requireBuild(dir);

  it('has a _headers file that forbids framing on every path', () => {
    const file = join(dir, '_headers');
    expect(existsSync(file), `${file} exists`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("frame-ancestors 'none'");
    const rules = parseHeadersFile(text);
    for (const path of ['/', '/workspace/', `${base}workspace/`, `${base}_astro/x.js`]) {
      expect(headersForPath(rules, path), path).toEqual(SECURITY_HEADERS);
    }
  });

  it('has a vercel.json that sets the same headers on every path', () => {
    const file = join(dir, 'vercel.json');
    expect(existsSync(file), `${file} exists`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("frame-ancestors 'none'");
    const config = JSON.parse(text) as VercelConfig;
    expect(config).toEqual(renderVercelConfig());
    expect(config.headers.map((h) => h.source)).toEqual(['/(.*)']);
  });
});
