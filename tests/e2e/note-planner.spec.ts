import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  HOSTILE,
  editApplication,
  WORKSPACE_KEY,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  tabTo,
} from '../support/tools';

const TOOL = 'tools/handwritten-note/';
const GUIDE = 'guides/handwritten-note/';

type SampleWorkspace = ReturnType<typeof sampleWorkspace>;

/** Seeds the sample workspace (optionally changed first) and opens `path`. */
async function openWith(
  page: Page,
  path = TOOL,
  change?: (ws: SampleWorkspace) => void,
): Promise<void> {
  const ws = sampleWorkspace();
  change?.(ws);
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto(path);
  if (path === GUIDE) await page.locator('.tool-slot').scrollIntoViewIfNeeded();
  await expect(planner(page)).toBeVisible();
}

const planner = (page: Page) => page.locator('.note-planner');
const note = (page: Page) => page.getByLabel('Your note', { exact: true });
const cardPreview = (page: Page) => page.getByRole('group', { name: 'The card at real size' });
const envelope = (page: Page) => page.getByRole('group', { name: 'The envelope' });
const fitLine = (page: Page) => page.locator('.note-fit p').first();

/** "12 of 17 lines" → [12, 17]. */
async function linesUsed(fit: Locator): Promise<[number, number]> {
  const text = await fit.locator('.tool-counter').innerText();
  const m = /^(\d+) of (\d+) lines$/.exec(text.trim());
  expect(m, `counter text "${text}"`).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

/** The envelope's lines as rendered. */
const envelopeLines = (page: Page) => envelope(page).locator(':scope > div').allInnerTexts();

test.describe('the first draft', () => {
  test('is addressed to the chosen interviewer and quotes their topic verbatim', async ({
    page,
  }) => {
    await openWith(page);
    await expect(page.getByLabel('Interviewer', { exact: true })).toHaveValue('p-1');
    await expect(note(page)).toHaveValue(/^Dear Priya Raman,\n/);
    await expect(note(page)).toHaveValue(/the redesign of the onboarding flow/);
    await expect(note(page)).toHaveValue(/With thanks,\nSam Rivera$/);
    await expect(page.getByRole('heading', { name: 'Your card for Priya Raman' })).toBeVisible();
    await expect(cardPreview(page)).toContainText('Dear Priya Raman,');

    await page.getByLabel('Interviewer', { exact: true }).selectOption({ label: 'Tom Okafor' });
    await expect(page.getByRole('heading', { name: 'Your card for Tom Okafor' })).toBeVisible();
    await expect(note(page)).toHaveValue(/^Dear Tom Okafor,\n/);
    await expect(note(page)).toHaveValue(/how designers and engineers pair on prototypes/);
    await expect(note(page)).not.toHaveValue(/Priya|onboarding/);
    await expect(cardPreview(page)).toContainText('Dear Tom Okafor,');
    await expect(cardPreview(page)).not.toContainText('Priya');
  });

  test('follows the details as they are typed until the note is edited', async ({ page }) => {
    await openWith(page);
    const topics = page.getByLabel('What you talked about', { exact: true });
    await topics.fill('- the accessibility audit you ran last spring\nsecond point');
    await expect(note(page)).toHaveValue(
      /our conversation about the accessibility audit you ran last spring\./,
    );
    await expect(note(page)).not.toHaveValue(/second point|- the/);
    await topics.fill('the pairing rota');
    await expect(note(page)).toHaveValue(/our conversation about the pairing rota\./);
  });
});

test.describe('fit on the card', () => {
  test('switching between A2 and A6 updates lines used of the maximum', async ({ page }) => {
    await openWith(page);
    const a2 = page.getByRole('radio', { name: 'A2 folded card (4.25 × 5.5 in)' });
    const a6 = page.getByRole('radio', { name: 'A6 card (105 × 148 mm)' });
    await expect(a2).toBeChecked();
    await expect(fitLine(page)).toContainText(/^\d+ of 17 lines: fits an A2 card\.$/);

    // A line of exactly 35 characters: one line on A2 (35 per line), two on A6 (34 per line).
    const line = 'I loved hearing about your roadmap.';
    expect(line).toHaveLength(35);
    await note(page).fill(Array(6).fill(line).join('\n'));
    await expect(fitLine(page)).toHaveText('6 of 17 lines: fits an A2 card.');
    await expect(cardPreview(page).locator('.note-line')).toHaveCount(6);

    await a6.check();
    await expect(a6).toBeChecked();
    await expect(a2).not.toBeChecked();
    await expect(fitLine(page)).toHaveText('12 of 18 lines: fits an A6 card.');
    await expect(cardPreview(page).locator('.note-line')).toHaveCount(12);
    await expect(
      page.getByText('The box is the writing area: the back of the card.'),
    ).toBeVisible();

    await a2.check();
    await expect(fitLine(page)).toHaveText('6 of 17 lines: fits an A2 card.');
    await expect(
      page.getByText('The box is the writing area: the inside right panel of the folded card.'),
    ).toBeVisible();
  });

  test('a very long note says it does not fit, and by how many lines', async ({ page }) => {
    await openWith(page);
    const sentence = 'Thank you again for the thoughtful conversation about the team. ';
    const long = sentence.repeat(Math.ceil(1500 / sentence.length)).trim();
    expect(long.length).toBeGreaterThanOrEqual(1500);
    await note(page).fill(long);

    const fit = page.locator('.note-fit');
    // 35 characters a line at most: at least this many lines, wrapped at word boundaries
    // (the count follows the text once typing pauses).
    await expect
      .poll(async () => (await linesUsed(fit))[0])
      .toBeGreaterThanOrEqual(Math.ceil(long.length / 35));
    const [used, max] = await linesUsed(fit);
    expect(max).toBe(17);
    const over = used - max;
    await expect(fitLine(page)).toHaveText(
      `${used} of 17 lines: ${over} lines too long for an A2 card. Shorten it, or choose a bigger card.`,
    );
    await expect(fitLine(page)).toHaveClass(/tool-warning/);
    // The card shows what fits; the rest is listed as running past the bottom.
    await expect(cardPreview(page).locator('.note-line')).toHaveCount(17);
    await expect(
      page.getByText('These lines would run past the bottom of the card:'),
    ).toBeVisible();
    await expect(page.locator('.note-overflow-lines .note-line')).toHaveCount(over);

    await page.getByRole('radio', { name: /^A6 card/ }).check();
    const [usedA6, maxA6] = await linesUsed(fit);
    expect(maxA6).toBe(18);
    await expect(fitLine(page)).toContainText(`${usedA6 - 18} lines too long for an A6 card.`);
  });

  test('three paragraphs are flagged; two are not', async ({ page }) => {
    await openWith(page);
    const two =
      'Dear Priya Raman,\n\nThank you for your time today.\n\nI would love to join the team.\n\nWith thanks,\nSam Rivera';
    await note(page).fill(two);
    await expect(page.locator('.note-fit')).toContainText('2 sentences in 2 paragraphs.');
    await expect(page.getByText(/a card reads best with two short paragraphs at most/)).toHaveCount(
      0,
    );

    const three =
      'Dear Priya Raman,\n\nThank you for your time today.\n\nI enjoyed the studio tour.\n\nI would love to join the team.\n\nWith thanks,\nSam Rivera';
    await note(page).fill(three);
    await expect(page.locator('.note-fit')).toContainText('3 sentences in 3 paragraphs.');
    await expect(
      page.getByText('That is 3 paragraphs: a card reads best with two short paragraphs at most.'),
    ).toBeVisible();
  });
});

test('the envelope shows the name, title, company and every address line typed', async ({
  page,
}) => {
  // Name, title and company come saved (the application page edits them); the address is typed here.
  await openWith(page, TOOL, (ws) => {
    const app = ws.applications[0]!;
    app.company = 'Fernhill Labs Ltd';
    Object.assign(app.people[0]!, { name: 'Dr Priya Raman', title: 'Head of Design' });
  });
  await expect(
    page.getByText('Add their mailing address above to complete the envelope.'),
  ).toBeVisible();
  await page
    .getByLabel('Mailing address for a card')
    .fill('Fernhill Labs Ltd\n  12   Mill Lane\n\nBristol BS1 4QA\nUnited Kingdom');
  await expect
    .poll(() => envelopeLines(page))
    .toEqual([
      'Dr Priya Raman',
      'Head of Design',
      'Fernhill Labs Ltd',
      '12 Mill Lane',
      'Bristol BS1 4QA',
      'United Kingdom',
    ]);
  await expect(
    page.getByText('Add their mailing address above to complete the envelope.'),
  ).toHaveCount(0);
  // It is per person: Tom's envelope has his own details and no address yet.
  await page.getByLabel('Interviewer', { exact: true }).selectOption('p-2');
  await expect
    .poll(() => envelopeLines(page))
    .toEqual(['Tom Okafor', 'Engineering Manager', 'Fernhill Labs Ltd']);
  await expect(
    page.getByText('Add their mailing address above to complete the envelope.'),
  ).toBeVisible();
});

test.describe('when to mail it', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('on a weekday interview it is that day, and the email reminder is shown', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T15:30:00Z'));
    await openWith(page);
    const deadline = page.locator('.tool-deadline');
    await expect(deadline).toHaveText(/^Mail it by Tuesday,? 24 November 2026 \(today\)\.$/);
    await expect(deadline.locator('time')).toHaveAttribute('datetime', '2026-11-24');
    await expect(page.getByText(/^The day of your interview: post it that day/)).toBeVisible();
    await expect(
      page.getByText(
        /so it goes with your thank-you email, never instead of it: send the email within 24 hours of the interview as well\./,
      ),
    ).toBeVisible();
  });

  test('a Saturday interview keeps its own day, as the guide says', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-20T09:00:00Z'));
    await openWith(page, TOOL, (ws) => {
      ws.applications[0]!.rounds[0]!.date = '2026-11-28';
    });
    const deadline = page.locator('.tool-deadline');
    await expect(deadline).toHaveText(/^Mail it by Saturday,? 28 November 2026\.$/);
    await expect(
      page.getByText(
        /^The day of your interview: post it that day, or hand it in at reception as you leave\. Weekends and holidays do not move it/,
      ),
    ).toBeVisible();
    await expect(page.getByText(/never instead of it/)).toBeVisible();
  });

  test('with no date saved, it asks for one with a link to the application page', async ({
    page,
  }) => {
    await openWith(page, TOOL, (ws) => {
      ws.applications[0]!.rounds[0]!.date = '';
    });
    const ask = page.getByText(
      'Add the interview date in Edit details to see the day to mail the card.',
    );
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('link', { name: 'Edit details' })).toHaveAttribute(
      'href',
      '/workspace/application/?id=iv-1#edit',
    );
    await expect(page.getByText(/never instead of it/)).toBeVisible();
  });

  test('once the interview day has passed, it says so instead of moving the day on', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T09:00:00Z'));
    await openWith(page);
    await expect(page.locator('.tool-deadline')).toHaveText(
      /^Mail it by Tuesday,? 24 November 2026\.$/,
    );
    await expect(
      page.getByText(
        /^The interview day has passed\. A card posted now may arrive after they decide: hand it in if you can, or let your thank-you email do the work\./,
      ),
    ).toBeVisible();
  });
});

test.describe('edits to the note', () => {
  const MINE =
    'Dear Priya,\n\nThanks for the tour of the studio. I keep thinking about your onboarding sketches.\n\nWith thanks,\nSam';

  test('survive a reload and show on the guide page too', async ({ page }) => {
    await openWith(page);
    await note(page).fill(MINE);
    await expect(cardPreview(page)).toContainText('Thanks for the tour of the studio.');
    await page.reload();
    await expect(note(page)).toHaveValue(MINE);
    await expect(cardPreview(page)).toContainText('Thanks for the tour of the studio.');

    await page.goto(GUIDE);
    const slot = page.locator('.tool-slot');
    await slot.scrollIntoViewIfNeeded();
    await expect(slot.getByLabel('Your note', { exact: true })).toHaveValue(MINE);
    await expect(slot.getByRole('group', { name: 'The card at real size' })).toContainText(
      'I keep thinking about your',
    );
    await expect(slot.getByRole('heading', { name: 'Your card for Priya Raman' })).toBeVisible();
  });

  test('"Start again from my details" asks first, in place: "Keep my edits" keeps the edit, "Yes" replaces it', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openWith(page);
    const startAgain = page.getByRole('button', { name: 'Start again from my details' });
    const question = page.getByRole('group', { name: /^Replace your edited note to Priya Raman/ });

    // Nothing edited yet: nothing to lose, so no question.
    await startAgain.click();
    await expect(question).toHaveCount(0);
    await expect(note(page)).toHaveValue(/^Dear Priya Raman,/);

    await note(page).fill(MINE);
    await startAgain.click();
    await expect(question).toBeFocused();
    await expect(question).toContainText('Your changes will be lost.');
    await question.getByRole('button', { name: /^Keep my edits/ }).click();
    await expect(question).toHaveCount(0);
    await expect(startAgain).toBeFocused();
    await expect(note(page)).toHaveValue(MINE);

    await startAgain.click();
    await question.getByRole('button', { name: /^Yes, start again/ }).click();
    await expect(startAgain).toBeFocused();
    await expect(note(page)).toHaveValue(
      /^Dear Priya Raman,\n\nThank you for speaking with me about the Product Designer role at Fernhill Labs\./,
    );
    await expect(cardPreview(page)).not.toContainText('studio');
    // The browser's own confirm() is never used.
    expect(dialogs).toBe(0);

    // The fresh draft follows the details again, and survives a reload as such.
    await page.getByLabel('What you talked about', { exact: true }).fill('the pairing rota');
    await expect(note(page)).toHaveValue(/our conversation about the pairing rota\./);
    await page.reload();
    await expect(note(page)).toHaveValue(/our conversation about the pairing rota\./);
  });

  test('an edited note survives a change of details, with a notice that the details changed', async ({
    page,
  }) => {
    await openWith(page);
    await note(page).fill(MINE);
    // Right after the edit nothing changed: no notice.
    const stale = planner(page).getByText('Your details changed after you edited this note', {
      exact: false,
    });
    await expect(stale).toHaveCount(0);
    await page.getByLabel('What you talked about', { exact: true }).fill('the pairing rota');
    await expect(stale).toBeVisible();
    await expect(note(page)).toHaveValue(MINE);
    await page.reload();
    await expect(note(page)).toHaveValue(MINE);
    await expect(stale).toBeVisible();
  });
});

test.describe('headings', () => {
  const SECTIONS = [
    'Your card for Priya Raman',
    'The card at real size',
    'The envelope',
    'When to mail it',
  ];

  test("on the tool page the planner's sections are h2 under the page's h1", async ({ page }) => {
    await openWith(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handwritten-note planner');
    for (const name of SECTIONS)
      await expect(page.getByRole('heading', { name, exact: true, level: 2 })).toBeVisible();
  });

  test('inside the guide the planner\'s sections are h3, under the guide\'s "Plan your card" h2', async ({
    page,
  }) => {
    await openWith(page, GUIDE);
    await expect(
      page.getByRole('heading', { name: 'Plan your card', exact: true, level: 2 }),
    ).toBeVisible();
    const slot = page.locator('.tool-slot');
    // Same level as the guide's own section would make them look like new guide sections
    // ("The envelope" beside "Worked examples"), not parts of "Plan your card".
    for (const name of SECTIONS)
      await expect(slot.getByRole('heading', { name, exact: true, level: 3 }), name).toBeVisible();
    await expect(slot.getByRole('heading', { level: 2 })).toHaveCount(0);
  });
});

test.describe('printing', () => {
  for (const path of [TOOL, GUIDE]) {
    test(`prints only the card text and the envelope address (/${path})`, async ({ page }) => {
      await openWith(page, path);
      await page.getByLabel('Mailing address for a card').fill('12 Mill Lane\nBristol BS1 4QA');
      await page.emulateMedia({ media: 'print' });

      await expect(cardPreview(page)).toBeVisible();
      await expect(cardPreview(page)).toContainText('Dear Priya Raman,');
      await expect(cardPreview(page)).toContainText('With thanks,');
      await expect(envelope(page)).toBeVisible();
      await expect(envelope(page)).toContainText('Bristol BS1 4QA');

      for (const hidden of [
        page.locator('.site-header'),
        page.locator('h1'),
        page.locator('.site-footer'),
        note(page),
        page.getByLabel('Interviewer', { exact: true }),
        page.getByLabel('Mailing address for a card'),
        page.getByRole('radio', { name: /^A2 folded card/ }),
        page.getByRole('button', { name: 'Mark as mailed' }),
        page.getByRole('heading', { name: 'When to mail it' }),
        page.locator('.note-fit'),
        page.locator('.tool-deadline'),
      ]) {
        await expect(hidden).toBeHidden();
      }
      if (path === GUIDE) {
        await expect(page.locator('.prose > p').first()).toBeHidden();
        await expect(page.locator('.sidebar')).toBeHidden();
        await expect(page.getByRole('heading', { name: 'Worked examples' })).toBeHidden();
      }
      // The card prints at its real size: 4.25 in wide (96 CSS px per inch).
      const box = await cardPreview(page).boundingBox();
      expect(box?.width).toBeCloseTo(4.25 * 96, 0);
      expect(box?.height).toBeCloseTo(5.5 * 96, 0);

      // Back on screen, everything comes back.
      await page.emulateMedia({ media: 'screen' });
      await expect(note(page)).toBeVisible();
      await expect(page.locator('.site-header')).toBeVisible();
    });
  }
});

test.describe('printing in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test("the card and envelope print as black text, not the screen's light-on-dark colours", async ({
    page,
  }) => {
    await openWith(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByLabel('Mailing address for a card').fill('12 Mill Lane');
    await page.emulateMedia({ media: 'print' });
    await expect(cardPreview(page)).toHaveCSS('color', 'rgb(0, 0, 0)');
    await expect(envelope(page)).toHaveCSS('color', 'rgb(0, 0, 0)');
    await expect(page.locator('.site-header')).toBeHidden();
  });
});

test('"Mark as mailed" records it, shows it, and "Not mailed yet" takes it back', async ({
  page,
}) => {
  await openWith(page);
  const status = page.locator('.note-card-section [role="status"]');
  await expect(status).toHaveText('Not marked as mailed yet.');
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  await expect(status).toContainText(/^Marked as mailed on /);
  await expect(page.getByRole('button', { name: 'Not mailed yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as mailed' })).toHaveCount(0);
  await expect(
    page.getByLabel('Interviewer', { exact: true }).locator('option:checked'),
  ).toHaveText('Priya Raman (card mailed)');

  const saved = (await storedWorkspace(page)) as SampleWorkspace;
  expect(saved.applications[0]!.rounds[0]!.sent).toEqual([
    {
      kind: 'handwritten-note',
      personId: 'p-1',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    },
  ]);

  // It is kept across a reload, and is per person.
  await page.reload();
  await expect(status).toContainText(/^Marked as mailed on /);
  await page.getByLabel('Interviewer', { exact: true }).selectOption('p-2');
  await expect(status).toHaveText('Not marked as mailed yet.');
  await page.getByLabel('Interviewer', { exact: true }).selectOption('p-1');

  await page.getByRole('button', { name: 'Not mailed yet' }).click();
  await expect(status).toHaveText('Not marked as mailed yet.');
  await expect(page.getByRole('button', { name: 'Mark as mailed' })).toBeVisible();
  await expect(
    page.getByLabel('Interviewer', { exact: true }).locator('option:checked'),
  ).toHaveText('Priya Raman');
  expect(
    ((await storedWorkspace(page)) as SampleWorkspace).applications[0]!.rounds[0]!.sent,
  ).toEqual([]);
});

test("cards marked as mailed to everyone tick the step in the application's details", async ({
  page,
}) => {
  await openWith(page);
  const person = page.getByLabel('Interviewer', { exact: true });
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  await expect(page.getByRole('button', { name: 'Not mailed yet' })).toBeVisible();
  await editApplication(page, 'iv-1');
  const step = page.getByRole('checkbox', { name: 'Handwritten note mailed (optional)' });
  // One of two people is not everyone.
  await expect(step).not.toBeChecked();
  await expect(page.getByText('Handwritten note to Priya Raman', { exact: false })).toBeVisible();

  await page.goto(TOOL);
  await person.selectOption('p-2');
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  await expect(person.locator('option')).toHaveText([
    'Priya Raman (card mailed)',
    'Tom Okafor (card mailed)',
  ]);
  await editApplication(page, 'iv-1');
  await expect(step).toBeChecked();
  await expect(step).toBeDisabled();
  await expect(step).toHaveAccessibleDescription('(marked sent in a tool)');
});

test('works with the keyboard alone: interviewer, card size, note and "Mark as mailed"', async ({
  page,
}) => {
  await openWith(page);
  const person = page.getByLabel('Interviewer', { exact: true });

  await tabTo(page, 'Interviewer');
  await expect(person).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(person).toHaveValue('p-2');
  await expect(page.getByRole('heading', { name: 'Your card for Tom Okafor' })).toBeVisible();
  await expect(person).toBeFocused();

  await tabTo(page, 'A2 folded card');
  await expect(page.getByRole('radio', { name: /^A2 folded card/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const a6 = page.getByRole('radio', { name: /^A6 card/ });
  await expect(a6).toBeChecked();
  await expect(a6).toBeFocused();
  await expect(fitLine(page)).toContainText(/of 18 lines: fits an A6 card\./);

  await tabTo(page, 'Your note');
  await expect(note(page)).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nP.S. Typed by keyboard.');
  await expect(note(page)).toHaveValue(/^Dear Tom Okafor,[\s\S]*\nP\.S\. Typed by keyboard\.$/);
  await expect(cardPreview(page)).toContainText('P.S. Typed by keyboard.');

  // Shift+Tab goes back into the note from the button after it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start again from my details' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(note(page)).toBeFocused();

  await tabTo(page, 'Mark as mailed');
  const mailed = page.locator('.note-card-section .tool-actions').last().getByRole('button');
  await expect(mailed).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Marked as mailed on /)).toBeVisible();
  await expect(mailed).toHaveText('Not mailed yet');
  await expect(mailed).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText('Not marked as mailed yet.')).toBeVisible();
  await expect(mailed).toHaveText('Mark as mailed');
});

test('hostile text in name, topics, address and note shows as text and never runs', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  // The name comes saved (typed on the application page); topics and address are typed here.
  await openWith(page, TOOL, (ws) => {
    ws.applications[0]!.people[0]!.name = HOSTILE;
  });
  await page.getByLabel('What you talked about', { exact: true }).fill(HOSTILE);
  await page.getByLabel('Mailing address for a card').fill(`${HOSTILE}\n1 Main St`);

  await expect(note(page)).toHaveValue(new RegExp(`^Dear ${HOSTILE.replace(/[()]/g, '\\$&')},`));
  await expect(cardPreview(page)).toContainText(`Dear ${HOSTILE},`);
  await expect(cardPreview(page)).toContainText('our conversation about');
  await expect(page.getByRole('heading', { name: `Your card for ${HOSTILE}` })).toBeVisible();
  await expect(
    page.getByLabel('Interviewer', { exact: true }).locator('option:checked'),
  ).toHaveText(HOSTILE);
  // The address line that repeats the name is dropped; the rest is text.
  await expect
    .poll(() => envelopeLines(page))
    .toEqual([HOSTILE, 'Design Lead', 'Fernhill Labs', '1 Main St']);

  await note(page).fill(`${HOSTILE}\n\n${HOSTILE} ${HOSTILE}`);
  await expect(cardPreview(page)).toContainText(HOSTILE);
  await expect(cardPreview(page).locator('.note-line').first()).toHaveText(HOSTILE);

  await page.reload();
  await expect(cardPreview(page).locator('.note-line').first()).toHaveText(HOSTILE);
  await expect(envelope(page)).toContainText(HOSTILE);
  await expect(planner(page).locator('img')).toHaveCount(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the filled-in planner has no WCAG 2.2 AA violations, and fits 320 px without scrolling sideways', async ({
      page,
    }) => {
      await openWith(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      await page.getByText('Signed as Sam Rivera').click();
      await page.getByLabel('Your phone (optional)', { exact: true }).fill('07700 900123');
      await page.getByLabel('Mailing address for a card').fill('12 Mill Lane\nBristol BS1 4QA');
      // Over-long and three paragraphs, so the warnings and the overflow list are checked too.
      await note(page).fill(
        `Dear Priya,\n\n${'A long line of thanks for the time you gave me. '.repeat(12)}\n\nTwo.\n\nThree.\n\nWith thanks,\nSam`,
      );
      await expect(page.getByText(/a card reads best with two short paragraphs/)).toBeVisible();
      await expect(page.locator('.note-overflow')).toBeVisible();
      await page.getByRole('button', { name: 'Mark as mailed' }).click();
      await expect(page.getByRole('button', { name: 'Not mailed yet' })).toBeVisible();
      await expectNoViolations(page, `planner ${colorScheme} desktop`);

      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoViolations(page, `planner ${colorScheme} 320px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
      // The card scales down with the screen rather than being cut off.
      const box = await cardPreview(page).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    });

    test('the planner inside the guide has no violations, and fits 320 px', async ({ page }) => {
      await openWith(page, GUIDE);
      await page.getByLabel('Mailing address for a card').fill('12 Mill Lane\nBristol BS1 4QA');
      await expectNoViolations(page, `guide ${colorScheme} desktop`);
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoViolations(page, `guide ${colorScheme} 320px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    });
  });
}
