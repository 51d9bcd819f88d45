import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  HOSTILE,
  WORKSPACE_KEY,
  editApplication,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  tabTo,
} from '../support/tools';

const WORKSPACE = 'workspace/';

type SampleWorkspace = ReturnType<typeof sampleWorkspace>;
type Stored = SampleWorkspace;
/** The first (current) round of an application: v4's interview's follow-up records are kept there. */
const round = (app: SampleWorkspace['applications'][number]) => app.rounds[0]!;

/** Seeds the sample workspace (optionally changed first) and opens My interviews. */
async function openWith(page: Page, change?: (ws: SampleWorkspace) => void): Promise<void> {
  const ws = sampleWorkspace();
  change?.(ws);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(WORKSPACE);
  await expect(cards(page).first()).toBeVisible();
}

/** A copy of the sample's interview with its own ids and company. */
function extraInterview(ws: SampleWorkspace, id: string, company: string, role: string) {
  const base = ws.applications[0]!;
  return {
    ...base,
    id,
    company,
    role,
    people: [
      {
        ...base.people[0]!,
        id: `${id}-p`,
        name: `Someone at ${company}`,
        topics: `the ${company} roadmap`,
      },
    ],
    rounds: [{ ...base.rounds[0]!, met: [`${id}-p`], sent: [] }],
  };
}

/** My interviews' list and pipeline ("Your interviews"). */
const list = (page: Page) => page.locator('.workspace-editor');
/** The interviews' cards in the pipeline ("Your interviews"), stage after stage. */
const cards = (page: Page) =>
  page.getByRole('region', { name: 'Your interviews' }).locator('.pipeline-card');
/** The names on the cards; assertions on it wait, since the pipeline appears once saved data is read. */
const listItems = (page: Page) => cards(page).locator('strong');
/** The form of the application open in "Edit details" on its page, named by its heading. */
const current = (page: Page) => page.locator('section[aria-labelledby="ws-current-heading"]');
const currentHeading = (page: Page) => page.locator('#ws-current-heading');
const person = (page: Page, n: number) =>
  page.getByRole('group', { name: new RegExp(`^Interviewer ${n}(:|$)`) });
const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });
const debriefLink = (page: Page) => page.getByRole('link', { name: 'Debrief a new interview' });

/** The saved workspace as it is once the page has written what it holds. */
const saved = async (page: Page) => (await storedWorkspace(page)) as Stored | null;

/** From My interviews, starts the debrief and saves a new interview by typing its company there. */
async function debriefNew(page: Page, company: string): Promise<void> {
  await debriefLink(page).click();
  await expect(page).toHaveURL(/workspace\/debrief\/$/);
  await label(page, 'Company').fill(company);
  // Saved before the test leaves the page: a person takes longer than the writer's fetch.
  await expect.poll(async () => (await saved(page))?.applications.at(-1)?.company).toBe(company);
}

test('My interviews shows no interview form: each card leads to its own page\'s "Edit details", and "Debrief a new interview" goes to the debrief', async ({
  page,
}) => {
  await openWith(page, (ws) => {
    ws.applications.push(extraInterview(ws, 'iv-2', 'Bluebird Health', 'UX Researcher'));
  });
  await expect(listItems(page)).toHaveText([
    'Fernhill Labs: Product Designer',
    'Bluebird Health: UX Researcher',
  ]);
  // None of the form's fields, buttons or sections: it lives on the application page only.
  for (const name of ['Company', 'Role', 'Date', 'Status', 'Hiring timeline they gave'])
    await expect(label(page, name)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Company' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add an interviewer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a round' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Follow-up steps' })).toHaveCount(0);
  await expect(currentHeading(page)).toHaveCount(0);
  await expect(page.getByText('Open below')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Open Fernhill/ })).toHaveCount(0);
  // Nor the calculator: the application page dates, ticks and exports every step.
  await expect(
    page.getByRole('button', { name: 'Open the hiring-timeline calculator' }),
  ).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open “What to send next”' })).toBeVisible();

  const edit = page.getByRole('link', { name: 'Edit details Bluebird Health: UX Researcher' });
  await expect(edit).toHaveAttribute('href', /workspace\/application\/\?id=iv-2#edit$/);
  await edit.click();
  await expect(currentHeading(page)).toHaveText('Bluebird Health: UX Researcher');
  await expect(label(page, 'Company')).toHaveValue('Bluebird Health');

  await page.goto(WORKSPACE);
  await expect(debriefLink(page)).toHaveClass(/\btool-button\b/);
  await debriefLink(page).click();
  await expect(page).toHaveURL(/workspace\/debrief\/$/);
  await expect(page.getByRole('heading', { name: /The interview/ })).toBeVisible();
});

test('starts empty; a new interview debriefed, then filled in field by field on its page, survives a reload', async ({
  page,
}) => {
  await page.goto(WORKSPACE);
  await expect(page.getByText('No interviews yet.')).toBeVisible();
  await expect(label(page, 'Company')).toHaveCount(0);
  await label(page, 'Your name (for the sign-off)').fill('Sam Rivera');
  await expect.poll(async () => (await saved(page))?.profile.name).toBe('Sam Rivera');

  await debriefNew(page, 'Northwind Traders');
  await editApplication(page);
  await expect(currentHeading(page)).toHaveText('Northwind Traders');
  await label(page, 'Role').fill('Data Analyst');
  await label(page, 'Date').fill('2026-11-23');
  await label(page, 'Start time').fill('09:30');
  await label(page, 'Time zone of that time').selectOption('America/New_York');
  await label(page, 'Format').selectOption({ label: 'On site' });
  await label(page, 'Status').selectOption({ label: 'Offer received' });
  await label(page, 'Hiring timeline they gave').fill('by the end of the month');
  await label(page, 'Qualifications to reaffirm').fill('SQL\nDashboards');
  await expect(currentHeading(page)).toHaveText('Northwind Traders: Data Analyst');

  await page.goto(WORKSPACE);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText(
    'Offer received · 1 round (latest Mon 23 Nov) · 1 person met',
  );
  // The status set in the editor puts the card in the Offer stage.
  await expect(
    page.getByRole('region', { name: 'Offer (1)' }).locator('.pipeline-card'),
  ).toContainText('Northwind Traders: Data Analyst');

  await editApplication(page);
  await person(page, 1).getByLabel('Full name', { exact: true }).fill('Lena Ortiz');
  await page.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
  await expect(person(page, 2)).toBeVisible();
  const second = person(page, 2);
  await second.getByLabel('Full name', { exact: true }).fill('Marcus Chen');
  await second.getByLabel('Job title', { exact: true }).fill('Analytics Director');
  await second.getByLabel('Email', { exact: true }).fill('marcus@example.com');
  await second
    .getByLabel('LinkedIn profile address')
    .fill('https://www.linkedin.com/in/marcus-chen');
  await second.getByLabel('What you talked about').fill('the churn model\nthe on-call rota');
  await second.getByLabel('Shared interests or rapport (optional)').fill('we both row');
  await second.getByLabel('Mailing address for a card').fill('1 Harbour St\nBoston MA');
  await expect(page.getByRole('group', { name: 'Interviewer 2: Marcus Chen' })).toBeVisible();
  await page.goto(WORKSPACE);
  await expect(cards(page).first()).toContainText('2 people met');

  await page.reload();
  await expect(label(page, 'Your name (for the sign-off)')).toHaveValue('Sam Rivera');
  await editApplication(page);
  await expect(label(page, 'Company')).toHaveValue('Northwind Traders');
  await expect(label(page, 'Role')).toHaveValue('Data Analyst');
  await expect(label(page, 'Date')).toHaveValue('2026-11-23');
  await expect(label(page, 'Start time')).toHaveValue('09:30');
  await expect(label(page, 'Time zone of that time')).toHaveValue('America/New_York');
  await expect(label(page, 'Format')).toHaveValue('on-site');
  await expect(label(page, 'Status')).toHaveValue('offer');
  await expect(label(page, 'Hiring timeline they gave')).toHaveValue('by the end of the month');
  await expect(label(page, 'Qualifications to reaffirm')).toHaveValue('SQL\nDashboards');
  await expect(person(page, 1).getByLabel('Full name', { exact: true })).toHaveValue('Lena Ortiz');
  const again = page.getByRole('group', { name: 'Interviewer 2: Marcus Chen' });
  await expect(again.getByLabel('Job title', { exact: true })).toHaveValue('Analytics Director');
  await expect(again.getByLabel('Email', { exact: true })).toHaveValue('marcus@example.com');
  await expect(again.getByLabel('LinkedIn profile address')).toHaveValue(
    'https://www.linkedin.com/in/marcus-chen',
  );
  await expect(again.getByLabel('What you talked about')).toHaveValue(
    'the churn model\nthe on-call rota',
  );
  await expect(again.getByLabel('Shared interests or rapport (optional)')).toHaveValue(
    'we both row',
  );
  await expect(again.getByLabel('Mailing address for a card')).toHaveValue(
    '1 Harbour St\nBoston MA',
  );
});

test.describe('duplicate, delete and undo', () => {
  test('"Duplicate" copies the interview with the same company and nothing marked sent', async ({
    page,
  }) => {
    await openWith(page, (ws) => {
      round(ws.applications[0]!).sent = [
        { kind: 'thank-you-email', personId: 'p-1', at: '2026-11-24T18:00:00.000Z' },
      ];
      round(ws.applications[0]!).steps = { 'action-items': true };
    });
    await editApplication(page, 'iv-1');
    await expect(current(page).getByRole('heading', { name: 'What you have sent' })).toBeVisible();
    await page.goto(WORKSPACE);
    await page.getByRole('button', { name: 'Duplicate Fernhill Labs: Product Designer' }).click();

    await expect(cards(page)).toHaveCount(2);
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Fernhill Labs: Product Designer',
    ]);
    // The copy's "Edit details" takes focus: its form, with the same people but a clean slate.
    await expect(page.getByRole('status').filter({ hasText: 'Made a copy' })).toHaveText(
      'Made a copy of Fernhill Labs: Product Designer: edit its details on its own page.',
    );
    const copyEdit = cards(page)
      .nth(1)
      .getByRole('link', { name: /^Edit details/ });
    await expect(copyEdit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(currentHeading(page)).toHaveText('Fernhill Labs: Product Designer');
    await expect(label(page, 'Company')).toHaveValue('Fernhill Labs');
    await expect(page.getByRole('group', { name: 'Interviewer 2: Tom Okafor' })).toBeVisible();
    await expect(current(page).getByRole('heading', { name: 'What you have sent' })).toHaveCount(0);
    await expect(page.getByLabel('Promised items sent')).not.toBeChecked();

    const saved = (await storedWorkspace(page)) as Stored;
    expect(saved.applications).toHaveLength(2);
    expect(saved.applications[1]!.company).toBe('Fernhill Labs');
    expect(saved.applications[1]!.id).not.toBe('iv-1');
    expect(page.url()).toContain(`?id=${saved.applications[1]!.id}#edit`);
    expect(round(saved.applications[1]!).sent).toEqual([]);
    expect(round(saved.applications[1]!).steps).toEqual({});
    expect(round(saved.applications[0]!).sent).toHaveLength(1);
    expect(saved.currentId).toBe(saved.applications[1]!.id);
  });

  test('"Delete" removes an interview and "Undo" puts it back in the same place', async ({
    page,
  }) => {
    await openWith(page, (ws) => {
      ws.applications.push(
        extraInterview(ws, 'iv-2', 'Bluebird Health', 'UX Researcher'),
        extraInterview(ws, 'iv-3', 'Cobalt Bank', 'Designer'),
      );
      ws.currentId = 'iv-2';
    });
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Bluebird Health: UX Researcher',
      'Cobalt Bank: Designer',
    ]);

    await page.getByRole('button', { name: 'Delete Bluebird Health: UX Researcher' }).click();
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Cobalt Bank: Designer',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
      'Deleted Bluebird Health: UX Researcher.',
    );
    // The nearest one becomes the current one (the one the tools open with) instead.
    const afterDelete = (await storedWorkspace(page)) as Stored;
    expect(afterDelete.applications.map((i) => i.id)).toEqual(['iv-1', 'iv-3']);
    expect(afterDelete.currentId).toBe('iv-3');

    // The Delete button is gone: focus moves to Undo, not to the page body.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Your interviews' })).toBeFocused();
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Bluebird Health: UX Researcher',
      'Cobalt Bank: Designer',
    ]);
    const saved = (await storedWorkspace(page)) as Stored;
    expect(saved.applications.map((i) => i.id)).toEqual(['iv-1', 'iv-2', 'iv-3']);
    expect(saved.currentId).toBe('iv-2');

    // Still there after a reload, and current again: the current application's page shows it.
    await page.reload();
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Bluebird Health: UX Researcher',
      'Cobalt Bank: Designer',
    ]);
    await editApplication(page);
    await expect(currentHeading(page)).toHaveText('Bluebird Health: UX Researcher');
    await expect(label(page, 'Company')).toHaveValue('Bluebird Health');
  });

  test('removing an interviewer and pressing "Undo" brings them back with their details, in order', async ({
    page,
  }) => {
    await openWith(page);
    await editApplication(page, 'iv-1');
    await expect(page.getByRole('group', { name: 'Interviewer 1: Priya Raman' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove Priya Raman' }).click();
    await expect(page.getByRole('group', { name: /Priya Raman/ })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Interviewer 1: Tom Okafor' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
      'Deleted Priya Raman.',
    );
    const afterRemove = ((await storedWorkspace(page)) as Stored).applications[0]!;
    expect(afterRemove.people.map((p) => p.id)).toEqual(['p-2']);
    expect(round(afterRemove).met).toEqual(['p-2']);

    await page.getByRole('button', { name: 'Undo' }).click();
    const priya = page.getByRole('group', { name: 'Interviewer 1: Priya Raman' });
    await expect(priya).toBeVisible();
    await expect(priya.getByLabel('What you talked about')).toHaveValue(
      'the redesign of the onboarding flow',
    );
    await expect(page.getByRole('group', { name: 'Interviewer 2: Tom Okafor' })).toBeVisible();
    const afterUndo = ((await storedWorkspace(page)) as Stored).applications[0]!;
    expect(afterUndo.people.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(round(afterUndo).met).toEqual(['p-1', 'p-2']);
  });
});

test('each card\'s "Edit details" opens that interview\'s form, and an edit there goes to it alone', async ({
  page,
}) => {
  await openWith(page, (ws) => {
    ws.applications.push(extraInterview(ws, 'iv-2', 'Bluebird Health', 'UX Researcher'));
  });
  await page.getByRole('link', { name: 'Edit details Bluebird Health: UX Researcher' }).click();
  await expect(page).toHaveURL(/workspace\/application\/\?id=iv-2#edit$/);
  await expect(currentHeading(page)).toHaveText('Bluebird Health: UX Researcher');
  await expect(label(page, 'Company')).toHaveValue('Bluebird Health');
  await expect(label(page, 'Role')).toHaveValue('UX Researcher');
  await expect(
    page.getByRole('group', { name: 'Interviewer 1: Someone at Bluebird Health' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: /Tom Okafor/ })).toHaveCount(0);

  // An edit goes to the interview whose page this is, not the other one.
  await label(page, 'Role').fill('Senior UX Researcher');
  await page.goto(WORKSPACE);
  await expect(listItems(page)).toHaveText([
    'Fernhill Labs: Product Designer',
    'Bluebird Health: Senior UX Researcher',
  ]);
  await page.getByRole('link', { name: 'Edit details Fernhill Labs: Product Designer' }).click();
  await expect(label(page, 'Role')).toHaveValue('Product Designer');
  const saved = (await storedWorkspace(page)) as Stored;
  expect(saved.applications.map((a) => a.role)).toEqual([
    'Product Designer',
    'Senior UX Researcher',
  ]);
});

test.describe('follow-up steps', () => {
  test('a step ticked by hand stays ticked after a reload, and can be unticked', async ({
    page,
  }) => {
    await openWith(page);
    await editApplication(page, 'iv-1');
    const step = page.getByRole('checkbox', { name: 'Promised items sent' });
    await expect(step).not.toBeChecked();
    await step.check();
    await page.reload();
    await expect(step).toBeChecked();
    await expect(step).toBeEnabled();
    await step.uncheck();
    await page.reload();
    await expect(step).not.toBeChecked();
  });

  test('a thank-you marked sent to everyone shows that step ticked and locked, "marked sent in a tool"', async ({
    page,
  }) => {
    await openWith(page, (ws) => {
      round(ws.applications[0]!).sent = [
        { kind: 'thank-you-email', personId: 'p-1', at: '2026-11-24T18:00:00.000Z' },
        { kind: 'thank-you-email', personId: 'p-2', at: '2026-11-24T18:05:00.000Z' },
        { kind: 'handwritten-note', personId: 'p-1', at: '2026-11-24T19:00:00.000Z' },
      ] as never;
    });
    await editApplication(page, 'iv-1');
    const thanks = page.getByRole('checkbox', { name: 'Thank-you email to each interviewer' });
    await expect(thanks).toBeChecked();
    await expect(thanks).toBeDisabled();
    await expect(thanks).toHaveAccessibleDescription('(marked sent in a tool)');
    await expect(page.getByRole('listitem').filter({ has: thanks })).toContainText(
      '(marked sent in a tool)',
    );
    // A card mailed to only one of the two does not complete the card step.
    const card = page.getByRole('checkbox', { name: 'Handwritten note mailed (optional)' });
    await expect(card).not.toBeChecked();
    await expect(card).toBeEnabled();
    await expect(page.getByRole('listitem').filter({ has: card })).not.toContainText(
      'marked sent in a tool',
    );
    await expect(current(page).getByRole('heading', { name: 'What you have sent' })).toBeVisible();
    await expect(current(page)).toContainText('Thank-you email to Tom Okafor');
    await expect(current(page)).toContainText('Handwritten note to Priya Raman');
  });

  test('a thank-you sent to only one of two interviewers leaves the step open', async ({
    page,
  }) => {
    await openWith(page, (ws) => {
      round(ws.applications[0]!).sent = [
        { kind: 'thank-you-email', personId: 'p-1', at: '2026-11-24T18:00:00.000Z' },
      ] as never;
    });
    await editApplication(page, 'iv-1');
    const thanks = page.getByRole('checkbox', { name: 'Thank-you email to each interviewer' });
    await expect(thanks).not.toBeChecked();
    await expect(thanks).toBeEnabled();
    await expect(page.getByText('(marked sent in a tool)')).toHaveCount(0);
  });
});

test('what is entered for a new interview (debrief, then its details) is used by the thank-you email builder', async ({
  page,
}) => {
  await page.goto(WORKSPACE);
  await debriefNew(page, 'Juniper Robotics');
  await editApplication(page);
  await label(page, 'Role').fill('Firmware Engineer');
  await person(page, 1).getByLabel('Full name', { exact: true }).fill('Aisha Bello');
  await person(page, 1).getByLabel('What you talked about').fill('the motor controller rewrite');
  await page.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
  await person(page, 2).getByLabel('Full name', { exact: true }).fill('Ken Watanabe');
  await expect(page.getByRole('group', { name: 'Interviewer 2: Ken Watanabe' })).toBeVisible();

  await page.goto('tools/thank-you-email/');
  await expect(page.getByRole('heading', { name: 'Email 1: to Aisha Bello' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Email 2: to Ken Watanabe' })).toBeVisible();
  // The tool shows the application's facts (no form of its own) and writes from them.
  await expect(page.locator('.thank-you-builder .tool-summary')).toContainText('Juniper Robotics');
  await expect(page.getByLabel('Company', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Email to Aisha Bello')).toHaveValue(/the motor controller rewrite/);
  await expect(page.getByLabel('Email to Aisha Bello')).toHaveValue(/Juniper Robotics/);
});

test('hostile text in company, name and topics shows as text and runs nothing', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await openWith(page);
  await editApplication(page, 'iv-1');
  await label(page, 'Company').fill(HOSTILE);
  const priya = person(page, 1);
  await priya.getByLabel('Full name', { exact: true }).fill(HOSTILE);
  await priya.getByLabel('What you talked about').fill(HOSTILE);

  await expect(currentHeading(page)).toHaveText(`${HOSTILE}: Product Designer`);
  await expect(page.getByRole('group', { name: `Interviewer 1: ${HOSTILE}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Remove ${HOSTILE}` })).toBeVisible();
  await page.goto(WORKSPACE);
  await expect(listItems(page)).toHaveText([`${HOSTILE}: Product Designer`]);
  await expect(
    page.getByRole('link', { name: `Edit details ${HOSTILE}: Product Designer` }),
  ).toBeVisible();
  await expect(list(page).locator('img')).toHaveCount(0);

  await editApplication(page, 'iv-1');
  await expect(label(page, 'Company')).toHaveValue(HOSTILE);
  await expect(person(page, 1).getByLabel('What you talked about')).toHaveValue(HOSTILE);
  await expect(currentHeading(page)).toHaveText(`${HOSTILE}: Product Designer`);
  // Deleting it names it in the undo notice, as text too.
  await page.getByRole('button', { name: `Remove ${HOSTILE}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
    `Deleted ${HOSTILE}.`,
  );
  await expect(current(page).locator('img')).toHaveCount(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('works with the keyboard alone: debrief a new interview from My interviews and type its company', async ({
  page,
}) => {
  await page.goto(WORKSPACE);
  await expect(debriefLink(page)).toBeVisible();
  await tabTo(page, 'Debrief a new interview');
  await expect(debriefLink(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/workspace\/debrief\/$/);

  await tabTo(page, 'Company');
  await expect(label(page, 'Company')).toBeFocused();
  await page.keyboard.type('Keyboard & Co');
  await expect(label(page, 'Company')).toHaveValue('Keyboard & Co');
  await page.keyboard.press('Tab');
  await expect(label(page, 'Role')).toBeFocused();
  await page.keyboard.type('Tester');
  await expect.poll(async () => (await saved(page))?.applications[0]?.role).toBe('Tester');

  // Back on My interviews, the new interview is listed; a second one the same way.
  await page.goto(WORKSPACE);
  await expect(listItems(page)).toHaveText(['Keyboard & Co: Tester']);
  await tabTo(page, 'Debrief a new interview');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/workspace\/debrief\/$/);
  await tabTo(page, 'Company');
  await page.keyboard.type('Second & Co');
  await expect.poll(async () => (await saved(page))?.applications[1]?.company).toBe('Second & Co');
  await page.goto(WORKSPACE);
  await expect(cards(page)).toHaveCount(2);
  // Its details by keyboard: the card's "Edit details" opens the form with the company.
  await tabTo(page, 'Edit details Keyboard & Co: Tester');
  await page.keyboard.press('Enter');
  await expect(currentHeading(page)).toHaveText('Keyboard & Co: Tester');
  await tabTo(page, 'Company');
  await expect(label(page, 'Company')).toBeFocused();
  await expect(label(page, 'Company')).toHaveValue('Keyboard & Co');
  expect(((await storedWorkspace(page)) as Stored).applications[0]!.company).toBe('Keyboard & Co');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('My interviews with interviews, and the form filled in on the application page, have no WCAG 2.2 AA violations and fit 320 px without scrolling sideways', async ({
      page,
    }) => {
      // Four axe runs, over two pages that each hold several tools.
      test.setTimeout(90_000);
      await openWith(page, (ws) => {
        ws.applications.push(extraInterview(ws, 'iv-2', 'Bluebird Health', 'UX Researcher'));
        round(ws.applications[0]!).sent = [
          { kind: 'thank-you-email', personId: 'p-1', at: '2026-11-24T18:00:00.000Z' },
          { kind: 'thank-you-email', personId: 'p-2', at: '2026-11-24T18:05:00.000Z' },
        ] as never;
      });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      const fits = async (where: string) => {
        await page.setViewportSize({ width: 320, height: 800 });
        await expectNoViolations(page, `${where} ${colorScheme} 320px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${where} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
        await page.setViewportSize({ width: 1280, height: 800 });
      };
      await expectNoViolations(page, `workspace ${colorScheme} desktop`);
      await fits('workspace');

      await editApplication(page, 'iv-1');
      await label(page, 'Hiring timeline they gave').fill('two weeks');
      await person(page, 1)
        .getByLabel('Mailing address for a card')
        .fill('12 Mill Lane\nBristol BS1 4QA');
      await page.getByRole('checkbox', { name: 'Promised items sent' }).check();
      // With the undo notice showing, so its button is checked too.
      await page.getByRole('button', { name: 'Remove Tom Okafor' }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expectNoViolations(page, `interview form ${colorScheme} desktop`);
      await fits('interview form');
    });

    test('the empty workspace has no violations', async ({ page }) => {
      await page.goto(WORKSPACE);
      await expect(page.getByText('No interviews yet.')).toBeVisible();
      await expect(debriefLink(page)).toBeVisible();
      await expectNoViolations(page, `empty workspace ${colorScheme}`);
    });
  });
}
