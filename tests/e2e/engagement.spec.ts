import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  HOSTILE,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  tabTo,
  WORKSPACE_KEY,
} from '../support/tools';

// The company-engagement log (/tools/engagement-log/, and /guides/staying-engaged/), and
// the "Mention from your company log" select it feeds in the message builders.
test.use({ timezoneId: 'Europe/London' });

/** Friday 27 Nov 2026, late morning in London. */
const NOW = new Date('2026-11-27T10:00:00Z');
const TODAY = '2026-11-27';

type SampleWorkspace = ReturnType<typeof sampleWorkspace>;
type Entry = SampleWorkspace['applications'][number]['engagement'][number];

async function openWith(
  page: Page,
  path = 'tools/engagement-log/',
  engagement: Entry[] = [],
): Promise<void> {
  const ws = sampleWorkspace();
  ws.applications[0]!.engagement = engagement;
  await page.clock.setFixedTime(NOW);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(path);
}

const log = (page: Page) => page.locator('.engagement-log');
const form = (page: Page) => log(page).getByRole('group', { name: 'Add to the log' });
const field = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });
const addButton = (page: Page) => form(page).getByRole('button', { name: 'Add to the log' });
const problems = (page: Page) => form(page).getByRole('alert');
const entries = async (page: Page) =>
  ((await storedWorkspace(page)) as SampleWorkspace).applications[0]!.engagement;
const logItem = (page: Page, what: string) =>
  log(page)
    .locator('.tool-log-day li')
    .filter({ has: page.locator('strong', { hasText: what }) });

/** Fills the form and presses "Add to the log". */
async function addEntry(
  page: Page,
  entry: { what: string; kind?: string; date?: string; link?: string; worth?: boolean },
): Promise<void> {
  if (entry.date !== undefined) await field(page, 'Date').fill(entry.date);
  if (entry.kind) await field(page, 'What you did').selectOption(entry.kind);
  await field(page, 'What it was').fill(entry.what);
  if (entry.link !== undefined) await field(page, 'Link (optional)').fill(entry.link);
  if (entry.worth) await field(page, 'Worth mentioning in a follow-up').check();
  await addButton(page).click();
}

/** The "Worth mentioning" box of a log entry (its name ends with the entry, hidden but announced). */
const worthBox = (what: string) =>
  new RegExp(`^Worth mentioning\\s*: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const like = (id: string, what: string, date = TODAY): Entry => ({
  id,
  date,
  kind: 'like',
  what,
  link: '',
  worthMentioning: false,
});

test('the channels checklist keeps its ticks and addresses across reload and on the guide page', async ({
  page,
}) => {
  await openWith(page);
  const news = log(page).getByRole('checkbox', { name: 'Company news page' });
  const address = log(page).getByLabel('Address of the company news page', { exact: true });
  await news.check();
  await address.fill('fernhill.example/news');
  const open = log(page).getByRole('link', { name: 'Open company news page' });
  await expect(open).toHaveAttribute('href', 'https://fernhill.example/news');
  await expect(open).toHaveAttribute('rel', /noopener/);

  const stored = ((await storedWorkspace(page)) as SampleWorkspace).applications[0]!.channels;
  expect(stored.news).toEqual({ url: 'fernhill.example/news', followed: true });
  expect(stored.blog).toEqual({ url: '', followed: false });

  await page.reload();
  await expect(news).toBeChecked();
  await expect(address).toHaveValue('fernhill.example/news');
  await expect(open).toBeVisible();
  await expect(
    log(page).getByRole('checkbox', { name: 'Company blog or engineering blog' }),
  ).not.toBeChecked();

  await page.goto('guides/staying-engaged/');
  await page.getByText('Loading your saved interviews…').first().scrollIntoViewIfNeeded();
  await expect(news).toBeChecked();
  await expect(address).toHaveValue('fernhill.example/news');
  await news.uncheck();
  await page.goto('tools/engagement-log/');
  await expect(news).not.toBeChecked();
});

test('an entry without "What it was", or dated in the future, is refused with a reason and saves nothing', async ({
  page,
}) => {
  await openWith(page);
  await expect(field(page, 'Date')).toHaveValue(TODAY);
  await addButton(page).click();
  await expect(problems(page)).toContainText('Say what it was');
  await expect(log(page).getByText('Nothing logged yet.', { exact: false })).toBeVisible();
  expect(await entries(page)).toEqual([]);

  await addEntry(page, { what: 'their post on the accessibility audit', date: '2026-12-30' });
  await expect(problems(page)).toHaveText(
    'That date is in the future: log things once you have done them.',
  );
  await expect(field(page, 'What it was')).toHaveValue('their post on the accessibility audit');
  expect(await entries(page)).toEqual([]);

  await addEntry(page, {
    what: 'their post on the accessibility audit',
    date: '2026-11-26',
    link: 'javascript:alert(1)',
  });
  await expect(problems(page)).toHaveText(
    'Only web page addresses starting with http:// or https:// can be saved as links.',
  );
  expect(await entries(page)).toEqual([]);

  // Fixed, it goes in: the form empties and the log shows it under its day.
  await field(page, 'Link (optional)').fill('fernhill.example/blog/audit');
  await addButton(page).click();
  await expect(problems(page)).toHaveText('');
  await expect(log(page).getByRole('status')).toHaveText(
    'Added “their post on the accessibility audit” to the log.',
  );
  await expect(field(page, 'What it was')).toHaveValue('');
  await expect(field(page, 'What it was')).toBeFocused();
  const day = log(page).getByRole('region', { name: 'Thu 26 Nov' });
  await expect(day.locator('strong')).toHaveText('their post on the accessibility audit');
  await expect(
    day.getByRole('link', {
      name: 'Link to their post on the accessibility audit (opens in a new tab)',
    }),
  ).toHaveAttribute('href', 'https://fernhill.example/blog/audit');
  expect(await entries(page)).toEqual([
    {
      id: expect.any(String),
      date: '2026-11-26',
      kind: 'read',
      what: 'their post on the accessibility audit',
      link: 'https://fernhill.example/blog/audit',
      worthMentioning: false,
    },
  ]);
});

test('a second like on one day brings a gentle note about the burst (the guide: one a day)', async ({
  page,
}) => {
  await openWith(page, 'tools/engagement-log/', [
    like('e-1', 'the launch post', '2026-11-25'),
    like('e-2', 'the hiring post', '2026-11-26'),
    like('e-3', 'the team photo'),
  ]);
  await expect(logItem(page, 'the team photo')).toBeVisible();
  await expect(log(page).getByText(/^You logged \d+ likes, comments and shares/)).toHaveCount(0);
  await addEntry(page, { what: 'the conference talk', kind: 'like' });
  await expect(
    log(page).getByText(/^You logged 2 likes, comments and shares on Fri 27 Nov\./),
  ).toBeVisible();
  await expect(log(page).getByText('react to one at most', { exact: false })).toBeVisible();
  // Taking one back takes the note away.
  await logItem(page, 'the conference talk')
    .getByRole('button', { name: 'Remove the conference talk' })
    .click();
  await expect(log(page).getByText(/^You logged \d+ likes/)).toHaveCount(0);
});

test('removing an entry offers Undo, which puts it back as it was', async ({ page }) => {
  const entry: Entry = {
    id: 'e-9',
    date: '2026-11-20',
    kind: 'comment',
    what: 'their post on pairing',
    link: 'https://fernhill.example/pairing',
    worthMentioning: true,
  };
  await openWith(page, 'tools/engagement-log/', [entry, like('e-1', 'the launch post')]);
  await logItem(page, 'their post on pairing')
    .getByRole('button', { name: 'Remove their post on pairing' })
    .click();
  await expect(logItem(page, 'their post on pairing')).toHaveCount(0);
  await expect(log(page).getByText('Removed “their post on pairing”.')).toBeVisible();
  expect((await entries(page)).map((e) => e.id)).toEqual(['e-1']);
  const undo = log(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(logItem(page, 'their post on pairing')).toBeVisible();
  await expect(
    logItem(page, 'their post on pairing').getByRole('checkbox', {
      name: worthBox('their post on pairing'),
    }),
  ).toBeChecked();
  await expect(log(page).getByRole('status')).toHaveText('Put back “their post on pairing”.');
  await expect(undo).toHaveCount(0);
  expect(await entries(page)).toContainEqual(entry);
  await page.reload();
  await expect(logItem(page, 'their post on pairing')).toBeVisible();
});

test('an entry marked worth mentioning is offered in the thank-you builder and the status inquiry, and changes the draft', async ({
  page,
}) => {
  await openWith(page);
  const what = 'their post on the accessibility audit';
  await addEntry(page, { what, date: '2026-11-25', worth: true });
  await expect(
    log(page).locator('h2:text-is("Offered to your message builders") + ul li'),
  ).toContainText(what);

  await page.goto('tools/thank-you-email/');
  const builder = page.locator('.thank-you-builder');
  const draft = builder.getByLabel('Email to Priya Raman', { exact: true });
  await expect(draft).toHaveValue(/^Hi Priya,/);
  expect(await draft.inputValue()).not.toContain(what);
  const mention = builder.getByLabel('Mention from your company log', { exact: true }).first();
  await expect(mention.locator('option')).toHaveText(['Nothing from the log', what]);
  await mention.selectOption({ label: what });
  await expect(draft).toHaveValue(new RegExp(what));
  await page.reload();
  await expect(mention).toHaveValue(/.+/);
  await expect(draft).toHaveValue(new RegExp(what));
  // Only Priya's draft mentions it.
  expect(
    await builder.getByLabel('Email to Tom Okafor', { exact: true }).inputValue(),
  ).not.toContain(what);

  await page.goto('tools/status-inquiry/');
  const writer = page.locator('.status-inquiry-writer');
  const inquiry = writer.getByLabel('Status inquiry to Priya Raman', { exact: true });
  await expect(inquiry).toHaveValue(/^Hi Priya,/);
  expect(await inquiry.inputValue()).not.toContain(what);
  await writer
    .getByLabel('Mention from your company log', { exact: true })
    .selectOption({ label: what });
  await expect(inquiry).toHaveValue(new RegExp(what));

  // The LinkedIn note offers it as its detail too.
  await page.goto('tools/linkedin-message/');
  const generator = page.locator('.linkedin-generator');
  await generator.getByLabel('Detail to mention', { exact: true }).selectOption(what);
  await expect(generator.getByLabel('Note to Priya Raman', { exact: true })).toHaveValue(
    new RegExp(what),
  );

  // Unmarked in the log: the builders stop offering it, and the drafts drop it.
  await page.goto('tools/engagement-log/');
  await logItem(page, what)
    .getByRole('checkbox', { name: worthBox(what) })
    .uncheck();
  await page.goto('tools/thank-you-email/');
  await expect(draft).toHaveValue(/^Hi Priya,/);
  await expect(builder.getByLabel('Mention from your company log', { exact: true })).toHaveCount(0);
  expect(await draft.inputValue()).not.toContain(what);
  await page.goto('tools/linkedin-message/');
  await expect(
    generator.getByLabel('Detail to mention', { exact: true }).locator('option'),
  ).toHaveText(['the redesign of the onboarding flow', 'No detail']);
});

test('keyboard alone: tick a channel, log an entry worth mentioning, remove it and undo', async ({
  page,
}) => {
  await openWith(page);
  await expect(log(page)).toBeVisible();
  await tabTo(page, 'Company news page');
  await page.keyboard.press('Space');
  await expect(log(page).getByRole('checkbox', { name: 'Company news page' })).toBeChecked();
  await tabTo(page, 'Address of the company news page');
  await page.keyboard.type('https://fernhill.example/news');
  await tabTo(page, 'What you did');
  await page.keyboard.press('ArrowDown');
  await expect(field(page, 'What you did')).toHaveValue('comment');
  await tabTo(page, 'What it was');
  await page.keyboard.type('their post on the accessibility audit');
  await tabTo(page, 'Worth mentioning in a follow-up');
  await page.keyboard.press('Space');
  await tabTo(page, 'Add to the log');
  await page.keyboard.press('Enter');
  const item = logItem(page, 'their post on the accessibility audit');
  await expect(item).toContainText('Commented');
  await expect(item.getByRole('checkbox')).toBeChecked();
  await expect(field(page, 'What it was')).toBeFocused();

  await tabTo(page, 'Remove');
  await page.keyboard.press('Enter');
  await expect(item).toHaveCount(0);
  // Focus went to Undo, so Enter brings it back.
  await page.keyboard.press('Enter');
  await expect(item).toBeVisible();
  expect(await entries(page)).toHaveLength(1);
});

test('hostile text in every field shows as text, a hostile link never becomes one, and nothing runs', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openWith(page);
  for (const kind of ['news', 'company LinkedIn page', 'blog or engineering blog']) {
    await log(page)
      .getByLabel(new RegExp(`^Address of the (company )?${kind}`, 'i'))
      .fill(HOSTILE);
  }
  await expect(log(page).locator('.tool-channel .tool-warning')).toHaveCount(3);
  await expect(log(page).locator('.tool-channel a')).toHaveCount(0);

  // A hostile link refuses the entry, with the reason.
  await addEntry(page, { what: HOSTILE, link: HOSTILE, worth: true });
  await expect(problems(page)).toHaveText(
    'A web address has no spaces or line breaks in it; paste only the link.',
  );
  await addEntry(page, { what: HOSTILE, link: '"><img/src=x/onerror=alert(1)>', worth: true });
  await expect(problems(page)).not.toHaveText('');
  expect(await entries(page)).toEqual([]);
  await field(page, 'Link (optional)').fill('');
  await addButton(page).click();
  await expect(logItem(page, HOSTILE)).toBeVisible();
  await expect(
    log(page).locator('h2:text-is("Offered to your message builders") + ul li'),
  ).toContainText(HOSTILE);
  await page.reload();
  await expect(logItem(page, HOSTILE)).toBeVisible();
  await expect(
    log(page).getByLabel('Address of the company news page', { exact: true }),
  ).toHaveValue(HOSTILE);
  await expect(log(page).locator('img')).toHaveCount(0);

  // Offered to the thank-you builder as text, and drafted as text.
  await page.goto('tools/thank-you-email/');
  const builder = page.locator('.thank-you-builder');
  await builder
    .getByLabel('Mention from your company log', { exact: true })
    .first()
    .selectOption({ label: HOSTILE });
  await expect(builder.getByLabel('Email to Priya Raman', { exact: true })).toHaveValue(
    new RegExp(HOSTILE.replace(/[()[\]]/g, '\\$&')),
  );
  await expect(builder.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing after use, ${colorScheme} theme (and 320 px in light)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    // One like a day: within the guide's limit, but a string of likes with no comment.
    await openWith(page, 'tools/engagement-log/', [
      like('e-1', 'the launch post', '2026-11-24'),
      like('e-2', 'the hiring post', '2026-11-25'),
      like('e-3', 'the team photo', '2026-11-26'),
      like('e-4', 'the talk'),
    ]);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    await log(page).getByRole('checkbox', { name: 'Company news page' }).check();
    await log(page)
      .getByLabel('Address of the company news page', { exact: true })
      .fill('fernhill.example/news');
    await log(page)
      .getByLabel('Address of the company blog or engineering blog', { exact: true })
      .fill('not a link');
    await addEntry(page, { what: '', date: '2026-12-30' });
    await expect(problems(page)).not.toHaveText('');
    await addEntry(page, {
      what: 'their post on pairing',
      date: '2026-11-20',
      link: 'fernhill.example/pairing',
      worth: true,
    });
    await logItem(page, 'the talk').getByRole('button', { name: 'Remove the talk' }).click();
    await expect(log(page).getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(log(page).getByText(/^You logged \d+ likes/)).toHaveCount(0);
    await expect(log(page).getByText(/^You liked 3 posts/)).toBeVisible();
    await expectNoViolations(page, 'desktop');
    // The narrow screen once per tool (the light run): the colours do not change with the width.
    if (colorScheme === 'dark') return;
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoViolations(page, '320px');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

// Regressions: each of these was a bug found while writing this file.
test.describe('regressions', () => {
  test('channel names keep their capitals mid-sentence: "company LinkedIn page", not "company linkedin page"', async ({
    page,
  }) => {
    await openWith(page);
    await expect(
      log(page).getByLabel('Address of the company LinkedIn page', { exact: true }),
    ).toBeVisible();
    const social = log(page).getByLabel(
      'Address of the other social accounts (X, Instagram, YouTube…)',
      { exact: true },
    );
    await social.fill('youtube.com/@fernhill');
    await expect(
      log(page).getByRole('link', { name: 'Open other social accounts (X, Instagram, YouTube…)' }),
    ).toHaveAttribute('href', 'https://youtube.com/@fernhill');
  });
});
