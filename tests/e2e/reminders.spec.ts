// Reminders on this device, on My interviews: a backup suggestion after real work with no
// backup since, and notifications when a step falls due while the site is open.
import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { sampleWorkspace, seedStorage, WORKSPACE_KEY } from '../support/tools';

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

  // Five more things (people) later, it asks again; "Not now" waits for five more.
  for (let i = 0; i < 5; i++)
    await page.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
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
