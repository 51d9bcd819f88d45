import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import {
  HOSTILE,
  readClipboard,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  tabTo,
  WORKSPACE_KEY,
} from '../support/tools';

// The sample interview is Tue 24 Nov 2026, 14:00 in London, with "1-2 weeks" as its
// timeline: the timeline ends Tue 8 Dec, so the status inquiry is Thu 10 Dec (+2
// business days), the final follow-up Thu 17 Dec (+5) and moving on Thu 31 Dec (+10).
// The browser runs in London too, so "today" is the same day as the fixed clock's.
test.use({ timezoneId: 'Europe/London' });

/** The morning after the interview: the thank-you is due today. */
const NOW = new Date('2026-11-25T10:00:00Z');

const TITLES = {
  thankYou: 'Send your thank-you emails (one per interviewer)',
  linkedIn: 'Send LinkedIn connection requests',
  inquiry: 'Ask about the status',
  final: 'Send one last follow-up',
  moveOn: 'Move on',
} as const;

type SampleWorkspace = ReturnType<typeof sampleWorkspace>;

/** Fixes the clock, seeds the sample workspace (optionally changed first) and opens `path`. */
async function openWith(
  page: Page,
  path: string,
  opts: { now?: Date; change?: (ws: SampleWorkspace) => void } = {},
): Promise<void> {
  const ws = sampleWorkspace();
  opts.change?.(ws);
  await page.clock.setFixedTime(opts.now ?? NOW);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(path);
}

const calculator = (page: Page) => page.locator('.timeline-calculator');
/** One row of the plan, found by its title. */
const step = (scope: Locator, title: string) =>
  scope.locator('li.tool-step').filter({ has: scope.page().locator('strong', { hasText: title }) });
const when = (row: Locator) => row.locator('.tool-step-when');
const badge = (row: Locator) => row.locator('.tool-badge');
const reason = (row: Locator) => row.locator('p.tool-hint');
const readAs = (scope: Locator) => scope.getByText(/^Read as: /);

/** Waits until the calculator has read the timeline, so the plan shows real dates. */
async function expectReadAs(scope: Locator, summary: string): Promise<void> {
  await expect(readAs(scope)).toHaveText(`Read as: ${summary}.`);
}

/** Clicks something that downloads a file; gives the file's name and text. */
async function download(
  page: Page,
  trigger: () => Promise<unknown>,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The events of an .ics file, as ical.js reads them. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    summary: String(e.getFirstPropertyValue('summary')),
    start: String(e.getFirstPropertyValue('dtstart')),
    alarms: e.getAllSubcomponents('valarm').length,
  }));
}

/** Waits for a client:visible island to hydrate after scrolling it into view. */
async function hydrateVisible(page: Page, inside: Locator): Promise<void> {
  const island = page.locator('astro-island', { has: inside }).last();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

test('the plan dates every step with its reason, shows what is due, and keeps ticks across a reload', async ({
  page,
}) => {
  await openWith(page, 'tools/hiring-timeline/');
  const calc = calculator(page);
  await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');
  await expect(calc.locator('li.tool-step strong')).toHaveText([
    TITLES.thankYou,
    TITLES.linkedIn,
    TITLES.inquiry,
    TITLES.final,
    TITLES.moveOn,
  ]);

  const thankYou = step(calc, TITLES.thankYou);
  await expect(when(thankYou)).toHaveText('Wed 25 Nov, 14:00 (latest Thu 26 Nov, 14:00)');
  await expect(badge(thankYou)).toHaveText('Due today');
  await expect(reason(thankYou)).toContainText('Send within 24 hours of the interview');

  const linkedIn = step(calc, TITLES.linkedIn);
  await expect(when(linkedIn)).toHaveText('Thu 26 Nov');
  await expect(badge(linkedIn)).toHaveText('Upcoming');
  await expect(reason(linkedIn)).toHaveText(
    'Connect the business day after your thank-you is due (Wed 25 Nov), so the request follows the email.',
  );

  const inquiry = step(calc, TITLES.inquiry);
  await expect(when(inquiry)).toHaveText('Thu 10 Dec');
  await expect(badge(inquiry)).toHaveText('Upcoming');
  await expect(reason(inquiry)).toHaveText(
    'Their timeline (within 2 weeks) ends Tue 8 Dec; wait 2 more business days.',
  );

  const final = step(calc, TITLES.final);
  await expect(when(final)).toHaveText('Thu 17 Dec');
  await expect(reason(final)).toHaveText(
    '5 business days after your status inquiry (planned for Thu 10 Dec) with no reply: one more short note, then stop.',
  );

  const moveOn = step(calc, TITLES.moveOn);
  await expect(when(moveOn)).toHaveText('Thu 31 Dec');
  await expect(reason(moveOn)).toContainText(
    '10 business days after your final follow-up (planned for Thu 17 Dec) with no reply',
  );

  // The next day the thank-you is late.
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await page.reload();
  await expect(badge(thankYou)).toHaveText('Overdue');
  await expect(badge(linkedIn)).toHaveText('Due today');

  await linkedIn.getByRole('checkbox', { name: TITLES.linkedIn }).check();
  await expect(badge(linkedIn)).toHaveText('Done');
  await page.reload();
  await expect(linkedIn.getByRole('checkbox', { name: TITLES.linkedIn })).toBeChecked();
  await expect(badge(linkedIn)).toHaveText('Done');
  await expect(badge(thankYou)).toHaveText('Overdue');
});

test('phrases they say are read into dates; vague words are refused; a picked date wins', async ({
  page,
}) => {
  await openWith(page, 'tools/hiring-timeline/');
  const calc = calculator(page);
  const timeline = calc.getByLabel('What they said about timing', { exact: true });
  const inquiry = step(calc, TITLES.inquiry);
  await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');

  await timeline.fill('by Friday');
  await expectReadAs(calc, 'by Fri 27 Nov');
  await expect(when(inquiry)).toHaveText('Mon 30 Nov');
  await expect(reason(inquiry)).toHaveText(
    'Their date is Fri 27 Nov; write the next business morning after it.',
  );

  await timeline.fill('end of the month');
  await expectReadAs(calc, 'the end of the month (Mon 30 Nov)');
  await expect(when(inquiry)).toHaveText('Tue 1 Dec');

  await timeline.fill("we'll let you know");
  await expectReadAs(calc, 'No timeline given');
  await expect(when(inquiry)).toHaveText('Tue 1 Dec');
  await expect(reason(inquiry)).toHaveText(
    'No timeline was given, so wait at least 5 business days after the interview.',
  );

  await timeline.fill('soon');
  await expect(
    calc.getByText('“soon” gives no date; pick the date they mentioned, or leave it empty.', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(readAs(calc)).toHaveCount(0);
  await expect(when(inquiry)).toHaveText('No date yet');
  await expect(badge(inquiry)).toHaveText('No date yet');
  await expect(reason(inquiry)).toHaveText(
    'Their timeline could not be read: “soon” gives no date; pick the date they mentioned, or leave it empty.',
  );
  await expect(when(step(calc, TITLES.final))).toHaveText('No date yet');
  await expect(when(step(calc, TITLES.moveOn))).toHaveText('No date yet');

  // The date they gave, picked: Fri 4 Dec, so the inquiry is the Monday after.
  await calc.getByLabel('Or pick the date they gave', { exact: true }).fill('2026-12-04');
  await expect(when(inquiry)).toHaveText('Mon 7 Dec');
  await expect(reason(inquiry)).toHaveText(
    'Their date is Fri 4 Dec; write the next business morning after it.',
  );
  await expect(when(step(calc, TITLES.final))).toHaveText('Mon 14 Dec');
  await expect(when(step(calc, TITLES.moveOn))).toHaveText('Mon 28 Dec');
});

test('a holiday pushes the inquiry a day; a shorter wait brings it forward', async ({ page }) => {
  await openWith(page, 'tools/hiring-timeline/');
  const calc = calculator(page);
  const inquiry = step(calc, TITLES.inquiry);
  await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');
  await expect(when(inquiry)).toHaveText('Thu 10 Dec');

  await calc.getByText(/^Holidays: /).click();
  await calc.getByLabel('Add your own day off').fill('2026-12-10');
  await calc.getByRole('button', { name: 'Add day off' }).click();
  await expect(calc.getByRole('button', { name: 'Remove day off Thu 10 Dec' })).toBeVisible();
  await expect(when(inquiry)).toHaveText('Fri 11 Dec');
  await expect(reason(inquiry)).toHaveText(
    'Their timeline (within 2 weeks) ends Tue 8 Dec; wait 2 more business days (skipping the holiday on Thu 10 Dec).',
  );
  await expect(when(step(calc, TITLES.final))).toHaveText('Fri 18 Dec');

  await calc.getByRole('button', { name: 'Remove day off Thu 10 Dec' }).click();
  await calc.getByText('Pacing', { exact: true }).click();
  await calc.getByLabel('Wait after their timeline').selectOption('1');
  await expect(when(inquiry)).toHaveText('Wed 9 Dec');
  await expect(reason(inquiry)).toHaveText(
    'Their timeline (within 2 weeks) ends Tue 8 Dec; wait 1 more business day.',
  );
  await expect(when(step(calc, TITLES.final))).toHaveText('Wed 16 Dec');
  const saved = (await storedWorkspace(page)) as SampleWorkspace;
  expect(saved.settings).toMatchObject({ inquiryBufferDays: 1, holidays: [] });
});

test('weeks later, every missed step is flagged overdue and still shows its date', async ({
  page,
}) => {
  await openWith(page, 'tools/hiring-timeline/', { now: new Date('2027-01-15T10:00:00Z') });
  const calc = calculator(page);
  await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');
  const expected: [string, string][] = [
    [TITLES.thankYou, 'Wed 25 Nov, 14:00 (latest Thu 26 Nov, 14:00)'],
    [TITLES.linkedIn, 'Thu 26 Nov'],
    [TITLES.inquiry, 'Thu 10 Dec'],
    [TITLES.final, 'Thu 17 Dec'],
    [TITLES.moveOn, 'Thu 31 Dec'],
  ];
  for (const [title, date] of expected) {
    await expect(when(step(calc, title)), title).toHaveText(date);
    await expect(badge(step(calc, title)), title).toHaveText('Overdue');
  }
  await expect(calc.locator('li.tool-step.is-overdue')).toHaveCount(5);
});

test('calendar export: one event and reminder per step, stable UIDs, single-step files and Google links', async ({
  page,
}) => {
  await openWith(page, 'tools/hiring-timeline/');
  const calc = calculator(page);
  await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');

  const exportAll = () =>
    calc.getByRole('button', { name: 'Download the whole plan (.ics)' }).click();
  const first = await download(page, exportAll);
  expect(first.name).toBe('follow-ups-fernhill-labs-product-designer.ics');
  // RFC 5545: CRLF line ends, lines folded at 75 octets.
  expect(first.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(first.text.split('\r\n').filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
  await expect(
    calc.getByRole('status').filter({ hasText: 'Calendar file downloaded.' }),
  ).toBeVisible();
  const all = events(first.text);
  expect(all).toHaveLength(5);
  for (const title of Object.values(TITLES)) {
    const matching = all.filter((e) => e.summary.includes(title));
    expect(matching, title).toHaveLength(1);
    expect(matching[0]!.summary).toContain('Fernhill Labs: Product Designer');
    expect(matching[0]!.alarms, title).toBe(1);
  }
  const byTitle = (t: string) => all.find((e) => e.summary.includes(t))!;
  expect(byTitle(TITLES.inquiry).start).toBe('2026-12-10');
  expect(byTitle(TITLES.final).start).toBe('2026-12-17');
  expect(byTitle(TITLES.moveOn).start).toBe('2026-12-31');
  expect(byTitle(TITLES.thankYou).start).toBe('2026-11-25T14:00:00Z');
  expect(new Set(all.map((e) => e.uid)).size).toBe(5);

  const second = await download(page, exportAll);
  expect(events(second.text).map((e) => e.uid)).toEqual(all.map((e) => e.uid));

  const inquiry = step(calc, TITLES.inquiry);
  const one = await download(page, () =>
    inquiry.getByRole('button', { name: `.ics calendar file for ${TITLES.inquiry}` }).click(),
  );
  expect(one.name).toBe('ask-about-the-status.ics');
  const single = events(one.text);
  expect(single).toHaveLength(1);
  expect(single[0]).toMatchObject({
    uid: byTitle(TITLES.inquiry).uid,
    start: '2026-12-10',
    alarms: 1,
  });
  expect(single[0]!.summary).toContain(TITLES.inquiry);

  const google = async (title: string) => {
    const href = (await step(calc, title)
      .getByRole('link', { name: `Add to Google Calendar (${title})` })
      .getAttribute('href'))!;
    expect(href.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE')).toBe(
      true,
    );
    return new URLSearchParams(href.slice(href.indexOf('?') + 1));
  };
  const inquiryLink = await google(TITLES.inquiry);
  expect(inquiryLink.get('dates')).toBe('20261210/20261211');
  expect(inquiryLink.get('text')).toContain(TITLES.inquiry);
  expect((await google(TITLES.thankYou)).get('dates')).toBe('20261125T140000Z/20261126T140000Z');
  expect((await google(TITLES.moveOn)).get('dates')).toBe('20261231/20270101');
  await expect(
    calc.getByText('Google Calendar drops those reminders', { exact: false }),
  ).toBeVisible();
});

test('status-inquiry writer: a named draft, tones, copy, and marking it sent moves the plan on', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWith(page, 'tools/status-inquiry/');
  const writer = page.locator('.status-inquiry-writer');
  const draft = writer.getByLabel('Status inquiry to Priya Raman', { exact: true });
  await expect(draft).toHaveValue(/^Hi Priya,/);
  await expect(draft).toHaveValue(
    /the Product Designer role at Fernhill Labs on Tuesday 24 November/,
  );
  await expect(draft).toHaveValue(/hoped to decide within 2 weeks \(by Tue 8 Dec\)/);
  await expect(writer.getByText('Send it on Thu 10 Dec.', { exact: false })).toBeVisible();

  const tone = writer.getByLabel('Tone', { exact: true });
  await tone.selectOption('formal');
  await expect(draft).toHaveValue(/^Dear Priya Raman,/);
  await tone.selectOption('concise');
  await expect(draft).toHaveValue(/^Hi Priya,/);
  await expect(draft).toHaveValue(/^Hi Priya,\n\nSam Rivera here, following up/);

  await writer.getByRole('button', { name: 'Copy status inquiry' }).click();
  await expect(writer.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await readClipboard(page);
  expect(copied).toMatch(/^Subject: Following up — Product Designer interview\n\nHi Priya,/);
  expect(copied).toContain(await draft.inputValue());

  const firstWords = (await draft.inputValue()).split(/\s+/).length;
  await writer.getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
  await expect(writer.getByText(/^Sent /)).toBeVisible();

  await writer.getByLabel('Final follow-up (about a week after the inquiry)').check();
  const final = writer.getByLabel('Final follow-up to Priya Raman', { exact: true });
  await expect(final).toHaveValue(/^Hi Priya,/);
  const finalWords = (await final.inputValue()).split(/\s+/).length;
  expect(finalWords).toBeLessThan(firstWords);
  // Sent Wed 25 Nov: the final follow-up is 5 business days later, Wed 2 Dec.
  await expect(writer.getByText('Send it on Wed 2 Dec.', { exact: false })).toBeVisible();

  await page.goto('tools/hiring-timeline/');
  const calc = calculator(page);
  const inquiry = step(calc, TITLES.inquiry);
  await expect(badge(inquiry)).toHaveText('Done');
  await expect(inquiry.getByRole('checkbox', { name: TITLES.inquiry })).toBeChecked();
  await expect(when(inquiry)).toHaveText('Wed 25 Nov');
  await expect(reason(inquiry)).toHaveText(
    'You sent it on Wed 25 Nov (planned for Thu 10 Dec); the next steps count from that day.',
  );
  await expect(when(step(calc, TITLES.final))).toHaveText('Wed 2 Dec');
  await expect(reason(step(calc, TITLES.final))).toContainText('(sent Wed 25 Nov)');
  await expect(when(step(calc, TITLES.moveOn))).toHaveText('Wed 16 Dec');
});

test('action-item tracker: default due date, overdue, in the plan and the .ics, sent, cover email, undo', async ({
  page,
}) => {
  await openWith(page, 'tools/action-items/');
  const tracker = page.locator('.action-item-tracker');
  await tracker.getByRole('button', { name: 'Add a promised item' }).click();
  await tracker.getByLabel('What you promised', { exact: true }).fill('two design samples');
  const item = tracker.getByRole('group', { name: 'two design samples' });
  // The date's format is checked on its own below (the tracker writes it differently from the plan).
  await expect(item.getByText(/^Due /)).toHaveText(
    /^Due .+ \(2 business days after the interview, as no deadline was set\)\.$/,
  );

  await page.goto('tools/hiring-timeline/');
  const calc = calculator(page);
  const title = 'Send what you promised: two design samples';
  const row = step(calc, title);
  await expect(when(row)).toHaveText('Thu 26 Nov');
  await expect(badge(row)).toHaveText('Upcoming');
  await expect(reason(row)).toContainText(
    'No due date set, so aim for 2 business days after the interview',
  );
  const file = await download(page, () =>
    calc.getByRole('button', { name: 'Download the whole plan (.ics)' }).click(),
  );
  const itemEvents = events(file.text).filter((e) => e.summary.includes(title));
  expect(itemEvents).toHaveLength(1);
  expect(itemEvents[0]).toMatchObject({ start: '2026-11-26', alarms: 1 });

  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
  await page.goto('tools/action-items/');
  await expect(item.getByRole('alert')).toHaveText(/^Overdue: was due /);
  await item.locator('summary', { hasText: 'Cover email for two design samples' }).click();
  const email = item.getByLabel('Cover email for two design samples', { exact: true });
  await expect(email).toHaveValue(/As promised, I've attached two design samples\./);
  await expect(email).toHaveValue(/I'm sorry it's later than I promised\./);
  await expect(item.getByLabel('Subject', { exact: true })).toHaveValue(
    'Two design samples — Product Designer interview',
  );
  // The cover email is a draft like the others: an edit is kept across a reload, and
  // a change to the item then leaves it alone and says so.
  await email.fill('Hi Priya,\n\nHere are the two samples, as promised.\n\nBest regards,\nAlex');
  await page.reload();
  await item.locator('summary', { hasText: 'Cover email for two design samples' }).click();
  await expect(email).toHaveValue(/Here are the two samples, as promised\./);
  await item.getByLabel('Notes', { exact: true }).fill('The second one is a case study.');
  await expect(
    item.getByText(/Your details changed after you edited this cover email/),
  ).toBeVisible();
  await expect(email).toHaveValue(/Here are the two samples, as promised\./);

  await item.getByRole('checkbox', { name: 'Sent' }).check();
  await expect(item.getByText('Sent.', { exact: true })).toBeVisible();
  await expect(item.getByRole('alert')).toHaveCount(0);

  await item.getByRole('button', { name: 'Remove two design samples' }).click();
  await expect(item).toHaveCount(0);
  await expect(tracker.getByText('Removed two design samples.')).toBeVisible();
  await tracker.getByRole('button', { name: 'Undo' }).click();
  await expect(item).toBeVisible();
  await expect(item.getByRole('checkbox', { name: 'Sent' })).toBeChecked();

  await page.goto('tools/hiring-timeline/');
  await expect(badge(step(calculator(page), title))).toHaveText('Done');
});

test('workspace: what is due follows the clock, and a step marked done on the application page leaves it', async ({
  page,
}) => {
  await openWith(page, 'workspace/', { now: new Date('2026-11-26T10:00:00Z') });
  const due = page.locator('.due-summary');
  const list = (heading: string) => due.locator(`h3:text-is("${heading}") + ul`);
  // Each overdue or due row also offers "Snooze" (its name repeats the step).
  await expect(list('Overdue')).toHaveText(
    `Fernhill Labs: Product Designer: ${TITLES.thankYou} (Wed 25 Nov) Snooze Fernhill Labs: Product Designer: ${TITLES.thankYou}`,
  );
  await expect(list('Due today')).toHaveText(
    `Fernhill Labs: Product Designer: ${TITLES.linkedIn} (Thu 26 Nov) Snooze Fernhill Labs: Product Designer: ${TITLES.linkedIn}`,
  );
  await expect(list('Next up').getByRole('listitem')).toHaveText([
    `Fernhill Labs: Product Designer: ${TITLES.inquiry} (Thu 10 Dec)`,
    `Fernhill Labs: Product Designer: ${TITLES.final} (Thu 17 Dec)`,
    `Fernhill Labs: Product Designer: ${TITLES.moveOn} (Thu 31 Dec)`,
  ]);
  // The calculator is not repeated here: each row's interview links to its page, which
  // dates every step, ticks it and exports it.
  await expect(
    page.getByRole('button', { name: 'Open the hiring-timeline calculator' }),
  ).toHaveCount(0);
  await list('Due today').getByRole('link', { name: 'Fernhill Labs: Product Designer' }).click();
  await expect(page).toHaveURL(/workspace\/application\/\?id=iv-1$/);
  const hubDue = page.getByRole('region', { name: 'What to send, in order' });
  const row = (title: string) => hubDue.locator('li.tool-step').filter({ hasText: title });
  await expect(when(row(TITLES.inquiry))).toHaveText('Thu 10 Dec');

  // Ticking a step on the application page updates the summary on My interviews.
  await row(TITLES.linkedIn)
    .getByRole('button', { name: `Mark done (${TITLES.linkedIn})` })
    .click();
  await expect(badge(row(TITLES.linkedIn))).toHaveText('Done');
  await page.goto('workspace/');
  await expect(due.getByText('Nothing due today.')).toBeVisible();
});

test('guide pages: the calculator hydrates when scrolled to, and the second tool opens from its button', async ({
  page,
}) => {
  await openWith(page, 'guides/hiring-timeline/');
  await expect(page.getByText('Loading your saved interviews…').first()).toBeAttached();
  await expect(calculator(page)).toHaveCount(0);
  await page.getByText('Loading your saved interviews…').first().scrollIntoViewIfNeeded();
  const calc = calculator(page);
  await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');
  await expect(when(step(calc, TITLES.inquiry))).toHaveText('Thu 10 Dec');

  const openWriter = page.getByRole('button', { name: 'Open the status-inquiry writer' });
  await hydrateVisible(page, openWriter);
  await openWriter.click();
  const writer = page.locator('.status-inquiry-writer');
  await expect(writer.getByLabel('Status inquiry to Priya Raman', { exact: true })).toHaveValue(
    /within 2 weeks \(by Tue 8 Dec\)/,
  );

  await page.goto('guides/action-items/');
  const tracker = page.locator('.action-item-tracker');
  await page.getByText('Loading your saved interviews…').first().scrollIntoViewIfNeeded();
  await tracker.getByRole('button', { name: 'Add a promised item' }).click();
  await tracker.getByLabel('What you promised', { exact: true }).fill('three references');
  await expect(tracker.getByRole('group', { name: 'three references' })).toBeVisible();

  const openCalc = page.getByRole('button', { name: 'Open the hiring-timeline calculator' });
  await hydrateVisible(page, openCalc);
  await openCalc.click();
  await expect(when(step(calculator(page), 'Send what you promised: three references'))).toHaveText(
    'Thu 26 Nov',
  );
});

test('keyboard alone: type a timeline, tick a step, download the plan', async ({ page }) => {
  await openWith(page, 'tools/hiring-timeline/');
  const calc = calculator(page);
  await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');
  await tabTo(page, 'What they said about timing');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('by Friday');
  await expectReadAs(calc, 'by Fri 27 Nov');
  await expect(when(step(calc, TITLES.inquiry))).toHaveText('Mon 30 Nov');

  await tabTo(page, TITLES.linkedIn);
  await page.keyboard.press('Space');
  await expect(badge(step(calc, TITLES.linkedIn))).toHaveText('Done');

  await tabTo(page, 'Download the whole plan (.ics)');
  const file = await download(page, () => page.keyboard.press('Enter'));
  expect(events(file.text).find((e) => e.summary.includes(TITLES.inquiry))?.start).toBe(
    '2026-11-30',
  );
});

test('hostile text in the timeline, an item name and its notes shows as text and runs nothing', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openWith(page, 'tools/action-items/');
  const tracker = page.locator('.action-item-tracker');
  await tracker.getByRole('button', { name: 'Add a promised item' }).click();
  await tracker.getByLabel('What you promised', { exact: true }).fill(HOSTILE);
  await tracker.getByLabel('Notes', { exact: true }).fill(HOSTILE);
  const item = tracker.getByRole('group', { name: HOSTILE });
  await expect(item).toBeVisible();
  await item.locator('summary', { hasText: `Cover email for ${HOSTILE}` }).click();
  const cover = item.getByLabel(`Cover email for ${HOSTILE}`, { exact: true });
  await expect
    .poll(() => cover.inputValue())
    .toContain(`As promised, I've attached the ${HOSTILE}.`);
  await expect.poll(() => cover.inputValue()).toContain(`For context: ${HOSTILE}.`);
  await expect(page.locator('.tool img')).toHaveCount(0);

  await page.goto('tools/hiring-timeline/');
  const calc = calculator(page);
  await calc.getByLabel('What they said about timing', { exact: true }).fill(HOSTILE);
  await expect(calc.locator('.tool-warning')).toBeVisible();
  await expect(step(calc, `Send what you promised: ${HOSTILE}`)).toBeVisible();
  await page.reload();
  await expect(calc.getByLabel('What they said about timing', { exact: true })).toHaveValue(
    HOSTILE,
  );
  await expect(calc.locator('.tool-warning')).toBeVisible();
  await expect(page.locator('.tool img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    const pages: { path: string; now?: Date; interact: (page: Page) => Promise<void> }[] = [
      {
        path: 'tools/hiring-timeline/',
        interact: async (page) => {
          const calc = calculator(page);
          await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');
          await calc.getByLabel('What they said about timing', { exact: true }).fill('soon');
          await expect(calc.locator('.tool-warning')).toBeVisible();
          await calc.getByText(/^Holidays: /).click();
          await calc.getByLabel('Add your own day off').fill('2026-12-10');
          await calc.getByRole('button', { name: 'Add day off' }).click();
          await step(calc, TITLES.linkedIn).getByRole('checkbox').check();
          await expect(badge(step(calc, TITLES.linkedIn))).toHaveText('Done');
        },
      },
      {
        path: 'tools/status-inquiry/',
        interact: async (page) => {
          const writer = page.locator('.status-inquiry-writer');
          await expect(
            writer.getByLabel('Status inquiry to Priya Raman', { exact: true }),
          ).toHaveValue(/within 2 weeks/);
          await writer.getByLabel('Tone', { exact: true }).selectOption('formal');
          await writer.getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
          await expect(writer.getByText(/^Sent /)).toBeVisible();
        },
      },
      {
        path: 'tools/action-items/',
        now: new Date('2026-11-27T10:00:00Z'),
        interact: async (page) => {
          const tracker = page.locator('.action-item-tracker');
          await tracker.getByRole('button', { name: 'Add a promised item' }).click();
          await tracker.getByLabel('What you promised', { exact: true }).fill('two design samples');
          await expect(tracker.getByRole('alert')).toBeVisible();
          await tracker
            .locator('summary', { hasText: 'Cover email for two design samples' })
            .click();
          await tracker.getByRole('button', { name: 'Add a promised item' }).click();
          await tracker.getByRole('button', { name: 'Remove Item 2' }).click();
          await expect(tracker.getByRole('button', { name: 'Undo' })).toBeVisible();
        },
      },
      {
        path: 'workspace/',
        now: new Date('2026-11-26T10:00:00Z'),
        interact: async (page) => {
          await expect(page.locator('.due-summary .tool-due.is-overdue')).toBeVisible();
          // The snooze form of the overdue step, and the second tool opened in place.
          await page
            .locator('.due-summary')
            .getByRole('button', {
              name: `Snooze Fernhill Labs: Product Designer: ${TITLES.thankYou}`,
            })
            .click();
          await expect(page.locator('.due-summary .tool-snooze')).toBeVisible();
          const open = page.getByRole('button', { name: 'Open “What to send next”' });
          await hydrateVisible(page, open);
          await open.click();
          await expect(page.getByRole('heading', { name: 'What to send next' })).toBeVisible();
        },
      },
    ];

    for (const { path, now, interact } of pages) {
      test(`/${path} after use: no WCAG 2.2 AA violations, desktop and 320 px without sideways scroll`, async ({
        page,
      }) => {
        await openWith(page, path, now ? { now } : {});
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        await interact(page);
        await expectNoViolations(page, `${path} desktop`);
        await page.setViewportSize({ width: 320, height: 800 });
        await expectNoViolations(page, `${path} 320px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      });
    }
  });
}

// Regressions: each of these was a bug found while writing this file.
test.describe('regressions', () => {
  test('a status inquiry marked sent in the writer can be unticked in the plan', async ({
    page,
  }) => {
    // What the writer's "Mark as sent to Priya Raman" stores: the record names the recipient.
    await openWith(page, 'tools/hiring-timeline/', {
      change: (ws) =>
        void ws.applications[0]!.rounds[0]!.sent.push({
          kind: 'status-inquiry',
          personId: 'p-1',
          at: '2026-11-25T10:00:00.000Z',
        }),
    });
    const calc = calculator(page);
    const inquiry = step(calc, TITLES.inquiry);
    await expectReadAs(calc, 'within 2 weeks (by Tue 8 Dec)');
    await expect(badge(inquiry)).toHaveText('Done');
    const box = inquiry.getByRole('checkbox', { name: TITLES.inquiry });
    await box.click();
    await expect(box).not.toBeChecked();
    await expect(badge(inquiry)).toHaveText('Upcoming');
    await expect(when(inquiry)).toHaveText('Thu 10 Dec');
    await expect(when(step(calc, TITLES.final))).toHaveText('Thu 17 Dec');
  });

  test('once the inquiry is sent, the writer names the date it was planned for, not the day it went out', async ({
    page,
  }) => {
    await openWith(page, 'tools/status-inquiry/');
    const writer = page.locator('.status-inquiry-writer');
    await expect(writer.getByText('Send it on Thu 10 Dec.', { exact: false })).toBeVisible();
    await writer.getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
    await expect(writer.getByText(/^Sent /)).toBeVisible();
    await expect(writer.getByText(/^You sent it on /)).toHaveText(
      'You sent it on Wed 25 Nov (planned for Thu 10 Dec); the next steps count from that day.',
    );
  });

  test('the tracker writes due dates the way the plan does ("Thu 26 Nov")', async ({ page }) => {
    await openWith(page, 'tools/action-items/');
    const tracker = page.locator('.action-item-tracker');
    await tracker.getByRole('button', { name: 'Add a promised item' }).click();
    await tracker.getByLabel('What you promised', { exact: true }).fill('two design samples');
    const item = tracker.getByRole('group', { name: 'two design samples' });
    await expect(item.getByText(/^Due /)).toHaveText(
      'Due Thu 26 Nov (2 business days after the interview, as no deadline was set).',
    );
  });
});
