import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { HOSTILE, sampleWorkspace, seedStorage, tabTo, WORKSPACE_KEY } from '../support/tools';

// Every tool shows the chosen application's current round as a short summary, with a
// link to edit it on the application's page, instead of repeating the interview's form.

/** Each tool page, the class of its island, and form labels it has for fields of its own. */
const TOOLS: { path: string; tool: string; own?: string[] }[] = [
  { path: 'tools/thank-you-email/', tool: '.thank-you-builder' },
  { path: 'tools/handwritten-note/', tool: '.note-planner' },
  { path: 'tools/linkedin-message/', tool: '.linkedin-generator' },
  { path: 'tools/hiring-timeline/', tool: '.timeline-calculator' },
  { path: 'tools/status-inquiry/', tool: '.status-inquiry-writer' },
  { path: 'tools/action-items/', tool: '.action-item-tracker' },
  // The log's own "Date" is the day of an entry, not the interview's.
  { path: 'tools/engagement-log/', tool: '.engagement-log', own: ['Date'] },
];

/** Fields of the interview's form, none of which a tool page may show any more. */
const FORM_LABELS = ['Company', 'Role', 'Date', 'Start time', 'End time', 'Full name', 'Job title'];

type SampleWorkspace = ReturnType<typeof sampleWorkspace>;

async function seed(page: Page, change?: (ws: SampleWorkspace) => void): Promise<void> {
  const ws = sampleWorkspace();
  change?.(ws);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
}

const summary = (page: Page, tool: string) => page.locator(`${tool} .tool-summary`);

for (const { path, tool, own = [] } of TOOLS) {
  test.describe(path, () => {
    test('with a saved application: the summary, no form, and links to edit it', async ({
      page,
    }) => {
      await seed(page, (ws) => {
        const round = ws.applications[0]!.rounds[0]!;
        round.end = '15:00';
        round.timelineBy = 'p-1';
        ws.applications[0]!.people[1]!.role = 'hiring-manager';
      });
      await page.goto(path);
      const s = summary(page, tool);
      await expect(s).toBeVisible();
      await expect(s.getByLabel('Interview', { exact: true })).toHaveValue('iv-1');
      await expect(s).toContainText(
        'Fernhill Labs: Product Designer, Video interview (video call)',
      );
      await expect(s).toContainText(/Tue,? 24 Nov 2026, 14:00–15:00 \(Europe\/London\)/);
      await expect(s).toContainText('Priya Raman (Interviewer), Tom Okafor (Hiring manager)');
      await expect(s).toContainText('“1-2 weeks” (Priya Raman)');
      await expect(s.getByRole('link', { name: 'Edit details' })).toHaveAttribute(
        'href',
        '/workspace/application/?id=iv-1#edit',
      );
      await expect(s.getByRole('link', { name: 'Debrief a new interview' })).toHaveAttribute(
        'href',
        '/workspace/debrief/',
      );
      for (const label of FORM_LABELS.filter((l) => !own.includes(l)))
        await expect(page.getByLabel(label, { exact: true }), label).toHaveCount(0);
      // One h1, and no h2 repeating it: the page's heading names the tool.
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const h1 = await page.getByRole('heading', { level: 1 }).innerText();
      await expect(page.locator(tool).getByRole('heading', { name: h1, exact: true })).toHaveCount(
        0,
      );
    });

    test('with nothing saved: one sentence and "Debrief your interview" first', async ({
      page,
    }) => {
      await page.goto(path);
      const s = summary(page, tool);
      await expect(s).toContainText('No interview is saved in this browser yet');
      const debrief = s.getByRole('link', { name: 'Debrief your interview' });
      await expect(debrief).toHaveAttribute('href', '/workspace/debrief/');
      await expect(s.getByRole('button', { name: 'New interview' })).toBeVisible();
      // The primary action comes first in the keyboard order.
      await tabTo(page, 'Debrief your interview');
      await expect(debrief).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(s.getByRole('button', { name: 'New interview' })).toBeFocused();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing once a blank application is started, ${colorScheme}, and no sideways scroll at 320 px`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(summary(page, tool)).toBeVisible();
        // The empty page is axe-checked in both themes by a11y.spec.ts.
        // "New interview" starts a blank application (dated today, one person to name).
        await summary(page, tool).getByRole('button', { name: 'New interview' }).click();
        await expect(summary(page, tool)).toContainText('Untitled interview, Video interview');
        await expect(summary(page, tool)).toContainText('Person 1 (Interviewer)');
        await expectNoViolations(page, `${path} blank application, ${colorScheme}`);
        await page.setViewportSize({ width: 320, height: 800 });
        // 320 px in the light theme (the dark one changes colours, not layout).
        if (colorScheme === 'light') await expectNoViolations(page, `${path} 320 px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      });
    }
  });
}

test('the summary of a saved application is axe-clean and fits 320 px, light and dark', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await seed(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const { path, tool } of TOOLS) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expect(summary(page, tool)).toBeVisible();
      await expectNoViolations(page, `${path} ${colorScheme}`);
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} ${colorScheme}`).toBeLessThanOrEqual(0);
    }
  }
});

test('the thank-you draft starts within about a screen and a half of the page top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seed(page);
  await page.goto('tools/thank-you-email/');
  const draft = page.getByLabel('Email to Priya Raman', { exact: true });
  await expect(draft).toBeVisible();
  const top = await draft.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThanOrEqual(1350);
});

test('switching the application in the picker changes the summary and the Edit link', async ({
  page,
}) => {
  await seed(page, (ws) => {
    const second = structuredClone(ws.applications[0]!);
    second.id = 'iv-2';
    second.company = 'Northwind';
    second.role = 'Data Analyst';
    ws.applications.push(second);
  });
  await page.goto('tools/linkedin-message/');
  const s = summary(page, '.linkedin-generator');
  await s.getByLabel('Interview', { exact: true }).selectOption('iv-2');
  await expect(s).toContainText('Northwind: Data Analyst');
  await expect(s.getByRole('link', { name: 'Edit details' })).toHaveAttribute(
    'href',
    '/workspace/application/?id=iv-2#edit',
  );
});

test('My interviews shows none of the form either: each card links to its application\'s "Edit details", the one page that holds it', async ({
  page,
}) => {
  await seed(page);
  await page.goto('workspace/');
  const card = page.locator('.pipeline-card', { hasText: 'Fernhill Labs: Product Designer' });
  await expect(card.getByRole('link', { name: /^Edit details/ })).toHaveAttribute(
    'href',
    '/workspace/application/?id=iv-1#edit',
  );
  for (const label of FORM_LABELS)
    await expect(page.getByLabel(label, { exact: true }), label).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Debrief a new interview' })).toHaveAttribute(
    'href',
    '/workspace/debrief/',
  );
  await page.goto('workspace/application/?id=iv-1#edit');
  for (const label of FORM_LABELS)
    await expect(page.getByLabel(label, { exact: true }).first(), label).toBeVisible();
});

test('a detail a tool needs, when missing, is asked for with a link, not a form', async ({
  page,
}) => {
  await seed(page, (ws) => {
    const round = ws.applications[0]!.rounds[0]!;
    round.met = [];
    round.date = '';
  });
  const edit = '/workspace/application/?id=iv-1#edit';
  await page.goto('tools/thank-you-email/');
  const needs = page.locator('.thank-you-builder').getByText('A thank-you needs someone to thank');
  await expect(needs).toBeVisible();
  await expect(needs.getByRole('link', { name: 'Edit details' })).toHaveAttribute('href', edit);
  await expect(page.getByRole('button', { name: 'Add another interviewer' })).toHaveCount(0);
  await expect(
    page.locator('.thank-you-builder').getByText("Add the interview's date and start time in"),
  ).toBeVisible();

  await page.goto('tools/hiring-timeline/');
  const date = page
    .locator('.timeline-calculator')
    .getByText("The plan needs the interview's date");
  await expect(date.getByRole('link', { name: 'Edit details' })).toHaveAttribute('href', edit);

  await page.goto('tools/handwritten-note/');
  const card = page.locator('.note-planner').getByText('A card needs someone to write to');
  await expect(card.getByRole('link', { name: 'Edit details' })).toHaveAttribute('href', edit);
  await expect(page.getByRole('button', { name: 'Add an interviewer' })).toHaveCount(0);

  await page.goto('tools/linkedin-message/');
  const li = page.locator('.linkedin-generator').getByText('A LinkedIn message needs someone');
  await expect(li.getByRole('link', { name: 'Edit details' })).toHaveAttribute('href', edit);
});

test('the summary shows saved text as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await seed(page, (ws) => {
    const app = ws.applications[0]!;
    app.company = HOSTILE;
    app.role = HOSTILE;
    app.people[0]!.name = HOSTILE;
    app.rounds[0]!.timeline = HOSTILE;
  });
  for (const { path, tool } of TOOLS) {
    await page.goto(path);
    const s = summary(page, tool);
    await expect(s).toContainText(`${HOSTILE}: ${HOSTILE}, Video interview`);
    await expect(s).toContainText(`${HOSTILE} (Interviewer)`);
    await expect(s).toContainText(`“${HOSTILE}”`);
    await expect(page.locator(`${tool} img`)).toHaveCount(0);
  }
  expect(dialogs).toBe(0);
});
