import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  META_KEY,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  WORKSPACE_KEY,
} from '../support/tools';

// Every way saved data can go wrong, injected before the page loads. Each must leave
// the tools working, say what happened in plain words, and lose nothing.

// The thank-you builder's own field (what was discussed with a person) stands for any
// edit: the interview's details are edited on the application page now.
const topicsField = (page: Page, n = 0) =>
  page.locator('.thank-you-builder').getByLabel('What you talked about', { exact: true }).nth(n);
/** Opens "What you discussed with <who>" (folded once topics are noted). */
const openTopics = (page: Page, who: string) =>
  page.locator('.thank-you-builder').getByText(`What you discussed with ${who}`).click();
const notice = (page: Page) => page.locator('.tool-notice');
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
/** Keys of the saved copies the kit keeps of data it could not read. */
const copyKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fuk-copy:')));
type Sample = ReturnType<typeof sampleWorkspace>;

test('corrupt JSON: notice, a saved copy before any write, download of the original, tools still work', async ({
  page,
}) => {
  const corrupt = '{"version":2,"interviews":[{"id":"iv-1","company":"Fernh';
  await seedStorage(page, { [WORKSPACE_KEY]: corrupt });
  await page.goto('tools/thank-you-email/');
  await expect(notice(page)).toContainText('could not be read');
  await expect(notice(page)).toContainText('a copy of the damaged data is kept in this browser');
  // The one backup slot of earlier builds is now a list of dated, compressed copies.
  expect(await copyKeys(page)).toHaveLength(1);
  const download = page.waitForEvent('download');
  await notice(page).getByRole('button', { name: 'Download the kept copy' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(corrupt);
  // The tools work: start a new interview and type.
  await page.getByRole('button', { name: 'New interview' }).click();
  await topicsField(page).fill('Acme');
  await page.reload();
  await expect(topicsField(page)).toHaveValue('Acme');
  expect(await copyKeys(page)).toHaveLength(1);
});

test('valid JSON with a damaged interview: it is set aside with a notice, and a saved copy downloads the data as it was stored', async ({
  page,
}) => {
  const wrong = JSON.stringify({
    version: 2,
    interviews: [{ id: 'x', company: 42, createdAt: 'soon' }],
  });
  await seedStorage(page, { [WORKSPACE_KEY]: wrong });
  await page.goto('workspace/');
  // The reader now keeps what it can read and sets the rest aside, instead of refusing everything.
  await expect(notice(page).first()).toContainText('could not be read and was set aside');
  const copies = page.locator('.data-controls').getByRole('list', { name: 'Saved copies' });
  await expect(copies.getByRole('listitem')).toHaveCount(1);
  await expect(copies).toContainText('Saved data as it was before parts of it were set aside');
  const download = page.waitForEvent('download');
  await copies.getByRole('button', { name: /^Download/ }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(wrong);
});

test('an older version is migrated and shown, with a notice', async ({ page }) => {
  const v1 = {
    version: 1,
    currentId: 'a',
    interviews: [
      {
        id: 'a',
        company: 'Northwind',
        role: 'Analyst',
        datetime: '2026-11-20T09:30',
        createdAt: '2026-11-19T10:00:00.000Z',
        interviewers: [
          { id: 'p', name: 'Lee Park', email: 'lee@example.com', notes: 'SQL window functions' },
        ],
      },
    ],
  };
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(v1) });
  await page.goto('tools/thank-you-email/');
  await expect(notice(page)).toContainText('updated to the current format');
  await expect(page.locator('.thank-you-builder .tool-summary')).toContainText(
    'Northwind: Analyst',
  );
  await expect(page.getByLabel('Email to Lee Park', { exact: true })).toHaveValue(
    /SQL window functions/,
  );
});

test('what today’s site saved (v4, one key per interview) opens in every tool as before, says it was updated once, and is saved as v7 (through v5 and v6)', async ({
  page,
}) => {
  const dump = JSON.parse(
    readFileSync(
      new URL('../fixtures/v4-records/london-two-interviewers.json', import.meta.url),
      'utf8',
    ),
  ) as { localStorage: Record<string, string> };
  await seedStorage(page, dump.localStorage);
  await page.goto('tools/thank-you-email/');
  await expect(notice(page)).toContainText('updated to the current format');
  await expect(page.locator('.thank-you-builder .tool-summary')).toContainText('Fernhill Labs');
  // Priya's edited email and Tom's "sent" come through as they were.
  await expect(page.getByLabel('Email to Priya Raman', { exact: true })).toHaveValue(
    /P\.S\. I found the dbt style guide you mentioned and have started reading it\.$/,
  );
  await expect(page.getByRole('button', { name: 'Not sent yet to Tom Okafor' })).toBeVisible();
  const meta = JSON.parse((await stored(page, META_KEY))!) as { data: { version: number } };
  expect(meta.data.version).toBe(7);
  // Once: the next page finds v7 and has nothing to say.
  await page.goto('tools/hiring-timeline/');
  await expect(
    page.locator('.timeline-calculator').getByLabel('What they said about timing'),
  ).toHaveValue('1-2 weeks');
  await expect(notice(page)).toHaveCount(0);
  await page.goto('tools/action-items/');
  await expect(page.getByLabel('What you promised')).toHaveValue('SQL portfolio sample');
  await expect(page.getByLabel('Who asked for it')).toHaveValue(
    ((await storedWorkspace(page)) as Sample).applications[0]!.people[0]!.id,
  );
  expect(await stored(page, 'fuk-theme')).toBe('dark');
});

test('a newer version is kept untouched, with a read-only notice', async ({ page }) => {
  const newer = JSON.stringify({ version: 99, interviews: [], somethingNew: true });
  await seedStorage(page, { [WORKSPACE_KEY]: newer });
  await page.goto('tools/thank-you-email/');
  await expect(notice(page)).toContainText('newer version of Follow-Up Kit');
  await page.getByRole('button', { name: 'New interview' }).click();
  await topicsField(page).fill('Edited here');
  await expect(topicsField(page)).toHaveValue('Edited here');
  expect(await stored(page, WORKSPACE_KEY)).toBe(newer);
});

test('storage unavailable: the tools work for the session, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('tools/thank-you-email/');
  await expect(notice(page)).toContainText('not letting the site save');
  await page.getByRole('button', { name: 'New interview' }).click();
  await topicsField(page).fill('the Contoso data platform');
  await expect(page.getByLabel('Email to interviewer 1', { exact: true })).toHaveValue(
    /the Contoso data platform/,
  );
});

test('storage full: the edit stays on screen and the notice says it is not saved', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  // Full for the workspace's keys (the shared one and one per interview).
  await page.addInitScript((prefix) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k.startsWith(prefix) && (window as unknown as { __full?: boolean }).__full)
        throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }, META_KEY);
  await page.goto('tools/thank-you-email/');
  await openTopics(page, 'Priya Raman');
  const old = 'the redesign of the onboarding flow';
  await expect(topicsField(page)).toHaveValue(old);
  const topicsSaved = async () =>
    ((await storedWorkspace(page)) as Sample).applications[0]!.people[0]!.topics;
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = true));
  await topicsField(page).fill('the design system audit');
  await expect(notice(page)).toContainText('storage for this site is full');
  await expect(topicsField(page)).toHaveValue('the design system audit');
  expect(await topicsSaved()).toBe(old);
  const download = page.waitForEvent('download');
  await notice(page).getByRole('button', { name: 'Download my interviews' }).click();
  // A backup file, so "Restore from a backup" on My interviews can read it back.
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.format).toBe('follow-up-kit-backup');
  expect(saved.workspace.applications[0].people[0].topics).toBe('the design system audit');
  // Space again: the next edit saves and the notice goes away.
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
  await topicsField(page).fill('the audit');
  await expect(notice(page)).toHaveCount(0);
  expect(await topicsSaved()).toBe('the audit');
});

test("another tab's edits arrive without a reload and without wiping what this tab is typing", async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('tools/thank-you-email/');
  await a.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [WORKSPACE_KEY, JSON.stringify(sampleWorkspace())],
  );
  await a.reload();
  const b = await context.newPage();
  await b.goto('tools/thank-you-email/');
  await openTopics(a, 'Priya Raman');
  await openTopics(a, 'Tom Okafor');
  await openTopics(b, 'Priya Raman');
  await openTopics(b, 'Tom Okafor');
  await expect(topicsField(b)).toHaveValue('the redesign of the onboarding flow');

  // Tab B is typing Tom's topics when tab A changes Priya's.
  const tomB = topicsField(b, 1);
  await tomB.click();
  await tomB.fill('pairing on prototypes');
  await topicsField(a).fill('the onboarding redesign and its research');
  await expect(topicsField(b)).toHaveValue('the onboarding redesign and its research');
  await expect(tomB).toHaveValue('pairing on prototypes');
  await expect(tomB).toBeFocused();
  // And the other way round: A sees B's edit.
  await expect(topicsField(a, 1)).toHaveValue('pairing on prototypes');
});
