import { expect, test, type Page } from '@playwright/test';
import { sampleWorkspace, seedStorage, WORKSPACE_KEY } from '../support/tools';

// Every page with a tool keeps one outline: one h1, then h2, h3… without skipping a
// level, checked after the islands hydrate (their headings are drawn on the client) and
// again after opening what opens (drafts, the editor), which adds headings of its own.

type Sample = ReturnType<typeof sampleWorkspace>;

/** Each page, and what to change in the sample workspace so more of its headings show. */
const PAGES: { path: string; change?: (ws: Sample) => void }[] = [
  { path: 'tools/thank-you-email/' },
  { path: 'tools/handwritten-note/' },
  { path: 'tools/linkedin-message/' },
  { path: 'tools/check-my-message/' },
  {
    path: 'tools/engagement-log/',
    change: (ws) => {
      ws.applications[0]!.engagement = [
        {
          id: 'e-1',
          date: '2026-11-25',
          kind: 'read',
          what: 'Their post on design systems',
          link: '',
          worthMentioning: true,
        },
      ];
    },
  },
  { path: 'tools/hiring-timeline/' },
  {
    path: 'tools/status-inquiry/',
    change: (ws) => {
      ws.applications[0]!.rounds[0]!.actionItems = [
        {
          id: 'a-1',
          what: 'Portfolio link',
          askedBy: 'p-1',
          due: '2026-11-26',
          status: 'todo',
          notes: '',
        },
      ];
    },
  },
  {
    path: 'tools/action-items/',
    change: (ws) => {
      ws.applications[0]!.rounds[0]!.actionItems = [
        {
          id: 'a-1',
          what: 'Portfolio link',
          askedBy: 'p-1',
          due: '2026-11-26',
          status: 'todo',
          notes: '',
        },
      ];
    },
  },
  { path: 'workspace/application/?id=iv-1' },
  { path: 'workspace/debrief/?id=iv-1' },
];

/** The levels of the headings a reader can reach, in document order. */
const outline = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')]
      .filter((h) => h.checkVisibility() && !h.closest('[aria-hidden="true"]'))
      .map((h) => ({ level: Number(h.tagName[1]), text: h.textContent.trim().slice(0, 60) })),
  );

/** Fails on a second h1, a first heading that is not the h1, or a level skipped going down. */
async function expectOutline(page: Page, when: string): Promise<void> {
  const headings = await outline(page);
  expect(headings[0]!.level, `${when}: the first heading is the h1`).toBe(1);
  expect(
    headings.filter((h) => h.level === 1),
    `${when}: one h1`,
  ).toHaveLength(1);
  for (let n = 1; n < headings.length; n++) {
    const [before, h] = [headings[n - 1]!, headings[n]!];
    expect(
      h.level,
      `${when}: "${h.text}" (h${h.level}) after "${before.text}" (h${before.level})`,
    ).toBeLessThanOrEqual(before.level + 1);
  }
}

for (const { path, change } of PAGES) {
  test(`${path}: one h1 and no skipped heading level, before and after opening its parts`, async ({
    page,
  }) => {
    const ws = sampleWorkspace();
    change?.(ws);
    await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
    await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
    await page.goto(path);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('.tool-loading')).toHaveCount(0);
    await expectOutline(page, 'after hydration');

    // Open every closed section once (drafts, Edit details, notes), then check again.
    const closed = page.locator('main details:not([open]) > summary');
    for (let n = await closed.count(); n > 0; n--) {
      const summary = closed.first();
      if (!(await summary.isVisible())) break;
      await summary.click();
    }
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.tool-loading')).toHaveCount(0);
    await expectOutline(page, 'with everything open');
  });
}
