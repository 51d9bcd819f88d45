import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { HOSTILE, WORKSPACE_KEY, sampleWorkspace, seedStorage } from '../support/tools';

// The sample interview was on Tue 24 Nov 2026 at 14:00 in London, with "1-2 weeks" given;
// today is Thu 26 Nov: the thank-yous are overdue, the LinkedIn requests due today.
test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });
const NOW = new Date('2026-11-26T10:00:00Z');

/** The sample, with a promised item, optionally with hostile text in the company. */
function seeded(company = 'Fernhill Labs') {
  const ws = sampleWorkspace();
  const app = ws.applications[0]!;
  app.company = company;
  app.rounds[0]!.actionItems.push({
    id: 'item-1',
    what: 'SQL sample',
    askedBy: 'p-2',
    due: '',
    status: 'todo',
    notes: '',
  });
  return ws;
}

async function open(page: Page, path = 'workspace/application/?id=iv-1') {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'What to send, in order' })).toBeVisible();
}

/** Each step of the due list as "title · state · date". */
const dueRows = (page: Page) =>
  page
    .getByRole('region', { name: 'What to send, in order' })
    .locator('.tool-step')
    .evaluateAll((items) =>
      items.map((li) =>
        [
          li.querySelector('h3')?.textContent,
          li.querySelector('.tool-badge')?.textContent,
          li.querySelector('.tool-step-when')?.textContent,
        ].join(' · '),
      ),
    );

test('lists the steps in date order with their states, and the timeline marks today among them', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(seeded()) });
  await open(page);
  await expect(
    page.getByRole('heading', { name: 'Fernhill Labs: Product Designer' }),
  ).toBeVisible();
  await expect(page.getByText('Active: waiting to hear').first()).toBeVisible();
  await expect
    .poll(() => dueRows(page))
    .toEqual([
      'Send your thank-you emails (one per interviewer) · Overdue · Wed 25 Nov',
      'Send LinkedIn connection requests · Due today · Thu 26 Nov',
      'Send what you promised: SQL sample · Due today · Thu 26 Nov',
      'Ask about the status · Upcoming · Thu 10 Dec',
      'Send one last follow-up · Upcoming · Thu 17 Dec',
      'Move on · Upcoming · Thu 31 Dec',
    ]);
  const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
  await expect(timeline).toHaveText([
    /^Tue 24 NovRound 1: Video interview with Priya Raman, Tom OkaforHeld$/,
    /^Tue 24 NovActive: waiting to hear$/,
    /^Wed 25 NovSend your thank-you emails.*Overdue$/,
    /^Thu 26 NovToday$/,
    /^Thu 26 NovSend LinkedIn connection requestsDue today$/,
    /^Thu 26 NovSend what you promised: SQL sampleDue today$/,
    /^Thu 10 DecAsk about the statusUpcoming$/,
    /^Thu 17 DecSend one last follow-upUpcoming$/,
    /^Thu 31 DecMove onUpcoming$/,
  ]);
  // Dates are machine-readable too.
  await expect(timeline.first().locator('time')).toHaveAttribute('datetime', '2026-11-24');
});

test('a draft edited here is the same draft in the thank-you builder, and "mark sent" ticks the step', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(seeded()) });
  await open(page);
  // The first step still to do opens with its drafts: one per person met.
  const priya = page.getByLabel('Email to Priya Raman', { exact: true });
  await expect(priya).toHaveValue(/redesign of the onboarding flow/);
  await expect(page.getByLabel('Email to Tom Okafor', { exact: true })).toHaveValue(/SQL sample/);
  await priya.fill(
    'Hi Priya,\n\nThank you for the onboarding talk. Edited on the application page.',
  );
  await priya.blur();

  await page.goto('tools/thank-you-email/');
  await expect(page.getByLabel('Email to Priya Raman', { exact: true })).toHaveValue(
    /Edited on the application page\./,
  );

  await open(page);
  await page.getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
  await page.getByRole('button', { name: 'Mark as sent to Tom Okafor' }).click();
  await expect
    .poll(async () => (await dueRows(page))[0])
    .toMatch(/^Send your thank-you.* · Done · /);
  // A step without a draft here is ticked on its own.
  const linkedin = page.getByRole('button', {
    name: 'Mark done (Send LinkedIn connection requests)',
  });
  await linkedin.click();
  await expect(linkedin).toHaveAttribute('aria-pressed', 'true');
  // Sent today, the thank-yous move the LinkedIn requests to the next business day.
  const row = (title: string) => async () =>
    (await dueRows(page)).find((r) => r.startsWith(title)) ?? '';
  await expect.poll(row('Send LinkedIn')).toMatch(/ · Done · Fri 27 Nov$/);
  await page.reload();
  await expect.poll(row('Send your thank-you')).toMatch(/ · Done · /);
  await expect.poll(row('Send LinkedIn')).toMatch(/ · Done · /);
});

test('"Add to calendar" downloads an .ics whose event falls on the step\'s day', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(seeded()) });
  await open(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar (Ask about the status)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync(await file.path(), 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain('DTSTART;VALUE=DATE:20261210');
  expect(ics).toMatch(/SUMMARY:Ask about the status \(Fernhill Labs: Product Designer\)/);
  await expect(page.getByText('Calendar file downloaded: open it to add this step.')).toBeVisible();
});

test('#edit opens the editor of the details, whose removals can be undone', async ({ page }) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(seeded()) });
  await open(page, 'workspace/application/?id=iv-1#edit');
  const details = page.locator('details#edit');
  await expect(details).toHaveAttribute('open', '');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('waiting');
  await page.getByRole('button', { name: 'Remove Tom Okafor' }).click();
  await expect(page.getByText('Deleted Tom Okafor.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Put back Tom Okafor.')).toBeVisible();
  await expect(page.getByRole('group', { name: /Tom Okafor/ })).toBeVisible();
});

test('without a saved interview it says so and links to the debrief; an unknown id shows the current one', async ({
  page,
}) => {
  await open(page, 'workspace/application/').catch(() => undefined);
  await expect(page.getByText('No interview is saved in this browser yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Debrief the interview you just had' }).click();
  await expect(page).toHaveURL(/workspace\/debrief\/$/);

  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(seeded()) });
  await open(page, 'workspace/application/?id=nope');
  await expect(page.getByText('That interview is not saved in this browser')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Fernhill Labs: Product Designer' }),
  ).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`application page, ${theme} theme: hostile text shown as text, no WCAG 2.2 AA violations after use, and 320 px without sideways scroll`, async ({
    page,
  }) => {
    await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(seeded(HOSTILE)) });
    await page.emulateMedia({ colorScheme: theme });
    page.on('dialog', () => {
      throw new Error('A dialog opened: user text ran as code.');
    });
    await open(page);
    await expect(page.getByRole('heading', { name: `${HOSTILE}: Product Designer` })).toBeVisible();
    await page.getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
    await page.locator('summary', { hasText: 'Send what you promised: SQL sample' }).click();
    await expect(page.getByLabel(/^Cover email for SQL sample/)).toBeVisible();
    await page.locator('details#edit > summary').click();
    await expect(page.getByLabel('Status', { exact: true })).toBeVisible();
    await expectNoViolations(page, `application page, ${theme}`);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
}
