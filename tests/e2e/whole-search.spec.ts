// One candidate's whole search, typed into the built site by a new user in Chromium: a
// London interview on a Friday, 10:00–11:30, with two interviewers, "1-2 weeks" and a
// promised SQL sample; a second round; an offer elsewhere with a deadline; a rejection and
// a withdrawal. Each gets its dated step and a sendable draft, and all of it is still
// there after a reload and with the server stopped, readable (axe) in both themes.
import type { ChildProcess } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { startServer } from '../support/serve';
import { editApplication, storedWorkspace } from '../support/tools';
import { precacheUrls, stopServer, waitForOfflineCopy } from '../support/offline';

// The candidate is in London, on the afternoon of the interview.
test.use({ timezoneId: 'Europe/London', locale: 'en-GB', serviceWorkers: 'allow' });
const NOW = new Date('2026-12-04T14:00:00Z');

const label = (scope: Page | Locator, text: string) => scope.getByLabel(text, { exact: true });
const person = (page: Page, n: number) =>
  page.getByRole('group', { name: new RegExp(`^Interviewer ${n}(:|$)`) });
const nextSteps = (page: Page) => page.locator('.next-steps');
const card = (page: Page, title: string) =>
  nextSteps(page).locator('.tool-step', { hasText: title });
const planStep = (scope: Locator, title: string) =>
  scope.locator('li.tool-step').filter({ has: scope.page().locator('strong', { hasText: title }) });

/** The company of the last application saved, once the page has written what it holds. */
const lastCompany = async (page: Page) =>
  (
    (await storedWorkspace(page)) as { applications: { company: string }[] } | null
  )?.applications.at(-1)?.company;

/**
 * A new application as a new user adds one: "Debrief a new interview" on My interviews,
 * its company typed there, then its role, date and one person in "Edit details" on its
 * page, which stays open. `site` is the address the test serves the site at.
 */
async function addApplication(
  page: Page,
  site: string,
  company: string,
  who: { name: string; email: string; part: string },
): Promise<void> {
  await page.goto(`${site}workspace/`);
  await page.getByRole('link', { name: 'Debrief a new interview' }).click();
  await label(page, 'Company').fill(company);
  await expect.poll(() => lastCompany(page)).toBe(company);
  await editApplication(page, undefined, site);
  await expect(page.locator('#ws-current-heading')).toHaveText(company);
  await label(page, 'Role').fill('Data Analyst');
  await label(page, 'Date').fill('2026-11-27');
  const first = person(page, 1);
  await label(first, 'Full name').fill(who.name);
  await label(first, 'Email').fill(who.email);
  await label(first, 'Their part').selectOption({ label: who.part });
}

/** Opens "What to send next" (its button is in the HTML before the island hydrates). */
async function openNextSteps(page: Page): Promise<void> {
  await expect(async () => {
    const open = page.getByRole('button', { name: 'Open “What to send next”' });
    if (await open.isVisible()) await open.click();
    await expect(nextSteps(page).getByRole('heading', { name: 'What to send next' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
}

/** The steps "What to send next" shows for one application, their titles and dates. */
async function expectCard(page: Page, title: string, date: string, body: RegExp, to: string) {
  const step = card(page, title);
  await expect(step).toContainText(date);
  await step.getByText('Draft the message').click();
  const draft = step.getByRole('textbox', { name: `Email to ${to}` });
  await expect(draft).toHaveValue(body);
  await expect(step.getByRole('link', { name: /Open in my email app/ })).toHaveAttribute(
    'href',
    /^mailto:[^?]+@[^?]+\?/,
  );
}

test('a new user records a whole search and gets the right dated plan and a sendable draft for each situation, across a reload and offline', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 4399) - 6;
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = await startServer('dist', port);
  try {
    await page.clock.setFixedTime(NOW);
    const site = `${origin}/`;
    await page.goto(`${site}workspace/`);
    await expect(page.getByText('No interviews yet.')).toBeVisible();

    // The interview: Friday 4 December, 10:00–11:30 London time, two interviewers. It
    // starts with the debrief; its details are filled in on its page.
    await label(page, 'Your name (for the sign-off)').fill('Sam Rivera');
    await expect
      .poll(
        async () =>
          ((await storedWorkspace(page)) as { profile: { name: string } } | null)?.profile.name,
      )
      .toBe('Sam Rivera');
    await page.getByRole('link', { name: 'Debrief a new interview' }).click();
    await label(page, 'Company').fill('Fernhill Labs');
    await expect.poll(() => lastCompany(page)).toBe('Fernhill Labs');
    await editApplication(page, undefined, site);
    await label(page, 'Role').fill('Data Analyst');
    await label(page, 'Date').fill('2026-12-04');
    await label(page, 'Start time').fill('10:00');
    await label(page, 'End time').fill('11:30');
    await label(page, 'Qualifications to reaffirm').fill(
      'Five years of SQL and dbt\nBuilt self-serve dashboards',
    );
    const priya = person(page, 1);
    await label(priya, 'Full name').fill('Priya Raman');
    await label(priya, 'Email').fill('priya@fernhill.example');
    await label(priya, 'Their part').selectOption({ label: 'Hiring manager' });
    await priya.getByLabel('What you talked about').fill('the churn dashboard');
    await page.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
    const tom = person(page, 2);
    await label(tom, 'Full name').fill('Tom Okafor');
    await label(tom, 'Email').fill('tom@fernhill.example');
    await tom.getByLabel('What you talked about').fill('the dbt migration');
    await label(page, 'Hiring timeline they gave').fill('1-2 weeks');
    await label(page, 'Who said it').selectOption({ label: 'Priya Raman' });

    // The SQL sample Priya asked for, due Tuesday.
    await page.goto(`${origin}/tools/action-items/`);
    const tracker = page.locator('.action-item-tracker');
    await tracker.getByRole('button', { name: 'Add a promised item' }).click();
    await label(tracker, 'What you promised').fill('SQL portfolio sample');
    await label(tracker, 'Who asked for it').selectOption({ label: 'Priya Raman' });
    await label(tracker, 'Deadline they gave (optional)').fill('2026-12-08');

    // The plan knows England's bank holidays without being told: final follow-up Thu 31
    // Dec (not Christmas or the 28th), move on Fri 15 Jan.
    await page.goto(`${origin}/tools/hiring-timeline/`);
    const calc = page.locator('.timeline-calculator');
    await expect(calc.locator('.tool-days-off > summary')).toContainText('England (suggested)');
    await expect(planStep(calc, 'Ask about the status').locator('.tool-step-when')).toHaveText(
      'Tue 22 Dec',
    );
    await expect(planStep(calc, 'Send one last follow-up').locator('.tool-step-when')).toHaveText(
      'Thu 31 Dec',
    );
    await expect(planStep(calc, 'Move on').locator('.tool-step-when')).toHaveText(/^Fri 15 Jan/);

    // Thank-yous: one each, on a clock from 11:30, Priya's naming the promised sample.
    await page.goto(`${origin}/tools/thank-you-email/`);
    await expect(page.locator('.tool-deadline')).toContainText(
      'Send by Sat 5 Dec, 11:30 GMT (24 hours after the interview ended)',
    );
    const toPriya = label(page, 'Email to Priya Raman');
    await expect(toPriya).toHaveValue(/^Hi Priya,/);
    await expect(toPriya).toHaveValue(/the churn dashboard/);
    await expect(toPriya).toHaveValue(/I'll send the SQL portfolio sample by Tuesday 8 December\./);
    await expect(label(page, 'Email to Tom Okafor')).not.toHaveValue(/SQL portfolio sample/);
    await expect(page.getByRole('link', { name: /Open in my email app/ }).first()).toHaveAttribute(
      'href',
      /^mailto:priya@fernhill\.example\?/,
    );
    await page.getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();

    // A second round, a final with Tom and someone new.
    await editApplication(page, undefined, site);
    const rounds = page.getByRole('group', { name: 'Rounds' });
    await rounds.getByRole('button', { name: 'Add a round' }).click();
    await label(page, 'What round 2 was').selectOption('final');
    await rounds.getByLabel('Tom Okafor').check();
    await label(page, 'Date').fill('2026-12-10');
    await label(page, 'Start time').fill('14:00');
    await label(page, 'End time').fill('15:00');
    await page.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
    await label(person(page, 2), 'Full name').fill('Ana Silva');
    await label(person(page, 2), 'Email').fill('ana@fernhill.example');
    await expect(rounds.getByRole('listitem')).toHaveText([
      'Round 1: Video interview, Fri 4 Dec: Priya Raman, Tom Okafor',
      'Round 2: Final interview, Thu 10 Dec: Tom Okafor, Ana Silva (the one below)',
    ]);
    await page.goto(`${origin}/tools/thank-you-email/`);
    await expect(label(page, 'Email to Tom Okafor')).toBeVisible();
    await expect(label(page, 'Email to Ana Silva')).toHaveValue(/^Hi Ana,/);
    await expect(label(page, 'Email to Priya Raman')).toHaveCount(0);

    // An offer from Brookside, with a deadline.
    await addApplication(page, site, 'Brookside', {
      name: 'Dana Cole',
      email: 'dana@brookside.example',
      part: 'Recruiter',
    });
    await page.locator('#ws-status').selectOption('offer');
    await page.goto(`${site}workspace/`);
    await openNextSteps(page);
    await label(nextSteps(page), 'They want an answer by (optional)').fill('2026-12-18');
    await expect(card(page, "Answer Brookside's offer")).toContainText('Fri 18 Dec');

    // A rejection from Cobalt, and a withdrawal from Dunmore.
    await addApplication(page, site, 'Cobalt', {
      name: 'Lee Park',
      email: 'lee@cobalt.example',
      part: 'Interviewer',
    });
    await page.locator('#ws-status').selectOption('rejected');
    await addApplication(page, site, 'Dunmore', {
      name: 'Jo Hart',
      email: 'jo@dunmore.example',
      part: 'Hiring manager',
    });
    await page.locator('#ws-status').selectOption('withdrawn');
    await page.goto(`${site}workspace/`);

    /** Each situation's step, its date and a draft to the right person. */
    const expectEverySituation = async () => {
      await openNextSteps(page);
      const picker = label(nextSteps(page), 'Interview');
      const pick = {
        selectOption: async ({ label: company }: { label: string }) =>
          picker.selectOption(
            await picker.locator('option', { hasText: company }).getAttribute('value'),
          ),
      };
      // Brookside: more time if needed, asked the business day after the offer.
      await pick.selectOption({ label: 'Brookside:' });
      await expect(card(page, "Answer Brookside's offer")).toContainText('Fri 18 Dec');
      await expectCard(
        page,
        'Ask for more time, if you need it',
        'Mon 7 Dec',
        /until Wednesday 23 December rather than Friday 18 December\?/,
        'Dana Cole',
      );
      await pick.selectOption({ label: 'Fernhill Labs:' });
      // Tell Fernhill the business day after the offer came, asking before its deadline.
      await expectCard(
        page,
        'Tell Fernhill Labs about your offer from Brookside',
        'Mon 7 Dec',
        /by Friday 18 December/,
        'Priya Raman',
      );
      await pick.selectOption({ label: 'Cobalt:' });
      // Within two business days of hearing.
      await expectCard(
        page,
        'Reply to Cobalt graciously',
        'Tue 8 Dec',
        /Thank you for letting me know/,
        'Lee Park',
      );
      await expect(card(page, 'Get back in touch with Cobalt')).toContainText('Mar');
      await pick.selectOption({ label: 'Dunmore:' });
      await expectCard(
        page,
        'Tell Dunmore you are withdrawing',
        'Fri 4 Dec',
        /withdraw my application/,
        'Jo Hart',
      );
    };
    await expectEverySituation();

    // A reload keeps everything.
    await page.reload();
    await expectEverySituation();
    await expect(page.locator('.due-summary')).toContainText('Tell Dunmore you are withdrawing');

    // Offline: with the server stopped, the same pages, plans and drafts.
    await waitForOfflineCopy(page, precacheUrls().length);
    await stopServer(server, origin);
    server = null;
    await page.goto(`${origin}/workspace/`);
    await expectEverySituation();
    await page.goto(`${origin}/tools/thank-you-email/`);
    const picker = label(page.locator('.thank-you-builder'), 'Interview');
    await picker.selectOption(
      await picker.locator('option', { hasText: 'Fernhill Labs:' }).getAttribute('value'),
    );
    await expect(label(page, 'Email to Ana Silva')).toHaveValue(/^Hi Ana,/);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${origin}/workspace/`);
      await expectEverySituation();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      await expectNoViolations(page, `whole search, offline, ${colorScheme}`);
    }
  } finally {
    if (server) await stopServer(server, origin);
  }
});
