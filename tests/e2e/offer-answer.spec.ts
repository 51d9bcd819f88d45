// Answering an offer on the application page, in Chromium on the built site: the user
// records an offer with its deadline in Edit details, then accepts it (start date and
// terms in the email, the mail link, marked sent, the step done, and the outcome
// recorded as accepted when they say so), or declines it with the keyboard alone; axe
// after interaction in both themes and at 320 px.
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  WORKSPACE_KEY,
  readClipboard,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  tabTo,
} from '../support/tools';

// The sample interview was on Tue 24 Nov 2026 in London; the offer comes on Thu 26 Nov.
test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });
const NOW = new Date('2026-11-26T10:00:00Z');
const STEP = "Answer Fernhill Labs's offer";

const due = (page: Page) => page.getByRole('region', { name: 'What to send, in order' });
const step = (page: Page) => due(page).locator('.tool-step', { hasText: STEP });

/** The mail link's body, decoded. */
async function mailBody(page: Page): Promise<string> {
  const href = await step(page)
    .getByRole('link', { name: /^Open in my email app/ })
    .getAttribute('href');
  return decodeURIComponent(new URL(href!).searchParams.get('body') ?? '');
}

/** The sample with an offer already recorded, answer by Fri 4 December. */
function withOffer() {
  const ws = sampleWorkspace();
  ws.applications[0]!.outcomes.push({
    status: 'offer',
    at: '2026-11-26',
    deadline: '2026-12-04',
    note: '',
  });
  return ws;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    // Each walk once, each theme once: accepting in the light theme, declining in the
    // dark; both check axe after the interaction, declining also at 320 px.
    if (colorScheme === 'light')
      test('records an offer with its deadline, accepts it with the start date and terms, sends it, and records the acceptance', async ({
        page,
        context,
      }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
        await page.clock.setFixedTime(NOW);
        await page.goto('workspace/application/?id=iv-1#edit');
        const details = page.locator('details#edit');
        await details.getByLabel('Status', { exact: true }).selectOption('offer');
        await details.getByLabel('They want an answer by (optional)').fill('2026-12-04');
        await expect(step(page)).toContainText('Fri 4 Dec');
        await expect(step(page).locator('.tool-badge')).toHaveText('Upcoming');

        await step(page).locator('summary', { hasText: 'The draft' }).click();
        const accept = step(page).getByRole('radio', { name: 'Accept' });
        await expect(accept).toBeChecked();
        await accept.check();
        await step(page).getByLabel('Start date (optional)').fill('2027-01-04');
        await step(page)
          .getByLabel('Salary or other terms, as offered (optional)')
          .fill('£52,000 a year, four days a week');
        const body = step(page).getByLabel('Email to Priya Raman', { exact: true });
        await expect(body).toHaveValue(/I'm delighted to accept it\./);
        await expect(body).toHaveValue(/the Product Designer role at Fernhill Labs/);
        await expect(body).toHaveValue(/I look forward to starting on Monday 4 January\./);
        await expect(body).toHaveValue(/£52,000 a year, four days a week\./);
        // No offer letter yet: the email asks for it.
        await expect(body).toHaveValue(/offer letter is ready/);
        await step(page).getByText('I have the offer letter or contract').click();
        await expect(body).not.toHaveValue(/offer letter is ready/);
        await expect(body).toHaveValue(/As set out in your offer letter/);

        const mail = await mailBody(page);
        expect(mail).toContain('Monday 4 January');
        expect(mail).toContain('Product Designer');
        await expect(
          step(page).getByRole('link', { name: /^Open in my email app/ }),
        ).toHaveAttribute('href', /^mailto:priya@example\.com\?/);
        await step(page).getByRole('button', { name: 'Copy email to Priya Raman' }).click();
        expect(await readClipboard(page)).toContain('Monday 4 January');

        await step(page).getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
        await expect(step(page).locator('.tool-badge')).toHaveText('Done');
        // Kept across a reload: the answer, the draft and "sent".
        await page.reload();
        await expect(step(page).locator('.tool-badge')).toHaveText('Done');
        await step(page).locator('summary', { hasText: 'The draft' }).click();
        await expect(step(page).getByLabel('Start date (optional)')).toHaveValue('2027-01-04');

        await expectNoViolations(page, `offer accepted ${colorScheme}`);

        // Recording the acceptance is the user's call, one press.
        await step(page).getByRole('button', { name: 'Record that I accepted' }).click();
        await expect(page.locator('#hub-due-heading')).toBeFocused();
        await expect(page.locator('.hub-facts')).toContainText('Offer accepted');
        await expect(step(page)).toHaveCount(0);
        const saved = (await storedWorkspace(page)) as {
          applications: {
            outcomes: { status: string }[];
            rounds: { sent: { kind: string }[] }[];
          }[];
        };
        expect(saved.applications[0]!.outcomes.at(-1)!.status).toBe('accepted');
        expect(saved.applications[0]!.rounds[0]!.sent.map((s) => s.kind)).toEqual([
          'offer-acceptance',
        ]);

        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        await expectNoViolations(page, `after recording the acceptance ${colorScheme}`);
      });

    if (colorScheme === 'dark')
      test('declines an offer with the keyboard alone: a one-line reason, the door left open, marked sent', async ({
        page,
      }) => {
        await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(withOffer()) });
        await page.clock.setFixedTime(NOW);
        await page.goto('workspace/application/?id=iv-1');
        await expect(step(page)).toContainText('Fri 4 Dec');

        await tabTo(page, `The draft (${STEP})`, 200);
        await page.keyboard.press('Enter');
        // Into the choice: the checked radio takes focus, and an arrow moves to Decline.
        await page.keyboard.press('Tab');
        await expect(step(page).getByRole('radio', { name: 'Accept' })).toBeFocused();
        await page.keyboard.press('ArrowDown');
        await expect(step(page).getByRole('radio', { name: 'Decline' })).toBeChecked();
        await tabTo(page, 'Your reason, in one line (optional)');
        await page.keyboard.type("I've accepted a role closer to home");
        const body = step(page).getByLabel('Email to Priya Raman', { exact: true });
        await expect(body).toHaveValue(/decided to decline the offer\./);
        await expect(body).toHaveValue(/in short, I've accepted a role closer to home\./);
        await expect(body).toHaveValue(/stay in touch/);
        expect(await mailBody(page)).toContain("I've accepted a role closer to home");

        await tabTo(page, 'Mark as sent to Priya Raman');
        await page.keyboard.press('Enter');
        await expect(step(page).locator('.tool-badge')).toHaveText('Done');
        // Declining offers no "accepted" to record.
        await expect(
          step(page).getByRole('button', { name: 'Record that I accepted' }),
        ).toHaveCount(0);

        await expectNoViolations(page, `offer declined ${colorScheme}`);
        await page.setViewportSize({ width: 320, height: 800 });
        await expectNoViolations(page, `offer declined ${colorScheme} 320px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
      });
  });
}
