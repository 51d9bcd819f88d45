import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageJs, staticImports } from '../support/page-weight';
import { BUILDS, htmlFiles, requireBuild } from './site';

/** Budgets are in KiB (1,024 bytes), gzip, each file compressed on its own as served. */
const KB = 1024;
/** A guide without a tool ships at most 3 KB of JS before search is touched. */
const GUIDE_WITHOUT_TOOL_BUDGET = 3 * KB;
/** Any page with a tool (embedded in a guide or on its own page) stays under 25 KB. */
const TOOL_PAGE_BUDGET = 25 * KB;

const { dir } = BUILDS[0];

describe('JavaScript budget (dist/)', () => {
  requireBuild(dir);
  const guides = htmlFiles(dir).filter((f) => f.startsWith('guides/'));

  const withTool = (file: string) => readFileSync(join(dir, file), 'utf8').includes('<astro-island');
  const plainGuides = guides.filter((f) => !withTool(f));
  const toolPages = htmlFiles(dir).filter(withTool);

  it('measures every guide and every tool page', () => {
    expect(guides.length).toBe(10);
    expect(plainGuides.length).toBeGreaterThanOrEqual(5);
    expect(toolPages).toEqual(
      expect.arrayContaining(['guides/thank-you-email/index.html', 'tools/thank-you-email/index.html', 'tools/handwritten-note/index.html', 'workspace/index.html']),
    );
  });

  it.each(plainGuides)('%s loads at most 3 KB gzip of JS before search is used', (file) => {
    const js = pageJs(dir, join(dir, file));
    expect(js.gzipBytes, `${file} loads ${js.files.join(', ')}`).toBeLessThanOrEqual(GUIDE_WITHOUT_TOOL_BUDGET);
    // The search UI and Pagefind arrive only on demand, never with the page.
    expect(js.files.some((f) => /search-ui|pagefind/.test(f))).toBe(false);
  });

  it.each(toolPages)('%s loads at most 25 KB gzip of JS, tool included', (file) => {
    const js = pageJs(dir, join(dir, file));
    expect(js.gzipBytes, `${file} loads ${js.files.join(', ')}`).toBeLessThanOrEqual(TOOL_PAGE_BUDGET);
    expect(js.files.some((f) => /search-ui|pagefind|StorageNoticePanel/.test(f))).toBe(false);
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const code = 'import{a as b}from"./chunk.js";import "./side.js";export*from"./re.js";const m=import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['./chunk.js', './re.js', './side.js']);
  });
});
