// "What to send next" on My interviews, in Chromium on the built site: an offer at one
// company dates a note to another, drafted and marked sent; a rejection and a withdrawal
// bring their own steps and drafts; all of it readable (axe) in both themes and at 320 px.
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { WORKSPACE_KEY, sampleWorkspace, seedStorage } from '../support/tools';
import { addDays, shortDate } from '../../src/lib/dates/iso-date';
import { nextBusinessDay, onOrNextBusinessDay } from '../../src/lib/timeline/business-days';

/** Today on this machine's calendar (the browser runs on the same clock and zone). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** A YYYY-MM-DD day as the drafts write it ("Tuesday 15 December"). */
const longDay = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

/** A (Fernhill Labs, London, two interviewers), B (Brookside, with a recruiter) and C (Cobalt); B is open. */
function search() {
  const ws = sampleWorkspace();
  const a = ws.applications[0]!;
  const copy = (id: string, company: string, people: typeof a.people) => ({
    ...a,
    id,
    company,
    role: 'Designer',
    people,
    rounds: [{ ...a.rounds[0]!, id: `${id}-r`, met: [people[0]!.id] }],
    outcomes: [],
  });
  ws.applications.push(
    copy('iv-2', 'Brookside', [
      {
        ...a.people[0]!,
        id: 'b-rec',
        role: 'recruiter',
        name: 'Dana Cole',
        email: 'dana@brookside.example',
      },
    ]),
    copy('iv-3', 'Cobalt', [
      { ...a.people[0]!, id: 'c-1', name: 'Lee Park', email: 'lee@cobalt.example' },
    ]),
  );
  ws.currentId = 'iv-2';
  return ws;
}

const tool = (page: Page) => page.locator('.next-steps');
const card = (page: Page, title: string) => tool(page).locator('.tool-step', { hasText: title });

async function openNextSteps(page: Page) {
  // The button is in the page's HTML before its island hydrates (client:visible): press
  // it again until the tool opens.
  await expect(async () => {
    const open = page.getByRole('button', { name: 'Open “What to send next”' });
    if (await open.isVisible()) await open.click();
    await expect(tool(page).getByRole('heading', { name: 'What to send next' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
}
const pick = (page: Page, id: string) =>
  tool(page).getByLabel('Interview', { exact: true }).selectOption(id);
/** Sets where an application stands by "Move to…" on its card: My interviews has no form. */
async function status(page: Page, id: string, value: string): Promise<void> {
  const card = page.locator(`.pipeline-card[data-id="${id}"]`);
  await card.getByRole('combobox', { name: /^Move .* to…$/ }).selectOption(value);
  await card.getByRole('button', { name: /^Move / }).click();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('an offer elsewhere, a rejection and a withdrawal, each with its dated step and draft', async ({
      page,
    }) => {
      const day = today();
      const deadline = addDays(day, 14);
      await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(search()) });
      await page.goto('workspace/');
      await openNextSteps(page);

      // B gets an offer, with a deadline.
      await status(page, 'iv-2', 'offer');
      await expect(tool(page).getByText('Where it stands: Offer received')).toBeVisible();
      await tool(page).getByLabel('They want an answer by (optional)').fill(deadline);
      await expect(card(page, 'Answer Brookside’s offer'.replace('’', "'"))).toContainText(
        shortDate(deadline),
      );

      // A: tell them about the offer, the business day after it came.
      await pick(page, 'iv-1');
      const title = 'Tell Fernhill Labs about your offer from Brookside';
      const expedite = card(page, title);
      await expect(expedite).toContainText(shortDate(nextBusinessDay(day, [])));
      await expect(expedite.locator('.tool-badge')).toHaveText('Upcoming');
      await expedite.getByText('Draft the message').click();
      const body = expedite.getByLabel('Email to Priya Raman');
      await expect(body).toHaveValue(new RegExp(`by ${longDay(deadline)}`));
      await expect(body).toHaveValue(/^Hi Priya,/);
      await expect(expedite.getByText(/\d+ words · aim for 60–150/)).toBeVisible();
      await expect(expedite.getByRole('link', { name: /Open in my email app/ })).toHaveAttribute(
        'href',
        /^mailto:priya@example\.com\?/,
      );
      await expedite.getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
      await expect(expedite.locator('.tool-badge')).toHaveText('Sent');

      // Reload: still sent.
      await page.reload();
      await openNextSteps(page);
      await expect(card(page, title).locator('.tool-badge')).toHaveText('Sent');

      // A is turned down: a gracious reply, and a reconnect note months later.
      await status(page, 'iv-1', 'rejected');
      const reply = card(page, 'Reply to Fernhill Labs graciously');
      await expect(reply).toBeVisible();
      await expect(card(page, 'Get back in touch with Fernhill Labs')).toBeVisible();
      await reply.getByText('Draft the message').click();
      await expect(reply.getByLabel('Email to Priya Raman')).toHaveValue(
        /Thank you for letting me know/,
      );

      // C: the user withdraws.
      await pick(page, 'iv-3');
      await status(page, 'iv-3', 'withdrawn');
      const out = card(page, 'Tell Cobalt you are withdrawing');
      // As soon as decided: today, or the next business day on a weekend.
      await expect(out).toContainText(shortDate(onOrNextBusinessDay(day, [])));
      await out.getByText('Draft the message').click();
      await expect(out.getByLabel('Email to Lee Park')).toHaveValue(/withdraw my application/);

      // "What is due" lists the same steps.
      await expect(page.locator('.due-summary')).toContainText('Tell Cobalt you are withdrawing');

      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      await expectNoViolations(page, `outcomes ${colorScheme} desktop`);
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoViolations(page, `outcomes ${colorScheme} 320px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    });
  });
}
