import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules we knowingly skip, with why. Kept empty: add only with a reason. */
export const IGNORED_RULES: string[] = [];

/**
 * Runs axe on the page as it is now and fails with every violation and where it is.
 * `scope` 'main' (the default, for checks after using a tool) checks the page's <main>,
 * where every island and its notices, dialogs and drafts render: the header, sidebar and
 * footer around it are the same on every page and a11y.spec.ts checks each page whole, in
 * both themes and at 320 px, so checking them again after every interaction only cost
 * time (about 0.6 s of a 1.6 s run). 'page' checks everything, for what lives outside
 * <main> (the header's search, the update banner).
 */
export async function expectNoViolations(
  page: Page,
  label: string,
  scope: 'main' | 'page' = 'main',
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(IGNORED_RULES);
  // A page without a <main> (none today) is checked whole rather than not at all.
  if (scope === 'main' && (await page.locator('main').count()) === 1)
    builder = builder.include('main');
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}
