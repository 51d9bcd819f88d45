import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  WORKSPACE_KEY,
  editApplication,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
} from '../support/tools';

type Stored = ReturnType<typeof sampleWorkspace>;

test.beforeEach(async ({ page }) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
});

test('a second round: its kind, who was met again, its end time and who gave the timeline, kept across a reload and used by the tools', async ({
  page,
}) => {
  await editApplication(page, 'iv-1');
  const rounds = page.getByRole('group', { name: 'Rounds' });
  await rounds.getByRole('button', { name: 'Add a round' }).click();
  await page.getByLabel('What round 2 was').selectOption('final');
  await rounds.getByLabel('Tom Okafor').check();
  await page.getByLabel('Date', { exact: true }).fill('2026-12-04');
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel('End time').fill('11:30');
  await page.getByLabel('Hiring timeline they gave').fill('1-2 weeks');
  await page.getByLabel('Who said it').selectOption({ label: 'Tom Okafor' });
  await expect(rounds.getByRole('listitem')).toHaveText([
    'Round 1: Video interview, Tue 24 Nov: Priya Raman, Tom Okafor',
    'Round 2: Final interview, Fri 4 Dec: Tom Okafor (the one below)',
  ]);

  await page.reload();
  await expect(page.getByLabel('What round 2 was')).toHaveValue('final');
  await expect(page.getByLabel('End time')).toHaveValue('11:30');
  await expect(page.getByRole('group', { name: 'Interviewer 1: Tom Okafor' })).toBeVisible();
  await expect(page.getByRole('group', { name: /: Priya Raman$/ })).toHaveCount(0);
  const stored = (await storedWorkspace(page)) as Stored;
  const second = stored.applications[0]!.rounds[1]!;
  expect(second).toMatchObject({ kind: 'final', date: '2026-12-04', start: '10:00', end: '11:30' });
  expect(second.met).toHaveLength(1);
  // The first round and its records are untouched.
  expect(stored.applications[0]!.rounds[0]!.met).toHaveLength(2);

  // The thank-you builder writes to the people of round 2 only, on a clock from its end.
  await page.goto('tools/thank-you-email/');
  await expect(page.getByLabel('Email to Tom Okafor', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Email to Priya Raman', { exact: true })).toHaveCount(0);

  // Removing the round says so and can be undone.
  await editApplication(page, 'iv-1');
  await page.getByRole('button', { name: 'Remove round 2' }).click();
  await expect(page.getByText('Removed the round.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rounds' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('group', { name: 'Rounds' }).getByRole('listitem')).toHaveCount(2);
});

for (const theme of ['light', 'dark'] as const) {
  test(`rounds panel, ${theme} theme: no WCAG 2.2 AA violations after use, and 320 px without sideways scroll`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await editApplication(page, 'iv-1');
    await page.getByRole('button', { name: 'Add a round' }).click();
    await page.getByRole('group', { name: 'Rounds' }).getByLabel('Priya Raman').check();
    await expectNoViolations(page, `rounds panel, ${theme}`);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
}

test('the thank-you names what was promised to that person, and when', async ({ page }) => {
  await page.goto('tools/action-items/');
  const tracker = page.locator('.action-item-tracker');
  await tracker.getByRole('button', { name: 'Add a promised item' }).click();
  await tracker.getByLabel('What you promised', { exact: true }).fill('SQL portfolio sample');
  await tracker.getByLabel('Who asked for it').selectOption({ label: 'Priya Raman' });
  await tracker.getByLabel('Deadline they gave (optional)').fill('2026-12-08');
  await page.goto('tools/thank-you-email/');
  await expect(page.getByLabel('Email to Priya Raman', { exact: true })).toHaveValue(
    /I'll send the SQL portfolio sample by Tuesday 8 December\./,
  );
  // Tom did not ask for it: his email does not promise it.
  await expect(page.getByLabel('Email to Tom Okafor', { exact: true })).not.toHaveValue(
    /SQL portfolio sample/,
  );
});
