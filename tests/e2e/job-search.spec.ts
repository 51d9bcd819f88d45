import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { HOSTILE, WORKSPACE_KEY, sampleWorkspace, seedStorage, tabTo } from '../support/tools';

const PAGE = 'workspace/search/';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

/** The sample workspace with a later round, messages sent, an offer, and hostile text. */
function searchWorkspace() {
  const ws = sampleWorkspace();
  const app = ws.applications[0]!;
  app.company = HOSTILE;
  app.role = FORMULA;
  app.jobLink = 'javascript:alert(1)';
  app.rounds[0]!.end = '15:00';
  app.rounds[0]!.sent.push({
    kind: 'thank-you-email',
    personId: 'p-1',
    at: '2026-11-24T18:00:00.000Z',
  });
  app.outcomes.push({ status: 'offer', at: '2026-12-02', deadline: '2026-12-09', note: HOSTILE });
  ws.applications.push({
    ...app,
    id: 'iv-2',
    company: 'Harbour & Co',
    role: 'UX Researcher',
    jobLink: 'https://jobs.example/42',
    source: 'agency',
    rounds: [
      {
        ...app.rounds[0]!,
        id: 'round-1',
        kind: 'recruiter-screen',
        date: '2026-11-10',
        start: '09:00',
        end: '09:30',
        met: ['p-2'],
        sent: [],
      },
    ],
    outcomes: [{ status: 'rejected', at: '2026-11-20', note: '' }],
    createdAt: '2026-11-03T10:00:00.000Z',
  });
  return ws;
}

async function openWith(page: Page, ws: unknown = searchWorkspace()) {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(PAGE);
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
}

test('shows each application with its dated records, user text as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openWith(page);
  const first = page.getByRole('region', { name: `${HOSTILE} — ${FORMULA}` });
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(`${HOSTILE} — ${FORMULA}`);
  // Not a web address: shown as text, never a link.
  await expect(first.getByText('Job link: javascript:alert(1)')).toBeVisible();
  await expect(first.getByRole('link')).toHaveCount(0);
  const rows = first.getByRole('table').getByRole('row');
  await expect(rows).toHaveText([
    'DateRecordDetails',
    '24 Nov 2026ApplicationSource: Applied directly',
    '24 Nov 2026Interview: Video14:00–15:00 (Europe/London); Met: Priya Raman, Tom Okafor',
    '24 Nov 2026Sent: Thank-you emailTo: Priya Raman',
    '24 Nov 2026Outcome: Waiting to hear',
    `2 Dec 2026Outcome: OfferAnswer by 2026-12-09; ${HOSTILE}`,
  ]);
  const second = page.getByRole('region', { name: 'Harbour & Co — UX Researcher' });
  await expect(second.getByRole('link', { name: 'https://jobs.example/42' })).toHaveAttribute(
    'href',
    'https://jobs.example/42',
  );
  await expect(
    second.getByRole('paragraph').filter({ hasText: 'Source: Through an agency' }),
  ).toBeVisible();
  await expect(second.getByRole('row').nth(2)).toHaveText(
    '10 Nov 2026Interview: Recruiter screen09:00–09:30 (Europe/London); Met: Tom Okafor',
  );
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('From 3 Nov 2026 to 2 Dec 2026.');
  await expect(summary.getByRole('definition')).toHaveText(['2', '2', '1', '1', '0', '1', '0']);
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('Download CSV saves every record, dated, with formulas defused', async ({ page }) => {
  await openWith(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^job-search-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded ${download.suggestedFilename()}.`,
  );
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n');
  // The HTML-looking company needs no quoting and no defusing: it is text to a spreadsheet.
  const hostile = HOSTILE;
  const role = `"'=HYPERLINK(""http://evil.example"",""click"")"`;
  expect(lines).toEqual([
    'Company,Role,Record,Date,Details,Job link',
    `${hostile},${role},Application,2026-11-24,Source: Applied directly,javascript:alert(1)`,
    `${hostile},${role},Interview: Video,2026-11-24,"14:00–15:00 (Europe/London); Met: Priya Raman, Tom Okafor",javascript:alert(1)`,
    `${hostile},${role},Sent: Thank-you email,2026-11-24,To: Priya Raman,javascript:alert(1)`,
    `${hostile},${role},Outcome: Waiting to hear,2026-11-24,,javascript:alert(1)`,
    `${hostile},${role},Outcome: Offer,2026-12-02,Answer by 2026-12-09; ${HOSTILE},javascript:alert(1)`,
    'Harbour & Co,UX Researcher,Application,2026-11-03,Source: Through an agency,https://jobs.example/42',
    'Harbour & Co,UX Researcher,Interview: Recruiter screen,2026-11-10,09:00–09:30 (Europe/London); Met: Tom Okafor,https://jobs.example/42',
    'Harbour & Co,UX Researcher,Outcome: Not selected,2026-11-20,,https://jobs.example/42',
  ]);
});

test('the buttons work from the keyboard, and printing hides everything but the report', async ({
  page,
}) => {
  await openWith(page);
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  await tabTo(page, 'Print');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.report-actions', '.report-intro'])
    await expect(page.locator(hidden)).toBeHidden();
  await expect(page.getByRole('table').first()).toBeVisible();
});

test('an empty workspace says so and links to the debrief, where a new interview starts', async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.getByText('There is nothing to print or download yet')).toBeVisible();
  await page
    .locator('.job-search-report')
    .getByRole('link', { name: 'Debrief an interview' })
    .click();
  await expect(page).toHaveURL(/\/workspace\/debrief\/$/);
  // And My interviews links back here.
  await page.goto('workspace/');
  await page.getByRole('link', { name: 'My job search: print or download (CSV)' }).click();
  await expect(page).toHaveURL(/\/workspace\/search\/$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no WCAG 2.2 AA violations with data (${colorScheme}, desktop and 320 px, no sideways scroll)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openWith(page);
    await expectNoViolations(page, `job search ${colorScheme}`);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoViolations(page, `job search ${colorScheme} 320px`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  });
}
