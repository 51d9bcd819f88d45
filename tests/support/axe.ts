import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { RunOptions } from 'axe-core';

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules we knowingly skip, with why. Kept empty: add only with a reason. */
export const IGNORED_RULES: string[] = [];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/**
 * Runs axe on the page as it is now and fails with every violation and where it is.
 * `scope` 'main' (the default, for checks after using a tool) checks the page's <main>,
 * where every island and its notices, dialogs and drafts render: the header, sidebar and
 * footer around it are the same on every page and a11y.spec.ts checks each page whole, in
 * both themes and at 320 px, so checking them again after every interaction only cost
 * time. 'page' checks everything, for what lives outside <main> (the header's search,
 * the update banner).
 *
 * axe runs in the page itself, injected once per document: @axe-core/playwright's
 * builder injects it again on every run and finishes each run in a new blank page, which
 * took 0.4–0.8 s a run more on these pages (the site has no frames for it to reach into).
 */
export async function expectNoViolations(
  page: Page,
  label: string,
  scope: 'main' | 'page' = 'main',
): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: Object.fromEntries(IGNORED_RULES.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    ([whole, opts]) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      // A page without a <main> (none today) is checked whole rather than not at all.
      const main = document.querySelectorAll('main');
      const context = !whole && main.length === 1 ? main[0]! : document;
      return axe.run(context, opts);
    },
    [scope === 'page', options] as const,
  );
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}
