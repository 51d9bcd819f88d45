// First view of a guide without a tool: the gzip bytes of its HTML, the CSS it links and
// the JavaScript it loads before any interaction (tests/support/page-weight.ts), each
// file compressed on its own as served; and, as a check, what Chromium really
// transferred from the gzip server for the same page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { pageJs } from '../../tests/support/page-weight.ts';

export interface FirstView {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  /** Response bodies Chromium received for the document, stylesheets and scripts (gzip). */
  transferred: number | undefined;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Pages under guides/ whose HTML hydrates no island. */
export function guidesWithoutTool(dist: string, slugs: string[]): string[] {
  return slugs.filter(
    (s) => !readFileSync(join(dist, 'guides', s, 'index.html'), 'utf8').includes('<astro-island'),
  );
}

/** The file-based figure for one page (`path` like "guides/playbook/"). */
export function firstViewBytes(dist: string, path: string): Omit<FirstView, 'transferred'> {
  const file = join(dist, path, 'index.html');
  const htmlText = readFileSync(file);
  const html = gz(htmlText);
  let css = 0;
  for (const m of htmlText
    .toString('utf8')
    .matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/g)) {
    const href = /href=["']?([^"'\s>]+)/.exec(m[0])?.[1];
    if (href) css += gz(readFileSync(join(dist, href.split(/[?#]/)[0]!)));
  }
  // Inline scripts are already in the HTML's bytes: count only the files.
  const js = pageJs(dist, file).files.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  return { page: path, html, css, js, total: html + css + js };
}

/** What Chromium transferred for the page's document, stylesheets and scripts, service worker blocked. */
export async function transferredBytes(
  browser: Browser,
  origin: string,
  path: string,
): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (req) => {
    if (['document', 'stylesheet', 'script'].includes(req.resourceType())) {
      sizes.push(req.sizes().then((s) => s.responseBodySize));
    }
  });
  await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}
