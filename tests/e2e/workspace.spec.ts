import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  HOSTILE,
  WORKSPACE_KEY,
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

/** Seeds the sample workspace (optionally changed first) and opens the workspace page. */
async function openWith(page: Page, change?: (ws: SampleWorkspace) => void): Promise<void> {
  const ws = sampleWorkspace();
  change?.(ws);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(WORKSPACE);
  await expect(editor(page)).toBeVisible();
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

const editor = (page: Page) => page.locator('.workspace-editor');
/** The interviews' cards in the pipeline ("Your interviews"), stage after stage. */
const cards = (page: Page) =>
  page.getByRole('region', { name: 'Your interviews' }).locator('.pipeline-card');
/** The names on the cards; assertions on it wait, since the pipeline appears once saved data is read. */
const listItems = (page: Page) => cards(page).locator('strong');
/** The open interview's section, named by its heading. */
const current = (page: Page) => page.locator('section[aria-labelledby="ws-current-heading"]');
const currentHeading = (page: Page) => page.locator('#ws-current-heading');
const person = (page: Page, n: number) =>
  page.getByRole('group', { name: new RegExp(`^Interviewer ${n}(:|$)`) });
const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

test('starts empty; a new interview filled in field by field survives a reload', async ({
  page,
}) => {
  await page.goto(WORKSPACE);
  await expect(page.getByText('No interviews yet.')).toBeVisible();
  await expect(label(page, 'Company')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add an interview', exact: true }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect(currentHeading(page)).toHaveText('Untitled interview');
  await expect(cards(page).first()).toContainText('Open below');

  await label(page, 'Your name (for the sign-off)').fill('Sam Rivera');
  await label(page, 'Company').fill('Northwind Traders');
  await label(page, 'Role').fill('Data Analyst');
  await label(page, 'Date').fill('2026-11-23');
  await label(page, 'Start time').fill('09:30');
  await label(page, 'Time zone of that time').selectOption('America/New_York');
  await label(page, 'Format').selectOption({ label: 'On site' });
  await label(page, 'Status').selectOption({ label: 'Offer received' });
  await label(page, 'Hiring timeline they gave').fill('by the end of the month');
  await label(page, 'Qualifications to reaffirm').fill('SQL\nDashboards');

  await expect(currentHeading(page)).toHaveText('Northwind Traders: Data Analyst');
  await expect(cards(page).first()).toContainText(
    'Offer received · 1 round (latest Mon 23 Nov) · 1 person met',
  );
  // The status set in the editor puts the card in the Offer stage.
  await expect(
    page.getByRole('region', { name: 'Offer (1)' }).locator('.pipeline-card'),
  ).toContainText('Northwind Traders: Data Analyst');

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
  await expect(cards(page).first()).toContainText('2 people met');

  await page.reload();
  await expect(label(page, 'Your name (for the sign-off)')).toHaveValue('Sam Rivera');
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
    await expect(current(page).getByRole('heading', { name: 'What you have sent' })).toBeVisible();
    await page.getByRole('button', { name: 'Duplicate Fernhill Labs: Product Designer' }).click();

    await expect(cards(page)).toHaveCount(2);
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Fernhill Labs: Product Designer',
    ]);
    // The copy is the one open below, with the same people but a clean slate.
    await expect(cards(page).nth(1)).toContainText('Open below');
    await expect(label(page, 'Company')).toHaveValue('Fernhill Labs');
    await expect(page.getByRole('group', { name: 'Interviewer 2: Tom Okafor' })).toBeVisible();
    await expect(current(page).getByRole('heading', { name: 'What you have sent' })).toHaveCount(0);
    await expect(page.getByLabel('Promised items sent')).not.toBeChecked();

    const saved = (await storedWorkspace(page)) as Stored;
    expect(saved.applications).toHaveLength(2);
    expect(saved.applications[1]!.company).toBe('Fernhill Labs');
    expect(saved.applications[1]!.id).not.toBe('iv-1');
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
    await expect(currentHeading(page)).toHaveText('Bluebird Health: UX Researcher');

    await page.getByRole('button', { name: 'Delete Bluebird Health: UX Researcher' }).click();
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Cobalt Bank: Designer',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
      'Deleted Bluebird Health: UX Researcher.',
    );
    // The nearest one is opened instead.
    await expect(currentHeading(page)).toHaveText('Cobalt Bank: Designer');
    expect(((await storedWorkspace(page)) as Stored).applications.map((i) => i.id)).toEqual([
      'iv-1',
      'iv-3',
    ]);

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
    await expect(currentHeading(page)).toHaveText('Bluebird Health: UX Researcher');
    await expect(label(page, 'Company')).toHaveValue('Bluebird Health');
    const saved = (await storedWorkspace(page)) as Stored;
    expect(saved.applications.map((i) => i.id)).toEqual(['iv-1', 'iv-2', 'iv-3']);
    expect(saved.currentId).toBe('iv-2');

    // Still there after a reload.
    await page.reload();
    await expect(listItems(page)).toHaveText([
      'Fernhill Labs: Product Designer',
      'Bluebird Health: UX Researcher',
      'Cobalt Bank: Designer',
    ]);
  });

  test('removing an interviewer and pressing "Undo" brings them back with their details, in order', async ({
    page,
  }) => {
    await openWith(page);
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

test('"Open" switches the interview shown in the editor', async ({ page }) => {
  await openWith(page, (ws) => {
    ws.applications.push(extraInterview(ws, 'iv-2', 'Bluebird Health', 'UX Researcher'));
  });
  await expect(currentHeading(page)).toHaveText('Fernhill Labs: Product Designer');
  await expect(
    page.getByRole('button', { name: 'Open Fernhill Labs: Product Designer' }),
  ).toHaveCount(0);

  await page.getByRole('button', { name: 'Open Bluebird Health: UX Researcher' }).click();
  await expect(currentHeading(page)).toHaveText('Bluebird Health: UX Researcher');
  await expect(label(page, 'Company')).toHaveValue('Bluebird Health');
  await expect(label(page, 'Role')).toHaveValue('UX Researcher');
  await expect(
    page.getByRole('group', { name: 'Interviewer 1: Someone at Bluebird Health' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: /Tom Okafor/ })).toHaveCount(0);
  await expect(cards(page).nth(1)).toContainText('Open below');

  // An edit now goes to the interview that is open, not the other one.
  await label(page, 'Role').fill('Senior UX Researcher');
  await page.getByRole('button', { name: 'Open Fernhill Labs: Product Designer' }).click();
  await expect(label(page, 'Role')).toHaveValue('Product Designer');
  await expect(listItems(page)).toHaveText([
    'Fernhill Labs: Product Designer',
    'Bluebird Health: Senior UX Researcher',
  ]);
  expect(((await storedWorkspace(page)) as Stored).currentId).toBe('iv-1');
});

test.describe('follow-up steps', () => {
  test('a step ticked by hand stays ticked after a reload, and can be unticked', async ({
    page,
  }) => {
    await openWith(page);
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
    const thanks = page.getByRole('checkbox', { name: 'Thank-you email to each interviewer' });
    await expect(thanks).not.toBeChecked();
    await expect(thanks).toBeEnabled();
    await expect(page.getByText('(marked sent in a tool)')).toHaveCount(0);
  });
});

test('what is entered on the workspace page is used by the thank-you email builder', async ({
  page,
}) => {
  await page.goto(WORKSPACE);
  await page.getByRole('button', { name: 'Add an interview', exact: true }).click();
  await label(page, 'Company').fill('Juniper Robotics');
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
  await label(page, 'Company').fill(HOSTILE);
  const priya = person(page, 1);
  await priya.getByLabel('Full name', { exact: true }).fill(HOSTILE);
  await priya.getByLabel('What you talked about').fill(HOSTILE);

  await expect(currentHeading(page)).toHaveText(`${HOSTILE}: Product Designer`);
  await expect(listItems(page)).toHaveText([`${HOSTILE}: Product Designer`]);
  await expect(page.getByRole('group', { name: `Interviewer 1: ${HOSTILE}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Remove ${HOSTILE}` })).toBeVisible();

  await page.reload();
  await expect(label(page, 'Company')).toHaveValue(HOSTILE);
  await expect(person(page, 1).getByLabel('What you talked about')).toHaveValue(HOSTILE);
  await expect(currentHeading(page)).toHaveText(`${HOSTILE}: Product Designer`);
  // Deleting it names it in the undo notice, as text too.
  await page.getByRole('button', { name: `Remove ${HOSTILE}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
    `Deleted ${HOSTILE}.`,
  );
  await expect(editor(page).locator('img')).toHaveCount(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('works with the keyboard alone: add an interview and type its company', async ({ page }) => {
  await page.goto(WORKSPACE);
  const addInterview = page.getByRole('button', { name: 'Add an interview', exact: true });
  await expect(addInterview).toBeVisible();
  await tabTo(page, 'Add an interview');
  await expect(addInterview).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(currentHeading(page)).toHaveText('Untitled interview');
  // Focus stays on the button after the list appears above it.
  await expect(addInterview).toBeFocused();

  await tabTo(page, 'Company');
  await expect(label(page, 'Company')).toBeFocused();
  await page.keyboard.type('Keyboard & Co');
  await expect(label(page, 'Company')).toHaveValue('Keyboard & Co');
  await expect(currentHeading(page)).toHaveText('Keyboard & Co');

  await page.keyboard.press('Tab');
  await expect(label(page, 'Role')).toBeFocused();
  await page.keyboard.type('Tester');
  await expect(currentHeading(page)).toHaveText('Keyboard & Co: Tester');

  // Back to the button with Shift+Tab (Role, Company, then the button), and a second interview with Space.
  await page.keyboard.press('Shift+Tab');
  await expect(label(page, 'Company')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(addInterview).toBeFocused();
  await page.keyboard.press('Space');
  await expect(cards(page)).toHaveCount(2);
  await expect(currentHeading(page)).toHaveText('Untitled interview');
  expect(((await storedWorkspace(page)) as Stored).applications[0]!.company).toBe('Keyboard & Co');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the filled-in workspace has no WCAG 2.2 AA violations, and fits 320 px without scrolling sideways', async ({
      page,
    }) => {
      await openWith(page, (ws) => {
        ws.applications.push(extraInterview(ws, 'iv-2', 'Bluebird Health', 'UX Researcher'));
        round(ws.applications[0]!).sent = [
          { kind: 'thank-you-email', personId: 'p-1', at: '2026-11-24T18:00:00.000Z' },
          { kind: 'thank-you-email', personId: 'p-2', at: '2026-11-24T18:05:00.000Z' },
        ] as never;
      });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      await label(page, 'Hiring timeline they gave').fill('two weeks');
      await person(page, 1)
        .getByLabel('Mailing address for a card')
        .fill('12 Mill Lane\nBristol BS1 4QA');
      await page.getByRole('checkbox', { name: 'Promised items sent' }).check();
      // With the undo notice showing, so its button is checked too.
      await page.getByRole('button', { name: 'Remove Tom Okafor' }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expectNoViolations(page, `workspace ${colorScheme} desktop`);

      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoViolations(page, `workspace ${colorScheme} 320px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    });

    test('the empty workspace has no violations', async ({ page }) => {
      await page.goto(WORKSPACE);
      await expect(page.getByText('No interviews yet.')).toBeVisible();
      await expectNoViolations(page, `empty workspace ${colorScheme}`);
    });
  });
}
