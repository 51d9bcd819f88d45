import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { readFileSync } from 'node:fs';
import { humanSeconds, watchEffort } from '../support/effort';
import { storedWorkspace, tabTo } from '../support/tools';

// A London interview on Tuesday 24 November 2026, 14:00–15:00, debriefed at 15:30.
test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });
const NOW = new Date('2026-11-24T15:30:00Z');

type Stored = {
  applications: {
    company: string;
    people: { id: string; name: string; role: string; email: string; topics: string }[];
    rounds: {
      date: string;
      start: string;
      end: string;
      timeZone: string;
      met: string[];
      timeline: string;
      timelineBy: string;
      actionItems: { what: string; askedBy: string }[];
    }[];
  }[];
};

/** The application page after the debrief: two personal drafts and the dated plan. */
async function expectApplicationPage(page: Page) {
  await expect(page).toHaveURL(/workspace\/application\/\?id=/);
  await expect(page.getByRole('heading', { name: 'Fernhill Labs: Data Analyst' })).toBeVisible();
  const priya = page.getByLabel('Email to Priya Raman', { exact: true });
  const tom = page.getByLabel('Email to Tom Okafor', { exact: true });
  // Each draft names what was discussed with that person; only Tom asked for the sample.
  await expect(priya).toHaveValue(/churn dashboard/);
  await expect(priya).not.toHaveValue(/SQL sample/);
  await expect(tom).toHaveValue(/analytics team/);
  await expect(tom).toHaveValue(/SQL sample/);
  // The plan, dated: their "1-2 weeks" ends Tue 8 Dec, so the inquiry is two business days on.
  const due = page.getByRole('region', { name: 'What to send, in order' });
  const inquiry = due.getByRole('listitem').filter({ hasText: 'Ask about the status' }).first();
  await expect(inquiry).toContainText('Thu 10 Dec');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem').first()).toContainText('Round 1: Video interview');
  await expect(timeline.getByRole('listitem').first()).toContainText('Tue 24 Nov');
  await expect(timeline.getByText('Today', { exact: true })).toBeVisible();
}

/**
 * Two thank-yous a person could send now (each with an email link, Priya's addressed to
 * her and naming what they discussed), and the whole dated plan in one calendar file,
 * every event on the day its step is due. `press` triggers "Add every step to my
 * calendar" as the test's user would (Enter or a tap).
 */
async function expectSendableAndCalendar(page: Page, press: (name: string) => Promise<void>) {
  const links = page.getByRole('link', { name: /^Open in my email app \(email to / });
  await expect(links).toHaveCount(2);
  await expect(
    page.getByRole('link', { name: 'Open in my email app (email to Priya Raman)' }),
  ).toHaveAttribute('href', /^mailto:priya@example\.com\?subject=[^&]+&body=.*churn%20dashboard/);
  await expect(
    page.getByRole('link', { name: 'Open in my email app (email to Tom Okafor)' }),
  ).toHaveAttribute('href', /^mailto:\?subject=[^&]+&body=.*SQL%20sample/);
  const download = page.waitForEvent('download');
  await press('Add every step to my calendar');
  const ics = readFileSync(await (await download).path(), 'utf8');
  // Every step due from today, each an event on its day (all-day, or timed within it).
  const days = [...ics.matchAll(/^DTSTART(?:;VALUE=DATE)?(?:;TZID=[^:]+)?:(\d{8})/gm)].map(
    (m) => m[1],
  );
  const titles = [...ics.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]);
  expect(titles.length).toBeGreaterThanOrEqual(4);
  expect(days).toHaveLength(titles.length);
  const dayOf = (title: RegExp) => days[titles.findIndex((t) => title.test(t!))];
  // The thank-yous on the day their 24 hours run out (timed, with the deadline's hour),
  // the sample two days on, the inquiry two business days after their "1-2 weeks".
  expect(dayOf(/^Send your thank-you emails/)).toBe('20261125');
  expect(dayOf(/^Send what you promised: SQL sample/)).toBe('20261126');
  expect(dayOf(/^Ask about the status/)).toBe('20261210');
  await expect(
    page.getByText(/^Calendar file downloaded: open it to add all \d+ steps/),
  ).toBeVisible();
}

async function expectSaved(page: Page) {
  const stored = (await storedWorkspace(page)) as Stored;
  expect(stored.applications).toHaveLength(1);
  const app = stored.applications[0]!;
  const round = app.rounds[0]!;
  expect(round).toMatchObject({
    date: '2026-11-24',
    start: '14:00',
    end: '15:00',
    timeZone: 'Europe/London',
    timeline: '1-2 weeks',
  });
  const tom = app.people.find((p) => p.name === 'Tom Okafor')!;
  expect(tom.role).toBe('hiring-manager');
  expect(round.met).toHaveLength(2);
  expect(round.timelineBy).toBe(tom.id);
  expect(round.actionItems).toMatchObject([{ what: 'SQL sample', askedBy: tom.id }]);
}

test('a new user debriefs a London interview with the keyboard alone, then finds every draft ready, kept across a reload', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const effort = await watchEffort(page);
  await page.goto('');
  await tabTo(page, 'I just had an interview: start here');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/workspace\/debrief\/$/);

  // Step 1: the interview. The date is today and the zone the browser's, by default.
  await expect(page.getByRole('heading', { name: 'Step 1 of 4 The interview' })).toBeVisible();
  await tabTo(page, 'Company');
  await page.keyboard.type('Fernhill Labs');
  await tabTo(page, 'Role');
  await page.keyboard.type('Data Analyst');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-11-24');
  await tabTo(page, 'Start time');
  await page.keyboard.type('1400');
  await tabTo(page, 'End time');
  await page.keyboard.type('1500');
  await expect(page.getByLabel('Time zone of that time')).toHaveValue('Europe/London');
  await tabTo(page, 'Next: Who you met');
  await page.keyboard.press('Enter');

  // Step 2: who was met, and what was discussed with each.
  const step2 = page.getByRole('heading', { name: 'Step 2 of 4 Who you met' });
  await expect(step2).toBeFocused();
  await tabTo(page, 'Full name');
  await page.keyboard.type('Priya Raman');
  await tabTo(page, 'Email (optional)');
  await page.keyboard.type('priya@example.com');
  await tabTo(page, 'What you talked about with Priya Raman');
  await page.keyboard.type('the churn dashboard rebuild');
  await tabTo(page, 'Add another person');
  await page.keyboard.press('Enter');
  // Focus moves to the new person's name.
  await expect(page.getByRole('group', { name: 'Person 2' }).getByLabel('Full name')).toBeFocused();
  await page.keyboard.type('Tom Okafor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hiring');
  await expect(
    page.getByRole('group', { name: 'Person 2: Tom Okafor' }).getByLabel('Their part'),
  ).toHaveValue('hiring-manager');
  await tabTo(page, 'What you talked about with Tom Okafor');
  await page.keyboard.type('how the analytics team ships dashboards');
  await tabTo(page, 'Next: What they said about timing');
  await page.keyboard.press('Enter');

  // Step 3: the timing, and who gave it.
  await expect(
    page.getByRole('heading', { name: 'Step 3 of 4 What they said about timing' }),
  ).toBeFocused();
  await tabTo(page, 'Their words');
  await page.keyboard.type('1-2 weeks');
  await tabTo(page, 'Who said it');
  await page.keyboard.type('Tom');
  await expect(page.getByLabel('Who said it')).toHaveValue(/.+/);
  await expect(page.getByText(/Read as: .*8 Dec/)).toBeVisible();
  await tabTo(page, 'Next: What you promised to send');
  await page.keyboard.press('Enter');

  // Step 4: what was promised, and to whom.
  await expect(
    page.getByRole('heading', { name: 'Step 4 of 4 What you promised to send' }),
  ).toBeFocused();
  await tabTo(page, 'Add a promised item');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What you promised', { exact: true })).toBeFocused();
  await page.keyboard.type('SQL sample');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Tom');
  await tabTo(page, 'Done: see my follow-ups');
  await page.keyboard.press('Enter');

  await expectApplicationPage(page);
  await expectSendableAndCalendar(page, async (name) => {
    await tabTo(page, name, 200);
    await page.keyboard.press('Enter');
  });
  // From the home page to two sendable thank-yous and the plan in a calendar in under two
  // minutes of a person's time (plus one Enter on each email link, which the test only reads).
  const spent = effort();
  const seconds = humanSeconds(
    { ...spent, keys: spent.keys + 2, enters: spent.enters + 2 },
    'keyboard',
  );
  console.log(`Keyboard walk: ${JSON.stringify(spent)}, about ${Math.round(seconds)} s`);
  expect(seconds).toBeLessThan(120);
  await expectSaved(page);
  await page.reload();
  await expectApplicationPage(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the same debrief by tapping, one column, with nothing lost on a reload halfway', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const effort = await watchEffort(page);
    await page.goto('');
    await page.getByRole('link', { name: 'I just had an interview: start here' }).tap();
    await page.getByLabel('Company').fill('Fernhill Labs');
    await page.getByLabel('Role').fill('Data Analyst');
    await page.getByLabel('Start time').fill('14:00');
    await page.getByLabel('End time').fill('15:00');
    // One column: the fields sit under each other (both measured in one layout, as the
    // page may scroll between two separate measurements).
    const [company, role] = await page.evaluate(() =>
      ['Company', 'Role'].map((name) => {
        const label = [...document.querySelectorAll('label')].find(
          (l) => l.textContent.trim() === name,
        )!;
        const r = document.getElementById(label.htmlFor)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    );
    expect(role!.top).toBeGreaterThanOrEqual(company!.bottom);
    const next = page.getByRole('button', { name: 'Next: Who you met' });
    expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await next.tap();

    await page.getByLabel('Full name').fill('Priya Raman');
    await page.getByLabel('Email (optional)').fill('priya@example.com');
    await page
      .getByLabel('What you talked about with Priya Raman')
      .fill('the churn dashboard rebuild');
    // Leaving halfway loses nothing: the reload comes back to the same debrief.
    await page.getByLabel('Full name').blur();
    await page.reload();
    await expect(page).toHaveURL(/\?id=.+&round=/);
    await page.getByRole('button', { name: 'Next: Who you met' }).tap();
    await expect(page.getByLabel('Full name')).toHaveValue('Priya Raman');
    await page.getByRole('button', { name: 'Add another person' }).tap();
    const tom = page.getByRole('group', { name: 'Person 2' });
    await tom.getByLabel('Full name').fill('Tom Okafor');
    await tom.getByLabel('Their part').selectOption('hiring-manager');
    await tom
      .getByLabel('What you talked about with Tom Okafor')
      .fill('how the analytics team ships dashboards');
    await page.getByRole('button', { name: 'Next: What they said about timing' }).tap();

    await page.getByLabel('Their words').fill('1-2 weeks');
    await page.getByLabel('Who said it').selectOption({ label: 'Tom Okafor' });
    await expect(page.getByText(/Read as: .*8 Dec/)).toBeVisible();
    await page.getByRole('button', { name: 'Next: What you promised to send' }).tap();

    await page.getByRole('button', { name: 'Add a promised item' }).tap();
    await page.getByLabel('What you promised', { exact: true }).fill('SQL sample');
    await page.getByLabel('Who asked for it').selectOption({ label: 'Tom Okafor' });
    await page.getByRole('link', { name: 'Done: see my follow-ups' }).tap();

    await expectApplicationPage(page);
    await expectSendableAndCalendar(page, (name) =>
      page.getByRole('button', { name, exact: true }).tap(),
    );
    // The same two minutes on a phone, with a tap on each email link the test only reads.
    // The reload halfway is not the user's work: its Next tap is counted all the same.
    const spent = effort();
    const seconds = humanSeconds({ ...spent, taps: spent.taps + 2 }, 'touch');
    console.log(`Phone walk: ${JSON.stringify(spent)}, about ${Math.round(seconds)} s`);
    expect(seconds).toBeLessThan(120);
    await expectSaved(page);
    await page.reload();
    await expectApplicationPage(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

test('a second round of a saved application says which, offers the people met before, and Back returns', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('workspace/debrief/');
  await page.getByLabel('Company').fill('Fernhill Labs');
  await page.getByLabel('Role').fill('Data Analyst');
  await page.getByRole('button', { name: 'Next: Who you met' }).click();
  await page.getByLabel('Full name').fill('Priya Raman');
  await page.getByLabel('Full name').blur();
  const stored = (await storedWorkspace(page)) as Stored & { applications: { id: string }[] };
  const id = (stored.applications[0] as unknown as { id: string }).id;

  await page.goto(`workspace/debrief/?id=${id}`);
  await expect(
    page.getByText('A new round of Fernhill Labs: Data Analyst: round 2.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next: Who you met' }).click();
  await page.getByLabel('Priya Raman (Interviewer)').check();
  await expect(page.getByRole('group', { name: 'Person 1: Priya Raman' })).toBeVisible();
  await page.getByRole('button', { name: 'Back: The interview' }).click();
  await expect(page.getByRole('heading', { name: 'Step 1 of 4 The interview' })).toBeFocused();
  const after = (await storedWorkspace(page)) as Stored;
  expect(after.applications[0]!.rounds).toHaveLength(2);
  expect(after.applications[0]!.rounds[1]!.met).toHaveLength(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the debrief, ${theme} theme: no WCAG 2.2 AA violations on every step after use, and 320 px without sideways scroll`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('workspace/debrief/');
    await page.getByLabel('Company').fill('<img src=x onerror=alert(1)>');
    await expectNoViolations(page, `debrief step 1, ${theme}`);
    await page.getByRole('button', { name: 'Next: Who you met' }).click();
    await page.getByLabel('Full name').fill('Priya Raman');
    await expectNoViolations(page, `debrief step 2, ${theme}`);
    await page.getByRole('button', { name: 'Next: What they said about timing' }).click();
    await page.getByLabel('Their words').fill('sometime soonish maybe');
    await expectNoViolations(page, `debrief step 3, ${theme}`);
    await page.getByRole('button', { name: 'Next: What you promised to send' }).click();
    await page.getByRole('button', { name: 'Add a promised item' }).click();
    await expectNoViolations(page, `debrief step 4, ${theme}`);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
}
