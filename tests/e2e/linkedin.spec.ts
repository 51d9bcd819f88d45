import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  HOSTILE,
  readClipboard,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  tabTo,
  WORKSPACE_KEY,
} from '../support/tools';

// The LinkedIn message generator (/tools/linkedin-message/, and /guides/linkedin/).
test.use({ timezoneId: 'Europe/London' });

type SampleWorkspace = ReturnType<typeof sampleWorkspace>;

/** Seeds the sample workspace (optionally changed first) and opens `path`. */
async function openWith(
  page: Page,
  path = 'tools/linkedin-message/',
  change?: (ws: SampleWorkspace) => void,
): Promise<void> {
  const ws = sampleWorkspace();
  change?.(ws);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(path);
}

const tool = (page: Page) => page.locator('.linkedin-generator');
const tier = (page: Page) => tool(page).getByLabel('Your LinkedIn account', { exact: true });
const noteSection = (page: Page, who = 'Priya Raman') =>
  tool(page).getByRole('region', { name: `Connection note to ${who}` });
const note = (page: Page, who = 'Priya Raman') =>
  tool(page).getByLabel(`Note to ${who}`, { exact: true });
const counter = (page: Page, who = 'Priya Raman') =>
  noteSection(page, who).locator('.tool-counter');
const overLimit = (page: Page, who = 'Priya Raman') =>
  noteSection(page, who).locator('.tool-danger-text');
const profileField = (page: Page, who = 'Priya Raman') =>
  tool(page).getByLabel(`LinkedIn profile address of ${who}`, { exact: true });
const profileLink = (page: Page, who = 'Priya Raman') =>
  tool(page).getByRole('link', { name: `Open ${who}’s profile on LinkedIn` });

/** "N of L characters" for the note as it stands, counted the way a person counts (one emoji, one character). */
async function expectCounterMatchesNote(page: Page, limit: 200 | 300): Promise<number> {
  // The note may still be regenerating (a new tier gives a longer draft): read the note
  // and the counter together until they agree, rather than the note once.
  let count = -1;
  await expect
    .poll(async () => {
      const value = await note(page).inputValue();
      count = await page.evaluate(
        (t) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(t)].length,
        value,
      );
      return (await counter(page).textContent()) === `${count} of ${limit} characters`;
    })
    .toBe(true);
  return count;
}

test('the counter follows the account: 200 characters on free, 300 on Premium; the choice persists across reload and pages', async ({
  page,
}) => {
  await openWith(page);
  await expect(note(page)).toHaveValue(/^Hi Priya, .*the redesign of the onboarding flow/);
  await expect(tier(page)).toHaveValue('free');
  expect(await expectCounterMatchesNote(page, 200)).toBeLessThanOrEqual(200);
  await expect(overLimit(page)).toHaveText('');

  await tier(page).selectOption('premium');
  await expectCounterMatchesNote(page, 300);
  await expect(
    tool(page).getByText('On Premium you can add a note to every request, up to 300 characters', {
      exact: false,
    }),
  ).toBeVisible();
  expect(((await storedWorkspace(page)) as SampleWorkspace).profile.linkedinTier).toBe('premium');

  await page.reload();
  await expect(tier(page)).toHaveValue('premium');
  await expectCounterMatchesNote(page, 300);

  await page.goto('guides/linkedin/');
  await page.getByText('Loading your saved interviews…').first().scrollIntoViewIfNeeded();
  await expect(tier(page)).toHaveValue('premium');
  await expectCounterMatchesNote(page, 300);
  // And back to free from the guide: the tool page follows.
  await tier(page).selectOption('free');
  await page.goto('tools/linkedin-message/');
  await expect(tier(page)).toHaveValue('free');
  await expectCounterMatchesNote(page, 200);
});

test('an over-long note says how far over, copying asks first, and "Use a version that fits" puts back one that fits', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWith(page);
  const generated = await note(page).inputValue();
  const long = 'Hi Priya, ' + 'thank you for a wonderful conversation. '.repeat(6);
  await note(page).fill(long);
  await expect(counter(page)).toHaveText(`${long.length} of 200 characters`);
  await expect(counter(page)).toHaveClass(/is-over/);
  await expect(overLimit(page)).toHaveText(
    `${long.length - 200} characters over the 200-character limit of a free account.`,
  );
  await expect(
    noteSection(page).getByText('The draft from your details always fits', { exact: false }),
  ).toBeVisible();

  // Copy: no dialog; it copies, and the same line says the note will not go as it is.
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await tool(page).getByRole('button', { name: 'Copy note to Priya Raman' }).click();
  await expect(noteSection(page).getByRole('status')).toHaveText(
    `Copied, but this note is ${long.length - 200} characters over the 200-character limit of a free account. LinkedIn will refuse it or cut it off. Trim it before you send it.`,
  );
  expect(dialogs).toBe(0);
  expect(await readClipboard(page)).toBe(long);

  // Premium fits it, and says nothing about a limit.
  await tier(page).selectOption('premium');
  await expect(counter(page)).toHaveText(`${long.length} of 300 characters`);
  await expect(overLimit(page)).toHaveText('');
  await tier(page).selectOption('free');
  await expect(overLimit(page)).not.toHaveText('');

  // The fix: confirmed in place, the edited note is replaced by the kit's, which fits.
  await noteSection(page)
    .getByRole('button', { name: 'Use a version that fits (note to Priya Raman)' })
    .click();
  await noteSection(page)
    .getByRole('group', { name: /^Replace your edited note to Priya Raman/ })
    .getByRole('button', { name: 'Yes, start again (note to Priya Raman)' })
    .click();
  await expect(note(page)).toHaveValue(generated);
  expect(await expectCounterMatchesNote(page, 200)).toBeLessThanOrEqual(200);
  await expect(overLimit(page)).toHaveText('');
  await expect(
    noteSection(page).getByRole('button', {
      name: 'Start again from my details (note to Priya Raman)',
    }),
  ).toBeFocused();
  await page.reload();
  await expect(note(page)).toHaveValue(generated);
});

test('an emoji such as 👩‍💻 counts as one character, as LinkedIn counts it', async ({ page }) => {
  await openWith(page);
  await note(page).fill('Hi Priya! 👩‍💻🇬🇧');
  await expect(counter(page)).toHaveText('12 of 200 characters');
  // 200 of them fit exactly (as UTF-16 that would be 1,000); one more is one over.
  await note(page).fill('👩‍💻'.repeat(200));
  await expect(counter(page)).toHaveText('200 of 200 characters');
  await expect(overLimit(page)).toHaveText('');
  await note(page).fill('👩‍💻'.repeat(201));
  await expect(counter(page)).toHaveText('201 of 200 characters');
  await expect(overLimit(page)).toHaveText(
    '1 character over the 200-character limit of a free account.',
  );
});

test('a profile address becomes a link to the profile; a company page or a look-alike gets a reason instead', async ({
  page,
}) => {
  await openWith(page);
  await expect(
    tool(page).getByText('Paste the address from their profile page', { exact: false }),
  ).toBeVisible();
  await profileField(page).fill('linkedin.com/in/priya-raman');
  await expect(profileLink(page)).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/priya-raman/',
  );
  await expect(profileLink(page)).toHaveAttribute('target', '_blank');
  await expect(profileLink(page)).toHaveAttribute('rel', /noopener/);

  await profileField(page).fill('https://www.linkedin.com/company/fernhill-labs/');
  await expect(
    tool(page).getByText("This is a company page, not a person's profile."),
  ).toBeVisible();
  await expect(profileLink(page)).toHaveCount(0);

  await profileField(page).fill('https://linkedin.com.evil.example/in/priya-raman');
  await expect(
    tool(page).getByText(
      'This address is not on linkedin.com, so it cannot be a LinkedIn profile.',
    ),
  ).toBeVisible();
  await expect(profileLink(page)).toHaveCount(0);

  // Saved with the interviewer: back after a reload, and shown for Priya only.
  await profileField(page).fill('https://uk.linkedin.com/in/priya-raman?trk=abc');
  await expect(profileLink(page)).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/priya-raman/',
  );
  await page.reload();
  await expect(profileField(page)).toHaveValue('https://uk.linkedin.com/in/priya-raman?trk=abc');
  await expect(profileLink(page)).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/priya-raman/',
  );
  await tool(page).getByLabel('Interviewer', { exact: true }).selectOption('p-2');
  await expect(profileField(page, 'Tom Okafor')).toHaveValue('');
  await expect(tool(page).getByRole('link', { name: /profile on LinkedIn/ })).toHaveCount(0);
});

test('requests marked sent: "without a note" is stored as such, and a free account is told to stop adding notes after five this month', async ({
  page,
}) => {
  // 27 Nov 2026. Four notes already went out this month from another interview; an
  // October note and a request without a note do not count against November's five.
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
  await openWith(page, 'tools/linkedin-message/', (ws) => {
    const other = structuredClone(ws.applications[0]!);
    other.id = 'iv-0';
    other.company = 'Alder & Co';
    other.people = other.people.map((p, n) => ({ ...p, id: `p-old-${n}` }));
    other.rounds[0]!.met = other.people.map((p) => p.id);
    other.rounds[0]!.sent = [
      {
        kind: 'linkedin',
        personId: 'p-old-0',
        at: '2026-10-30T09:00:00.000Z',
        withNote: true,
      },
      {
        kind: 'linkedin',
        personId: 'p-old-0',
        at: '2026-11-02T09:00:00.000Z',
        withNote: true,
      },
      {
        kind: 'linkedin',
        personId: 'p-old-1',
        at: '2026-11-03T09:00:00.000Z',
        withNote: true,
      },
      {
        kind: 'linkedin',
        personId: 'p-old-1',
        at: '2026-11-04T09:00:00.000Z',
        withNote: false,
      },
      { kind: 'linkedin', personId: 'p-old-0', at: '2026-11-10T09:00:00.000Z' },
      {
        kind: 'linkedin',
        personId: 'p-old-1',
        at: '2026-11-20T09:00:00.000Z',
        withNote: true,
      },
    ];
    ws.applications.unshift(other);
    ws.applications[1]!.rounds[0]!.sent.push({
      kind: 'thank-you-email',
      personId: 'p-1',
      at: '2026-11-25T09:00:00.000Z',
    });
  });
  // Priya has had her thank-you, so now is the time; Tom has not.
  await expect(
    tool(page).getByText('Your thank-you email has gone out, so this is a good time to connect', {
      exact: false,
    }),
  ).toBeVisible();
  const about = (n: number) => `you've used ${n} this month`;
  await expect(tool(page).getByText(about(4), { exact: false })).toBeVisible();
  await expect(tool(page).getByText('so about 1 is left', { exact: false })).toBeVisible();

  // Tom without a note: recorded, and the count of notes stays at four.
  await tool(page).getByLabel('Interviewer', { exact: true }).selectOption('p-2');
  await expect(
    tool(page).getByText('Send your thank-you email first.', { exact: false }),
  ).toBeVisible();
  await noteSection(page, 'Tom Okafor')
    .getByRole('button', { name: 'Mark sent without a note to Tom Okafor' })
    .click();
  await expect(
    noteSection(page, 'Tom Okafor').getByText(/^Request sent without a note /),
  ).toBeVisible();
  const sent = () =>
    storedWorkspace(page).then((ws) =>
      (ws as SampleWorkspace).applications
        .find((i) => i.id === 'iv-1')!
        .rounds[0]!.sent.filter((s) => s.kind === 'linkedin'),
    );
  expect(await sent()).toEqual([
    { kind: 'linkedin', personId: 'p-2', at: '2026-11-27T10:00:00.000Z', withNote: false },
  ]);
  await expect(tool(page).getByText(about(4), { exact: false })).toBeVisible();

  // Priya with the note: the fifth this month, so the advice turns to sending without one.
  await tool(page).getByLabel('Interviewer', { exact: true }).selectOption('p-1');
  await noteSection(page)
    .getByRole('button', { name: 'Mark sent with this note to Priya Raman' })
    .click();
  await expect(noteSection(page).getByText(/^Request sent with the note /)).toBeVisible();
  const limitReached =
    "You've added a note to 5 requests this month, and free accounts get only about five, so send this request without a note.";
  await expect(tool(page).getByText(limitReached)).toBeVisible();
  await expect(tool(page).getByText(about(4), { exact: false })).toHaveCount(0);
  // A request with the note is stored without withNote:false (records without the flag count as notes).
  const priya = (await sent()).find((s) => s.personId === 'p-1');
  expect(priya).toMatchObject({ kind: 'linkedin', at: '2026-11-27T10:00:00.000Z' });
  expect(priya?.withNote).not.toBe(false);

  await page.reload();
  await expect(tool(page).getByText(limitReached)).toBeVisible();
  // Premium has no monthly cap on notes.
  await tier(page).selectOption('premium');
  await expect(tool(page).getByText(limitReached)).toHaveCount(0);
  await tier(page).selectOption('free');
  // Undoing Priya's request gives the note back.
  await noteSection(page).getByRole('button', { name: 'Not sent yet to Priya Raman' }).click();
  await expect(tool(page).getByText(about(4), { exact: false })).toBeVisible();
});

test('keyboard alone: choose Premium, paste the profile, write the note, mark it sent without a note', async ({
  page,
}) => {
  await openWith(page);
  await expect(note(page)).toHaveValue(/^Hi Priya,/);
  await tabTo(page, 'Your LinkedIn account');
  await page.keyboard.press('ArrowDown');
  await expect(tier(page)).toHaveValue('premium');
  await expect(counter(page)).toHaveText(/ of 300 characters$/);

  await tabTo(page, 'LinkedIn profile address of Priya Raman');
  await page.keyboard.type('linkedin.com/in/priya-raman');
  await expect(profileLink(page)).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/priya-raman/',
  );
  await tabTo(page, 'Open Priya Raman’s profile on LinkedIn');

  await tabTo(page, 'Note to Priya Raman');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Hi Priya, great to meet you on Tuesday.');
  await expect(counter(page)).toHaveText('39 of 300 characters');

  await tabTo(page, 'Mark sent without a note');
  await page.keyboard.press('Enter');
  await expect(noteSection(page).getByText(/^Request sent without a note /)).toBeVisible();
  await tabTo(page, 'Not sent yet');
  await page.keyboard.press('Space');
  await expect(
    noteSection(page).getByRole('button', { name: 'Mark sent with this note to Priya Raman' }),
  ).toBeVisible();
});

test('hostile text in the profile address, the note, the message and the interview details shows as text and runs nothing', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openWith(page, 'tools/linkedin-message/', (ws) => {
    ws.applications[0]!.people[0]!.topics = HOSTILE;
    ws.applications[0]!.company = HOSTILE;
  });
  // The detail from the interview notes is offered, and drafted, as text.
  await expect(
    tool(page).getByLabel('Detail to mention', { exact: true }).locator('option').first(),
  ).toHaveText(HOSTILE);
  await expect(tool(page).getByLabel('Message to Priya Raman', { exact: true })).toHaveValue(
    new RegExp(HOSTILE.replace(/[()[\]]/g, '\\$&')),
  );

  await profileField(page).fill(HOSTILE);
  await expect(
    tool(page).getByText(
      'This is not a web address: it contains characters such as < > or quotes that addresses never have.',
    ),
  ).toBeVisible();
  await expect(profileLink(page)).toHaveCount(0);
  for (const address of [
    'javascript:alert(1)//linkedin.com/in/priya-raman',
    'linkedin.com/in/"><img src=x onerror=alert(1)>',
  ]) {
    await profileField(page).fill(address);
    await expect(profileLink(page)).toHaveCount(0);
    await expect(tool(page).locator('.tool-warning').first()).toBeVisible();
  }
  await profileField(page).fill(HOSTILE);

  await note(page).fill(HOSTILE);
  await tool(page).getByLabel('Message to Priya Raman', { exact: true }).fill(HOSTILE);
  await expect(counter(page)).toHaveText(`${HOSTILE.length} of 200 characters`);
  await page.reload();
  await expect(profileField(page)).toHaveValue(HOSTILE);
  await expect(note(page)).toHaveValue(HOSTILE);
  await expect(tool(page).getByLabel('Message to Priya Raman', { exact: true })).toHaveValue(
    HOSTILE,
  );
  // Edited drafts are checked for tone on load; the checker quotes the text, as text.
  await expect(noteSection(page).getByText(/^Tone check: /)).toBeVisible();
  await expect(tool(page).getByText('This is not a web address', { exact: false })).toBeVisible();
  await expect(tool(page).locator('img')).toHaveCount(0);
  await expect(tool(page).locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(tool(page).getByLabel('Interview', { exact: true })).toContainText(HOSTILE);
  expect(dialogs).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing after use, ${colorScheme} theme (and 320 px in light)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openWith(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    await expect(note(page)).toBeVisible();
    await profileField(page).fill('https://www.linkedin.com/company/fernhill-labs/');
    await expect(
      tool(page).getByText("This is a company page, not a person's profile."),
    ).toBeVisible();
    await note(page).fill('Hi Priya, ' + 'thank you for a wonderful conversation! '.repeat(6));
    await expect(overLimit(page)).not.toHaveText('');
    await expect(noteSection(page).getByText(/^Tone check: /)).toBeVisible();
    await noteSection(page)
      .getByRole('button', { name: 'Mark sent without a note to Priya Raman' })
      .click();
    await expectNoViolations(page, 'desktop');
    await profileField(page).fill('linkedin.com/in/priya-raman');
    await expect(profileLink(page)).toBeVisible();
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
