import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { sampleWorkspace, seedStorage, WORKSPACE_KEY } from '../support/tools';

// "What is due" names a live application whose plan has no date (here: a timeline the
// planner cannot read), and its link takes the user to the field that would date it, in
// "Edit details" on that application's page (the one page with the interview's form).

/** Fernhill (unreadable timeline) and Cobalt (current, dated), on Thu 26 Nov 2026. */
async function open(page: Page): Promise<void> {
  const ws = sampleWorkspace();
  const fernhill = ws.applications[0]!;
  fernhill.rounds[0]!.timeline = 'after we hear from the board';
  ws.applications.push({
    ...fernhill,
    id: 'iv-2',
    company: 'Cobalt',
    role: 'Researcher',
    people: [],
    rounds: [
      { ...fernhill.rounds[0]!, id: 'round-2', met: [], date: '2026-12-01', timeline: '1-2 weeks' },
    ],
  });
  ws.currentId = 'iv-2';
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('workspace/');
}

const due = (page: Page) => page.locator('.due-summary');
const list = (page: Page, heading: string) => due(page).locator(`h3:text-is("${heading}") + ul`);

test('an unreadable timeline shows under "Needs a date"; its link opens that application at the timeline field, and a readable one dates the step', async ({
  page,
}) => {
  await open(page);
  const undated = list(page, 'Needs a date');
  // One row for the plan, naming its first undated step, not the steps counted from it.
  await expect(undated.getByRole('listitem')).toHaveText([
    'Fernhill Labs: Product Designer: Ask about the status, no date yet. Fix the timeline they gave for Fernhill Labs: Product Designer',
  ]);
  await expectNoViolations(page, 'what is due, with "Needs a date"');

  // By keyboard: the link opens Fernhill's details (not the current Cobalt's) and puts
  // the cursor in its timeline.
  const fix = undated.getByRole('link', {
    name: 'Fix the timeline they gave for Fernhill Labs: Product Designer',
  });
  await expect(fix).toHaveAttribute('href', '/workspace/application/?id=iv-1#edit-timeline');
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#ws-current-heading')).toHaveText('Fernhill Labs: Product Designer');
  const timeline = page.getByLabel('Hiring timeline they gave', { exact: true });
  await expect(timeline).toBeFocused();
  await expect(timeline).toHaveValue('after we hear from the board');

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2 weeks');
  await page.goto('workspace/');
  await expect(list(page, 'Next up')).toBeVisible();
  await expect(due(page).getByRole('heading', { name: 'Needs a date' })).toHaveCount(0);
  await expect(list(page, 'Next up')).toContainText(
    'Fernhill Labs: Product Designer: Ask about the status (Thu 10 Dec)',
  );
});

test('an interview with no date sends the user to its date field', async ({ page }) => {
  const ws = sampleWorkspace();
  ws.applications[0]!.rounds[0]!.date = '';
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('workspace/');
  const undated = list(page, 'Needs a date');
  await expect(undated.getByRole('listitem')).toHaveCount(1);
  await undated.getByRole('link', { name: /^Add the interview date for Fernhill Labs/ }).click();
  await expect(page).toHaveURL(/workspace\/application\/\?id=iv-1#edit-date$/);
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
});
