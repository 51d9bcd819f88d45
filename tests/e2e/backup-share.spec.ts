import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  BACKUP_KEY,
  HOSTILE,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  WORKSPACE_KEY,
} from '../support/tools';

// "Your data" on My interviews (backup, restore by merge or replace, delete all) and
// "share a draft for review" (a link whose fragment carries the draft, opened read-only).

type Sample = ReturnType<typeof sampleWorkspace>;
const data = (page: Page) => page.locator('.data-controls');
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
/** Every key the kit keeps, with its text: what "change nothing" compares. */
const allKept = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('fuk-'))),
  );

/** A backup file as "Download a backup" writes it. */
function backupOf(workspace: Sample): string {
  return JSON.stringify({
    format: 'follow-up-kit-backup',
    version: 1,
    exportedAt: '2026-11-26T10:00:00.000Z',
    workspace,
  });
}

async function restore(page: Page, name: string, text: string): Promise<void> {
  await data(page)
    .getByLabel('Restore from a backup file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a downloaded backup restores into an empty browser, and merging it again adds nothing', async ({
  page,
  browser,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('workspace/');
  const download = page.waitForEvent('download');
  await data(page).getByRole('button', { name: 'Download a backup' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(file).workspace.applications[0].company).toBe('Fernhill Labs');
  await expect(data(page).getByRole('status')).toContainText('Downloaded follow-up-kit-backup-');

  // Another browser profile: nothing saved yet.
  const other = await browser.newPage();
  await other.goto('workspace/');
  await restore(other, 'backup.json', file);
  await expect(data(other)).toContainText('holds 1 interview');
  await data(other).getByRole('button', { name: 'Merge with what is here' }).click();
  await expect(data(other).getByRole('status')).toContainText('Merged: 1 added, 0 already here');
  await other.reload();
  await expect(other.getByText('Fernhill Labs').first()).toBeVisible();
  expect(((await storedWorkspace(other)) as Sample).applications).toHaveLength(1);

  await restore(other, 'backup.json', file);
  await data(other).getByRole('button', { name: 'Merge with what is here' }).click();
  await expect(data(other).getByRole('status')).toContainText('Merged: 0 added, 1 already here');
  expect(((await storedWorkspace(other)) as Sample).applications).toHaveLength(1);
  await other.close();
});

test('merging keeps both versions of an interview that changed; replacing keeps a copy first, swaps everything and can be undone', async ({
  page,
}) => {
  const mine = sampleWorkspace();
  const theirs = sampleWorkspace();
  theirs.applications[0]!.role = 'Senior Product Designer';
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(mine) });
  await page.goto('workspace/');
  await restore(page, 'theirs.json', backupOf(theirs));
  await data(page).getByRole('button', { name: 'Merge with what is here' }).click();
  await expect(data(page).getByRole('status')).toContainText(
    '1 kept as copies marked “(imported)”',
  );
  let saved = (await storedWorkspace(page)) as Sample;
  expect(saved.applications.map((i) => `${i.company}: ${i.role}`)).toEqual([
    'Fernhill Labs: Product Designer',
    'Fernhill Labs (imported): Senior Product Designer',
  ]);

  const other = sampleWorkspace();
  other.applications[0]!.company = 'Northwind';
  await restore(page, 'other.json', backupOf(other));
  // Cancel leaves everything as it was.
  await data(page).getByRole('button', { name: 'Cancel' }).click();
  expect(((await storedWorkspace(page)) as Sample).applications).toHaveLength(2);
  // Replacing no longer asks a yes/no question: it keeps a copy of what is here and offers Undo.
  await restore(page, 'other.json', backupOf(other));
  await data(page).getByRole('button', { name: 'Replace what is here' }).click();
  await expect(data(page).getByRole('status')).toContainText(
    'Replaced with the backup: 1 interview. What was here before is kept as a saved copy.',
  );
  saved = (await storedWorkspace(page)) as Sample;
  expect(saved.applications.map((i) => i.company)).toEqual(['Northwind']);
  await expect(data(page).getByRole('heading', { name: 'Saved copies' })).toBeVisible();
  await data(page).getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(data(page).getByRole('status')).toContainText(
    'Undone: 2 interviews back as they were.',
  );
  saved = (await storedWorkspace(page)) as Sample;
  expect(saved.applications.map((i) => i.company)).toEqual([
    'Fernhill Labs',
    'Fernhill Labs (imported)',
  ]);
});

test('bad files are refused with a reason and change nothing', async ({ page }) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('workspace/');
  // The page stores its reading of the timeline words once: wait for it, then nothing may change.
  await expect
    .poll(
      async () =>
        ((await storedWorkspace(page)) as Sample | null)?.applications[0]?.rounds[0]
          ?.timelineReading,
    )
    .not.toBeNull();
  // After that first save the page asks the browser to keep the data, and notes the answer.
  await expect(data(page)).toContainText(/to keep this data/);
  const before = await allKept(page);
  const newer = { ...sampleWorkspace(), version: 99 };
  const cases: [string, string, RegExp][] = [
    ['notes.json', 'this is not json {', /Nothing was changed/],
    ['other-app.json', JSON.stringify({ todos: [1, 2, 3] }), /Nothing was changed/],
    ['newer.json', backupOf(newer), /newer version/i],
    [
      'hostile.json',
      backupOf({
        ...sampleWorkspace(),
        applications: [{ ...sampleWorkspace().applications[0]!, createdAt: HOSTILE }],
      }),
      /Nothing was changed/,
    ],
    [
      'proto.json',
      '{"format":"follow-up-kit-backup","version":1,"workspace":{"__proto__":{"polluted":1}}}',
      /Nothing was changed/,
    ],
    ['huge.json', 'x'.repeat(2 * 1024 * 1024 + 1), /Nothing was changed/],
  ];
  for (const [name, text, reason] of cases) {
    await restore(page, name, text);
    await expect(data(page).getByRole('alert'), name).toContainText(reason);
    await expect(data(page).getByRole('button', { name: 'Merge with what is here' })).toHaveCount(
      0,
    );
    expect(await allKept(page), name).toEqual(before);
  }
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('"Delete all my data" asks first, then removes the workspace, its saved copies and the checker text; the theme stays', async ({
  page,
}) => {
  await seedStorage(page, {
    [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()),
    [BACKUP_KEY]: 'old unreadable text',
    'fuk-message-check': JSON.stringify({
      text: 'Hi Priya',
      kind: 'other',
      tier: 'free',
      lastSent: '',
    }),
    'fuk-theme': 'dark',
  });
  await page.goto('workspace/');
  // The earlier build's one backup slot is now a saved copy.
  await expect(data(page).getByRole('heading', { name: 'Saved copies' })).toBeVisible();
  await expect(data(page)).toContainText('Unreadable data kept by an earlier version of the kit');
  await data(page).getByRole('button', { name: 'Delete all my data…' }).click();
  await data(page).getByRole('button', { name: 'Keep my data' }).click();
  expect(((await storedWorkspace(page)) as Sample).applications[0]!.company).toBe('Fernhill Labs');
  expect(await stored(page, 'fuk-message-check')).not.toBeNull();
  await data(page).getByRole('button', { name: 'Delete all my data…' }).click();
  await data(page).getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(data(page).getByRole('status')).toContainText('Deleted.');
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['fuk-theme']);
  await page.reload();
  await expect(page.locator('.data-controls')).toBeVisible();
  await expect(page.getByText('Fernhill Labs')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['fuk-theme']);
});

test('the data controls work with the keyboard and pass axe in light and dark', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('workspace/');
  const del = data(page).getByRole('button', { name: 'Delete all my data…' });
  await del.focus();
  await page.keyboard.press('Enter');
  await expect(data(page).locator('.tool-notice-warn')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(data(page).getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await page.keyboard.press('Enter');
  await restore(page, 'bad.json', '{');
  await expect(data(page).getByRole('alert')).toContainText('Nothing was changed');
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await expectNoViolations(page, `data controls, ${theme}`);
  }
});

test('a draft shared for review opens read-only, as text, without contact details unless ticked', async ({
  page,
  context,
}) => {
  const ws = sampleWorkspace();
  ws.applications[0]!.people[0]!.topics = `the onboarding flow ${HOSTILE}`;
  ws.profile.phone = '+44 7700 900123';
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('tools/thank-you-email/');
  const priya = page.locator('.tool-draft').first();
  await priya.getByRole('button', { name: /^Check the tone or share/ }).click();
  await priya.getByRole('button', { name: /^Make a link to share/ }).click();
  const linkField = priya.getByLabel(/^Link to/);
  const link = await linkField.inputValue();
  expect(new URL(link).pathname).toBe('/shared/');
  expect(link).not.toContain('priya@example.com');

  const mentor = await context.newPage();
  await mentor.goto(link);
  const view = mentor.locator('.shared-draft');
  await expect(view.getByRole('heading', { name: 'Thank-you email' })).toBeVisible();
  await expect(view).toContainText('Thank you — Product Designer interview');
  await expect(view.locator('pre')).toContainText(HOSTILE);
  await expect(view.locator('pre')).toContainText('[phone]');
  await expect(view).not.toContainText('priya@example.com');
  await expect(mentor.locator('img[src="x"]')).toHaveCount(0);
  await expect(view.locator('textarea, input')).toHaveCount(0);
  await expectNoViolations(mentor, 'shared draft');

  await priya.getByLabel(/^Include contact details/).check();
  // The link is made again (its encoder loads on demand): wait for the new one.
  await expect(linkField).not.toHaveValue(link);
  const withContacts = await linkField.inputValue();
  await mentor.goto(withContacts);
  await expect(view).toContainText('priya@example.com');
  await expect(view.locator('pre')).toContainText('+44 7700 900123');

  // A link cut short, and one with no draft at all.
  await mentor.goto(withContacts.slice(0, 60));
  await mentor.reload();
  await expect(mentor.getByRole('alert')).toContainText('damaged');
  await mentor.goto('shared/');
  await expect(mentor.locator('main')).toContainText('No draft in this link');
});
