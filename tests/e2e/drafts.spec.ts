import { expect, test, type Page } from '@playwright/test';
import {
  editApplication,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  WORKSPACE_KEY,
} from '../support/tools';

// The one draft panel every builder shares (parts/DraftPanel, lib/messages/draft-rule):
// the same mail-link fallback, the same "details changed" notice, the same start-again
// question, in each builder. The builders' own specs test the rest.

type SampleWorkspace = ReturnType<typeof sampleWorkspace>;

async function openWith(
  page: Page,
  path: string,
  change?: (ws: SampleWorkspace) => void,
): Promise<void> {
  const ws = sampleWorkspace();
  change?.(ws);
  await page.clock.setFixedTime(new Date('2026-12-11T10:00:00Z'));
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(path);
}

const LONG = 'Hi, ' + 'thank you again for a great conversation. '.repeat(80);
const TOO_LONG = 'Too long to open as a link in some email apps: copy and paste it instead.';

test('a draft too long for a mail link says so and offers copying, in the thank-you builder and the status inquiry alike', async ({
  page,
}) => {
  await openWith(page, 'tools/thank-you-email/');
  const builder = page.locator('.thank-you-builder');
  const email = builder.getByLabel('Email to Priya Raman', { exact: true });
  const emailLink = builder.getByRole('link', {
    name: 'Open in my email app (email to Priya Raman)',
  });
  await expect(emailLink).toBeVisible();
  await email.fill(LONG);
  await expect(builder.getByText(TOO_LONG)).toBeVisible();
  await expect(emailLink).toHaveCount(0);
  await expect(builder.getByRole('button', { name: 'Copy email to Priya Raman' })).toBeVisible();

  await page.goto('tools/status-inquiry/');
  const writer = page.locator('.status-inquiry-writer');
  const inquiry = writer.getByLabel('Status inquiry to Priya Raman', { exact: true });
  const inquiryLink = writer.getByRole('link', {
    name: 'Open in my email app (status inquiry to Priya Raman)',
  });
  await expect(inquiryLink).toHaveAttribute('href', /^mailto:priya@example\.com\?subject=/);
  await inquiry.fill(LONG);
  await expect(writer.getByText(TOO_LONG)).toBeVisible();
  await expect(inquiryLink).toHaveCount(0);
  await expect(writer.getByRole('button', { name: 'Copy status inquiry' })).toBeVisible();
  // Short again: the link is back.
  await inquiry.fill('Hi Priya, a short note.');
  await expect(inquiryLink).toBeVisible();
  await expect(writer.getByText(TOO_LONG)).toHaveCount(0);
});

test('an edited status inquiry is kept when the details change, flagged, and replaced only after "Yes"', async ({
  page,
}) => {
  await openWith(page, 'tools/status-inquiry/');
  const writer = page.locator('.status-inquiry-writer');
  const inquiry = writer.getByLabel('Status inquiry to Priya Raman', { exact: true });
  const stale = writer.getByText(
    'Your details changed after you edited this status inquiry; it is kept as you wrote it.',
    { exact: false },
  );
  const mine = 'Hi Priya, just checking in on my own terms.';
  // The kit's draft first, as the user sees it, then theirs over it.
  await expect(inquiry).toHaveValue(/^Hi Priya,\n/);
  await inquiry.fill(mine);
  await expect(stale).toHaveCount(0);

  // The timeline changes on another page (the application's details); the edit stays, with the notice.
  await editApplication(page, 'iv-1');
  await page.getByLabel('Hiring timeline they gave', { exact: true }).fill('3 weeks');
  await page.goto('tools/status-inquiry/');
  await expect(inquiry).toHaveValue(mine);
  await expect(stale).toBeVisible();

  const startAgain = writer.getByRole('button', {
    name: 'Start again from my details (status inquiry to Priya Raman)',
  });
  const question = writer.getByRole('group', {
    name: /^Replace your edited status inquiry to Priya Raman/,
  });
  await startAgain.click();
  await question.getByRole('button', { name: /^Keep my edits/ }).click();
  await expect(inquiry).toHaveValue(mine);
  await startAgain.click();
  await question.getByRole('button', { name: /^Yes, start again/ }).click();
  await expect(inquiry).toHaveValue(/within 3 weeks/);
  await expect(stale).toHaveCount(0);
});

test('an edited LinkedIn message shows the notice when the detail it was built around changes', async ({
  page,
}) => {
  await openWith(page, 'tools/linkedin-message/', (ws) => {
    ws.applications[0]!.people[0]!.topics =
      'the redesign of the onboarding flow\nthe accessibility audit';
  });
  const tool = page.locator('.linkedin-generator');
  const message = tool.getByLabel('Message to Priya Raman', { exact: true });
  await message.fill('Hi Priya, thanks for connecting.');
  await message.blur();
  const stale = tool.getByText('Your details changed after you edited this message', {
    exact: false,
  });
  await expect(stale).toHaveCount(0);
  await tool
    .getByLabel('Detail to mention', { exact: true })
    .selectOption('the accessibility audit');
  await expect(stale).toBeVisible();
  await expect(message).toHaveValue('Hi Priya, thanks for connecting.');
});

test('drafts an earlier build saved as edited read as edited, with no false "details changed" notice', async ({
  page,
}) => {
  // As the v4 build wrote them: edited, and no fingerprint of what they were made from.
  const old = {
    subject: 'Thank you — Product Designer',
    body: 'Hi Priya, written in an earlier version of the kit.',
    edited: true,
    tone: 'warm',
  };
  await openWith(page, 'tools/thank-you-email/', (ws) => {
    ws.applications[0]!.rounds[0]!.drafts['thank-you-email:p-1'] = old;
  });
  const builder = page.locator('.thank-you-builder');
  await expect(builder.getByLabel('Email to Priya Raman', { exact: true })).toHaveValue(old.body);
  await expect(builder.getByLabel('Subject').first()).toHaveValue(old.subject);
  await expect(builder.getByText('Your details changed', { exact: false })).toHaveCount(0);
  // Editing it again records what it was made from: from then on, changes show.
  await builder.getByLabel('Email to Priya Raman', { exact: true }).fill('Hi Priya, edited now.');
  await expect
    .poll(async () => {
      const ws = (await storedWorkspace(page)) as {
        applications: { rounds: { drafts: Record<string, { basis?: string }> }[] }[];
      };
      return ws.applications[0]!.rounds[0]!.drafts['thank-you-email:p-1']?.basis;
    })
    .toMatch(/^[0-9a-z]+$/);
});
