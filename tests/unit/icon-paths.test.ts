import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as PATHS from '../../src/components/icon-paths';

// The islands' CSS icons repeat some paths of icon-paths.ts as data URIs (no JavaScript
// to ship): each must draw the same shape as the component's path of that name.
const css = readFileSync(new URL('../../src/styles/tools.css', import.meta.url), 'utf8');

describe('icons', () => {
  const inCss = [...css.matchAll(/--icon-([a-z]+): url\("data:image\/svg\+xml,([^"]+)"\)/g)];

  it('tools.css draws some icons', () => {
    expect(inCss.length).toBeGreaterThan(0);
  });

  for (const [, name, uri] of inCss)
    it(`--icon-${name} is the path of ${name!.toUpperCase()}`, () => {
      const d = /<path d='([^']+)'/.exec(decodeURIComponent(uri!))?.[1];
      expect(d).toBe(PATHS[name!.toUpperCase() as keyof typeof PATHS]);
    });
});
