import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expectNoViolations } from '../support/axe';
import { sampleWorkspace, seedStorage, storedWorkspace, WORKSPACE_KEY } from '../support/tools';

// With no holiday typed, the plan skips the public holidays of
// the region the browser's time zone and language suggest (holidays/<REGION>.json,
// fetched on demand), the calendar file agrees, and the picker changes it.

const TITLES = {
  inquiry: 'Ask about the status',
  final: 'Send one last follow-up',
  moveOn: 'Move on',
} as const;

const calculator = (page: Page) => page.locator('.timeline-calculator');
const step = (scope: Locator, title: string) =>
  scope.locator('li.tool-step').filter({ has: scope.page().locator('strong', { hasText: title }) });
const when = (row: Locator) => row.locator('.tool-step-when');
const summary = (scope: Locator) => scope.locator('.tool-days-off > summary');

/** The sample interview moved to `date` with `timeline`, the region not chosen yet. */
async function open(page: Page, date: string, timeline: string, now: string): Promise<void> {
  const ws = sampleWorkspace();
  const settings = ws.settings as Partial<typeof ws.settings>;
  delete settings.holidayRegion;
  delete settings.holidaysRemoved;
  delete settings.weekend;
  const round = ws.applications[0]!.rounds[0]!;
  Object.assign(round, { date, start: '10:00', timeline });
  ws.applications[0]!.outcomes = [{ status: 'waiting', at: date, note: '' }];
  await page.clock.setFixedTime(new Date(now));
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('tools/hiring-timeline/');
}

function icsStarts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent'))
    out.set(
      String(e.getFirstPropertyValue('summary')),
      (e.getFirstPropertyValue('dtstart') as ICAL.Time).toString().slice(0, 10),
    );
  return out;
}

test.describe('London (en-GB, Europe/London)', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('1-2 weeks after Fri 4 Dec 2026: final Thu 31 Dec, move on Fri 15 Jan, no step on a bank holiday, and the .ics agrees', async ({
    page,
  }) => {
    await open(page, '2026-12-04', '1-2 weeks', '2026-12-04T17:00:00Z');
    const calc = calculator(page);
    await expect(summary(calc)).toHaveText(
      'Holidays: England (suggested) · 3 days off in the plan’s range · weekend Sat–Sun',
    );
    await expect(when(step(calc, TITLES.final))).toHaveText('Thu 31 Dec');
    await expect(when(step(calc, TITLES.moveOn))).toHaveText(/^Fri 15 Jan/);
    for (const text of await calc.locator('.tool-step-when').allTextContents())
      expect(text).not.toMatch(/Fri 25 Dec|Mon 28 Dec|Fri 1 Jan/);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      calc.getByRole('button', { name: 'Download the whole plan (.ics)' }).click(),
    ]);
    const starts = icsStarts(await readFile(await file.path(), 'utf8'));
    const byTitle = (title: string) => [...starts].find(([s]) => s.includes(title))?.[1];
    expect(byTitle(TITLES.inquiry)).toBe('2026-12-22');
    expect(byTitle(TITLES.final)).toBe('2026-12-31');
    expect(byTitle(TITLES.moveOn)).toBe('2027-01-15');
    expect([...starts.values()]).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/2026-12-25|2026-12-28|2027-01-01/)]),
    );
  });

  test('the picker changes the region, a public day can be worked and an own day added, and both persist', async ({
    page,
  }) => {
    await open(page, '2026-12-04', '1-2 weeks', '2026-12-04T17:00:00Z');
    const calc = calculator(page);
    const final = when(step(calc, TITLES.final));
    await expect(final).toHaveText('Thu 31 Dec');
    await summary(calc).click();
    const region = calc.getByLabel('Region', { exact: true });
    await expect(region).toBeEnabled();
    await expect(region).toHaveValue('GB-ENG');
    // The US does not close on 28 December.
    await region.selectOption('US');
    await expect(summary(calc)).toHaveText(/^Holidays: United States|^Holidays: US/);
    await expect(final).toHaveText('Wed 30 Dec');
    await region.selectOption('GB-ENG');
    await expect(final).toHaveText('Thu 31 Dec');

    // Working the substitute bank holiday brings the final follow-up a day forward…
    await calc.getByText(/the next \d+ public holidays/).click();
    await calc
      .getByRole('button', { name: /^I work this day: Boxing Day \(substitute day\)/ })
      .click();
    await expect(final).toHaveText('Wed 30 Dec');
    // …and a day of one's own pushes it back.
    await calc.getByLabel('Add your own day off').fill('2026-12-30');
    await calc.getByRole('button', { name: 'Add day off' }).click();
    await expect(final).toHaveText('Thu 31 Dec');

    const saved = (await storedWorkspace(page)) as { settings: Record<string, unknown> };
    expect(saved.settings).toMatchObject({
      holidayRegion: 'GB-ENG',
      holidaysRemoved: ['2026-12-28'],
      holidays: ['2026-12-30'],
      weekend: null,
    });
    await page.reload();
    await expect(when(step(calculator(page), TITLES.final))).toHaveText('Thu 31 Dec');
    await expect(summary(calculator(page))).toHaveText(/^Holidays: England ·/);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`axe, ${colorScheme}, 320 px, with the picker open`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.emulateMedia({ colorScheme });
      await open(page, '2026-12-04', '1-2 weeks', '2026-12-04T17:00:00Z');
      const calc = calculator(page);
      await expect(when(step(calc, TITLES.final))).toHaveText('Thu 31 Dec');
      await summary(calc).click();
      await expect(calc.getByLabel('Region', { exact: true })).toBeEnabled();
      await calc.getByText(/the next \d+ public holidays/).click();
      await expectNoViolations(page, `hiring timeline, holidays open, ${colorScheme}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
});

test.describe('New York (en-US, America/New_York)', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('within 3 business days of Wed 25 Nov 2026 skips Thanksgiving, not the Friday after', async ({
    page,
  }) => {
    await open(page, '2026-11-25', 'within 3 business days', '2026-11-25T20:00:00Z');
    const calc = calculator(page);
    await expect(summary(calc)).toHaveText(/^Holidays: United States.* \(suggested\)/);
    // Thu 26 off; Fri 27, Mon 30, Tue 1 Dec; then 2 business days: Thu 3 Dec.
    await expect(calc.getByText(/^Read as: /)).toContainText('Tue 1 Dec');
    await expect(when(step(calc, TITLES.inquiry))).toHaveText('Thu 3 Dec');
  });
});

test.describe('India (en-IN, Asia/Kolkata)', () => {
  test.use({ timezoneId: 'Asia/Kolkata', locale: 'en-IN' });

  test('within 2 business days of Fri 6 Nov 2026, Diwali on Sunday 8 Nov: Tue 10 Nov', async ({
    page,
  }) => {
    await open(page, '2026-11-06', 'within 2 business days', '2026-11-06T12:00:00Z');
    const calc = calculator(page);
    await expect(summary(calc)).toHaveText(/^Holidays: India \(suggested\)/);
    await expect(calc.getByText(/^Read as: /)).toContainText('Tue 10 Nov');
    await expect(when(step(calc, TITLES.inquiry))).toHaveText('Thu 12 Nov');
  });
});
