import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageJs, staticImports } from '../support/page-weight';
import { BUILDS, htmlFiles, requireBuild } from './site';

/** Issue #2: a guide without a tool ships at most 3 KB gzip of JS before search is touched. */
const GUIDE_WITHOUT_TOOL_BUDGET = 3 * 1024;

const { dir } = BUILDS[0];

describe('JavaScript budget (dist/)', () => {
  requireBuild(dir);
  const guides = htmlFiles(dir).filter((f) => f.startsWith('guides/'));

  it('measures every guide', () => {
    expect(guides.length).toBe(10);
  });

  it.each(guides)('%s loads at most 3 KB gzip of JS before search is used', (file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    // A guide that embeds a tool has its own, larger budget (later issues); none do yet.
    expect(html).not.toContain('<astro-island');
    const js = pageJs(dir, join(dir, file));
    expect(js.gzipBytes, `${file} loads ${js.files.join(', ')}`).toBeLessThanOrEqual(GUIDE_WITHOUT_TOOL_BUDGET);
    // The search UI and Pagefind arrive only on demand, never with the page.
    expect(js.files.some((f) => /search-ui|pagefind/.test(f))).toBe(false);
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const code = 'import{a as b}from"./chunk.js";import "./side.js";export*from"./re.js";const m=import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['./chunk.js', './re.js', './side.js']);
  });
});
