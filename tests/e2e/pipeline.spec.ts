import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  WORKSPACE_KEY,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  tabTo,
} from '../support/tools';

// My interviews as a pipeline: applications by stage (list or board), moved by keyboard,
// archived and brought back, with counts of what is due; and "What is due" snoozing a step.

type Sample = ReturnType<typeof sampleWorkspace>;

/** Four applications, one per stage, on Thu 26 Nov 2026. */
function four(): Sample {
  const ws = sampleWorkspace();
  const base = ws.applications[0]!;
  const copy = (id: string, company: string, status: string, at: string) => ({
    ...base,
    id,
    company,
    role: 'Designer',
    people: [],
    rounds: [{ ...base.rounds[0]!, met: [], timeline: '', date: '2026-11-20' }],
    outcomes: [{ status, at, note: '' }],
  });
  ws.applications.push(
    copy('iv-2', 'Bluebird Health', 'next-round', '2026-11-25'),
    copy('iv-3', 'Cobalt Bank', 'waiting', '2026-11-20'),
    copy('iv-4', 'Dunmore', 'rejected', '2026-11-25'),
  );
  return ws;
}

async function open(page: Page, ws: Sample = four()): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('workspace/');
  await expect(pipeline(page).locator('.pipeline-card').first()).toBeVisible();
}

const pipeline = (page: Page) => page.locator('.pipeline');
const stage = (page: Page, name: RegExp) =>
  pipeline(page).getByRole('region', { name }).locator('.pipeline-card strong');
const due = (page: Page) => page.locator('.due-summary');
const dueList = (page: Page, heading: string) =>
  due(page).locator(`h3:text-is("${heading}") + ul`).getByRole('listitem');

type Stored = Sample;
const last = <T>(list: T[]) => list[list.length - 1]!;

test('the list view groups the applications by stage; the counts are the steps "What is due" lists', async ({
  page,
}) => {
  await open(page);
  await expect(stage(page, /^Waiting to hear/)).toHaveText([
    'Fernhill Labs: Product Designer',
    'Cobalt Bank: Designer',
  ]);
  await expect(stage(page, /^Next round booked/)).toHaveText(['Bluebird Health: Designer']);
  await expect(stage(page, /^Offer/)).toHaveCount(0);
  await expect(pipeline(page).getByRole('region', { name: 'Offer (0)' })).toContainText(
    'None at the moment.',
  );
  await expect(stage(page, /^Closed/)).toHaveText(['Dunmore: Designer']);
  await expect(pipeline(page).getByRole('button', { name: 'List' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Each card: its stage, the next step with its day, its counts and the application page.
  const cobalt = pipeline(page).locator('.pipeline-card', { hasText: 'Cobalt Bank' });
  await expect(cobalt).toContainText('Active: waiting to hear');
  await expect(cobalt).toContainText('Next: Send your thank-you email (Sat 21 Nov, overdue)');
  await expect(cobalt).toContainText('2 overdue · 1 due in the next 7 days');
  await expect(
    cobalt.getByRole('link', { name: 'Application page of Cobalt Bank: Designer' }),
  ).toHaveAttribute('href', '/workspace/application/?id=iv-3');
  // Each row of "What is due" names its application with a link to its page too.
  await expect(
    dueList(page, 'Overdue').getByRole('link', { name: 'Cobalt Bank: Designer' }).first(),
  ).toHaveAttribute('href', '/workspace/application/?id=iv-3');
  // "Edit details" takes the reader to its form, on its page: no page repeats the form.
  const edit = cobalt.getByRole('link', { name: 'Edit details Cobalt Bank: Designer' });
  await expect(edit).toHaveAttribute('href', '/workspace/application/?id=iv-3#edit');
  await edit.click();
  await expect(page.locator('#ws-current-heading')).toHaveText('Cobalt Bank: Designer');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Cobalt Bank');
  await expect(cobalt).toHaveCount(0);
  await page.goBack();
  await expect(cobalt).toBeVisible();

  // The counts at the top are the rows of "What is due": overdue, today, and the next 7 days
  // (today's and the upcoming ones up to Wed 2 Dec, all in "Next up" here).
  const overdue = await dueList(page, 'Overdue').count();
  const today = await dueList(page, 'Due today').count();
  const next = await dueList(page, 'Next up').allInnerTexts();
  const thisWeek = next.filter((t) =>
    /\((Thu 26|Fri 27|Sat 28|Sun 29|Mon 30) Nov|(Tue 1|Wed 2) Dec\)/.test(t),
  );
  expect([overdue, today, thisWeek.length]).toEqual([5, 1, 3]);
  const counts = pipeline(page).getByRole('list', { name: 'What is due across your interviews' });
  await expect(counts.getByRole('listitem')).toHaveText([
    `${today} due today`,
    `${today + thisWeek.length} due in the next 7 days`,
    `${overdue} overdue`,
  ]);
});

test('on the board, by keyboard: "Move to…" Offer puts the card in the Offer column, dated today', async ({
  page,
}) => {
  await open(page);
  await page.locator('h1').click();
  await tabTo(page, 'Board');
  await page.keyboard.press('Enter');
  await expect(pipeline(page).getByRole('button', { name: 'Board' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(pipeline(page).locator('.pipeline-stages')).toHaveClass(/is-board/);

  await tabTo(page, 'Move Cobalt Bank: Designer to…');
  const select = page.getByLabel('Move Cobalt Bank: Designer to…');
  await expect(select).toBeFocused();
  // Arrowing through the options records nothing: only the Move button does.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('offer');
  await expect(stage(page, /^Offer/)).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move Cobalt Bank: Designer' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(stage(page, /^Offer/)).toHaveText(['Cobalt Bank: Designer']);
  await expect(stage(page, /^Waiting to hear/)).toHaveText(['Fernhill Labs: Product Designer']);
  await expect(pipeline(page).getByRole('status')).toHaveText(
    'Moved Cobalt Bank: Designer to Offer received.',
  );
  // Focus follows the card to its new column.
  await expect(page.getByLabel('Move Cobalt Bank: Designer to…')).toBeFocused();
  const saved = (await storedWorkspace(page)) as Stored;
  expect(last(saved.applications.find((a) => a.id === 'iv-3')!.outcomes)).toEqual({
    status: 'offer',
    at: '2026-11-26',
    note: '',
  });
  await page.reload();
  await expect(stage(page, /^Offer/)).toHaveText(['Cobalt Bank: Designer']);
});

test('"Archive" hides an application and its due steps; "Show archived" brings it back, across a reload', async ({
  page,
}) => {
  await open(page);
  await expect(dueList(page, 'Next up')).toContainText(['Dunmore']);
  await pipeline(page).getByRole('button', { name: 'Archive Dunmore: Designer' }).click();
  await expect(stage(page, /^Closed/)).toHaveCount(0);
  const show = pipeline(page).getByRole('button', { name: 'Show archived (1)' });
  await expect(show).toBeFocused();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  // Archived: none of its steps is due any more.
  await expect(due(page)).not.toContainText('Dunmore');

  await page.reload();
  await expect(stage(page, /^Waiting to hear/)).toHaveCount(2);
  await expect(stage(page, /^Closed/)).toHaveCount(0);
  await expect(due(page)).not.toContainText('Dunmore');
  const saved = (await storedWorkspace(page)) as Stored;
  expect(saved.applications.find((a) => a.id === 'iv-4')!.archivedAt).toBe(
    '2026-11-26T10:00:00.000Z',
  );

  await pipeline(page).getByRole('button', { name: 'Show archived (1)' }).click();
  const archived = pipeline(page).getByRole('region', { name: 'Archived' });
  await expect(archived.locator('.pipeline-card strong')).toHaveText(['Dunmore: Designer']);
  await archived.getByRole('button', { name: 'Unarchive Dunmore: Designer' }).click();
  await expect(archived).toHaveCount(0);
  await expect(stage(page, /^Closed/)).toHaveText(['Dunmore: Designer']);
  await expect(pipeline(page).getByRole('button', { name: /archived/ })).toHaveCount(0);
  await expect(dueList(page, 'Next up')).toContainText(['Dunmore']);
});

test('with every application archived, "What is due" says so and the stages are empty', async ({
  page,
}) => {
  const ws = sampleWorkspace();
  (ws.applications[0] as { archivedAt: string }).archivedAt = '2026-11-25T09:00:00.000Z';
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('workspace/');
  await expect(due(page)).toContainText('Nothing is due: every interview is archived.');
  await expect(pipeline(page).locator('.pipeline-card')).toHaveCount(0);
  await expect(pipeline(page).getByRole('list', { name: /What is due/ })).toContainText(
    '0 due today',
  );
  await pipeline(page).getByRole('button', { name: 'Show archived (1)' }).click();
  await expect(pipeline(page).locator('.pipeline-card strong')).toHaveText([
    'Fernhill Labs: Product Designer',
  ]);
});

test('"Snooze" moves an overdue step to a later day, says where from, and survives a reload; "Unsnooze" puts it back', async ({
  page,
}) => {
  await open(page, sampleWorkspace());
  const step = 'Fernhill Labs: Product Designer: Send your thank-you emails (one per interviewer)';
  await expect(dueList(page, 'Overdue')).toContainText([`${step} (Wed 25 Nov)`]);
  await due(page)
    .getByRole('button', { name: `Snooze ${step}` })
    .click();
  const day = due(page).getByLabel('Snooze until');
  await expect(day).toBeFocused();
  await expect(day).toHaveValue('2026-11-27');

  // A day that is not after today is refused in words, and nothing is lost.
  await day.fill('2026-11-26');
  await due(page).getByRole('button', { name: 'Save' }).click();
  await expect(due(page).getByText('Pick a day after today, for example tomorrow.')).toBeVisible();
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(dueList(page, 'Overdue')).toContainText([step]);

  await day.fill('2026-11-30');
  await day.press('Enter');
  await expect(due(page).locator('h3:text-is("Overdue") + ul')).toHaveCount(0);
  await expect(due(page)).toContainText('Nothing overdue.');
  await expect(dueList(page, 'Next up')).toContainText([
    `${step} (Mon 30 Nov) snoozed from Wed 25 Nov`,
  ]);
  await expect(due(page).getByRole('status')).toHaveText(
    'Snoozed Send your thank-you emails (one per interviewer) for Fernhill Labs: Product Designer to Mon 30 Nov.',
  );
  await expect(page.locator('#due-heading')).toBeFocused();
  const saved = (await storedWorkspace(page)) as Stored;
  expect(saved.applications[0]!.rounds[0]!.snoozed).toEqual({ 'thank-you-email': '2026-11-30' });

  await page.reload();
  await expect(dueList(page, 'Next up')).toContainText([
    `${step} (Mon 30 Nov) snoozed from Wed 25 Nov`,
  ]);
  await expect(due(page)).toContainText('Nothing overdue.');

  await due(page)
    .getByRole('button', { name: `Unsnooze ${step}` })
    .click();
  await expect(dueList(page, 'Overdue')).toContainText([`${step} (Wed 25 Nov)`]);
  await expect(due(page)).not.toContainText('snoozed from');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: the board, the archive and the snooze form have no WCAG 2.2 AA violations and fit 320 px`, async ({
    page,
  }) => {
    // Three full-page axe runs on a page with every tool.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await open(page);
    await expectNoViolations(page, `pipeline ${colorScheme} list`);
    await pipeline(page).getByRole('button', { name: 'Board' }).click();
    await pipeline(page).getByRole('button', { name: 'Archive Dunmore: Designer' }).click();
    await pipeline(page).getByRole('button', { name: 'Show archived (1)' }).click();
    await page.getByLabel('Move Cobalt Bank: Designer to…').selectOption('offer');
    await page.getByRole('button', { name: 'Move Cobalt Bank: Designer' }).click();
    await expect(stage(page, /^Offer/)).toHaveText(['Cobalt Bank: Designer']);
    await due(page)
      .getByRole('button', { name: /^Snooze Fernhill/ })
      .first()
      .click();
    await due(page).getByLabel('Snooze until').fill('');
    await due(page).getByRole('button', { name: 'Save' }).click();
    await expect(due(page).locator('.tool-warning')).toBeVisible();
    await expectNoViolations(page, `pipeline ${colorScheme} board after interaction`);

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoViolations(page, `pipeline ${colorScheme} 320px`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
  });
}
