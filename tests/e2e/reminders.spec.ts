// Reminders on this device, on My interviews: a backup suggestion after real work with no
// backup since, and notifications when a step falls due while the site is open.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { editApplication, sampleWorkspace, seedStorage, WORKSPACE_KEY } from '../support/tools';

const suggestion = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Backup suggestion' });

test('after real work with no backup, My interviews suggests one; a download or "Not now" quiets it, across a reload', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('workspace/');
  await expect(suggestion(page)).toContainText('never downloaded a backup on this device');
  await expectNoViolations(page, 'backup suggestion');

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    suggestion(page).getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^follow-up-kit-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(suggestion(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' }).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('.workspace-editor')).toBeVisible();
  await expect(suggestion(page)).toHaveCount(0);

  // Five more things (people, added in the interview's details on its page) later, it
  // asks again; "Not now" waits for five more.
  await editApplication(page, 'iv-1');
  for (let i = 0; i < 5; i++)
    await page.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
  await expect(page.getByRole('group', { name: /^Interviewer 7/ })).toBeVisible();
  await page.goto('workspace/');
  await expect(suggestion(page)).toContainText('You have added 5 things since your last backup.');
  await suggestion(page).getByRole('button', { name: 'Not now' }).click();
  await expect(suggestion(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.workspace-editor')).toBeVisible();
  await expect(suggestion(page)).toHaveCount(0);
});

test('the backup on "Your data" also counts as a backup', async ({ page }) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('workspace/');
  await expect(suggestion(page)).toBeVisible();
  await Promise.all([
    page.waitForEvent('download'),
    page.locator('.data-controls').getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  await expect(suggestion(page)).toHaveCount(0);
});

test('with notifications chosen, a step that falls due while the page is open is announced once, and the choice is kept', async ({
  page,
}) => {
  // The browser's notifications, recorded instead of shown.
  await page.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { shown });
    const Recorded = Object.assign(
      function (this: unknown, _title: string, opts: { body: string }) {
        shown.push(opts.body);
      },
      {
        permission: 'default',
        requestPermission: () => {
          Recorded.permission = 'granted';
          return Promise.resolve('granted');
        },
      },
    );
    Object.defineProperty(window, 'Notification', { value: Recorded });
  });
  const ws = sampleWorkspace();
  Object.assign(ws.applications[0]!.rounds[0]!, {
    date: '2026-12-07',
    start: '10:00',
    end: '11:00',
    timeZone: 'UTC',
  });
  await page.clock.install({ time: new Date('2026-12-07T12:00:00Z') });
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('workspace/');
  const choice = page.getByLabel(
    'Notify me on this device when a follow-up step falls due while this site is open',
  );
  await choice.check();
  await expect(choice).toBeChecked();
  const shown = () => page.evaluate(() => (window as unknown as { shown: string[] }).shown);
  // What is due when the page opens is on the page: nothing is announced for it.
  expect(await shown()).toEqual([]);
  // The next day, the thank-you falls due (24 hours after the end).
  await page.clock.fastForward('24:00:00');
  await expect.poll(shown).toEqual([expect.stringContaining('Send your thank-you')]);
  await page.clock.fastForward('00:05:00');
  expect(await shown()).toHaveLength(1);
  await page.reload();
  await expect(choice).toBeChecked();
});
