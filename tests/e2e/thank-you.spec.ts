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

const builder = (page: Page) => page.locator('.thank-you-builder');
const body = (page: Page, who: string) => page.getByLabel(`Email to ${who}`, { exact: true });

test.describe('with a saved interview', () => {
  test.beforeEach(async ({ page }) => {
    await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  });

  test('two interviewers get two distinct drafts, each naming its own person and topic', async ({
    page,
  }) => {
    await page.goto('tools/thank-you-email/');
    const priya = body(page, 'Priya Raman');
    const tom = body(page, 'Tom Okafor');
    await expect(priya).toHaveValue(/^Hi Priya,/);
    await expect(priya).toHaveValue(/the redesign of the onboarding flow/);
    await expect(tom).toHaveValue(/^Hi Tom,/);
    await expect(tom).toHaveValue(/how designers and engineers pair on prototypes/);
    expect(await priya.inputValue()).not.toContain('prototypes');
    expect(await tom.inputValue()).not.toContain('onboarding');
    await expect(builder(page).getByText(/alike to the email for/)).toHaveCount(0);
    await expect(
      builder(page).getByText('Personal to Priya Raman', { exact: false }),
    ).toBeVisible();
    await expect(
      builder(page)
        .getByText(/\d+ words · aim for 100–180/)
        .first(),
    ).toBeVisible();
  });

  test('warns when a draft has nothing specific, and when two drafts look alike', async ({
    page,
  }) => {
    await page.goto('tools/thank-you-email/');
    await page.getByText('What you discussed with Tom Okafor').click();
    const topics = builder(page).getByLabel('What you talked about');
    await topics.nth(1).fill('');
    await expect(
      builder(page).getByText('Nothing here is specific to Tom Okafor.', { exact: false }),
    ).toBeVisible();
    // Tom's email pasted into Priya's, names swapped: the look-alike warning must fire.
    const tomText = await body(page, 'Tom Okafor').inputValue();
    await body(page, 'Priya Raman').fill(tomText.replace('Hi Tom,', 'Hi Priya,'));
    await expect(builder(page).getByText(/\d+% alike to the email for Tom Okafor/)).toBeVisible();
  });

  test('the send-by time counts from the interview in its own time zone', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T18:00:00Z'));
    await page.goto('tools/thank-you-email/');
    // 14:00 London on 24 Nov is 14:00 UTC; 24 h later is 25 Nov 14:00 UTC, 20 h from now.
    const deadline = builder(page).locator('.tool-deadline');
    await expect(deadline).toContainText('Send by');
    await expect(deadline).toContainText('20 h left');
    await expect(deadline).toContainText('Latest');
    await page.clock.setFixedTime(new Date('2026-11-27T09:00:00Z'));
    await page.reload();
    await expect(deadline).toContainText('Overdue');
  });

  test('edits are kept when the details change, flagged, and replaced only once "Start again" is confirmed', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('tools/thank-you-email/');
    const mine = 'Hi Priya, my own words about the onboarding redesign.';
    const stale = builder(page).getByText('Your details changed after you edited this email', {
      exact: false,
    });
    await body(page, 'Priya Raman').fill(mine);
    // Edited, and nothing changed since: no false alarm.
    await expect(
      builder(page).getByText('Personal to Priya Raman', { exact: false }),
    ).toBeVisible();
    await expect(stale).toHaveCount(0);

    await page.getByText('What you discussed with Priya Raman').click();
    await builder(page).getByLabel('What you talked about').first().fill('accessibility audits');
    await expect(body(page, 'Priya Raman')).toHaveValue(mine);
    await expect(stale).toBeVisible();
    // Only Priya's email was edited: Tom's follows his details and says nothing.
    await expect(stale).toHaveCount(1);

    // Asked in place; keeping the edit changes nothing.
    const startAgain = builder(page).getByRole('button', {
      name: 'Start again from my details (email to Priya Raman)',
    });
    const question = builder(page).getByRole('group', {
      name: /^Replace your edited email to Priya Raman/,
    });
    await startAgain.click();
    await expect(question).toBeFocused();
    await question.getByRole('button', { name: 'Keep my edits (email to Priya Raman)' }).click();
    await expect(question).toHaveCount(0);
    await expect(startAgain).toBeFocused();
    await expect(body(page, 'Priya Raman')).toHaveValue(mine);

    // Survives a reload, still flagged.
    await page.reload();
    await expect(body(page, 'Priya Raman')).toHaveValue(mine);
    await expect(stale).toBeVisible();

    await startAgain.click();
    await question.getByRole('button', { name: 'Yes, start again (email to Priya Raman)' }).click();
    await expect(body(page, 'Priya Raman')).toHaveValue(/accessibility audits/);
    await expect(stale).toHaveCount(0);
    await expect(startAgain).toBeFocused();
    expect(dialogs).toBe(0);
  });

  test('with the keyboard, "Start again" asks, Escape keeps the edit and focus returns to the button', async ({
    page,
  }) => {
    await page.goto('tools/thank-you-email/');
    await body(page, 'Tom Okafor').fill('Hi Tom, typed by keyboard.');
    const startAgain = builder(page).getByRole('button', {
      name: 'Start again from my details (email to Tom Okafor)',
    });
    await startAgain.focus();
    await page.keyboard.press('Enter');
    const question = builder(page).getByRole('group', {
      name: /^Replace your edited email to Tom Okafor/,
    });
    await expect(question).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    await expect(startAgain).toBeFocused();
    await expect(body(page, 'Tom Okafor')).toHaveValue('Hi Tom, typed by keyboard.');

    await page.keyboard.press('Enter');
    await expect(question).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      question.getByRole('button', { name: 'Yes, start again (email to Tom Okafor)' }),
    ).toBeFocused();
    await expectNoViolations(page, 'start-again question open');
    await page.keyboard.press('Enter');
    await expect(startAgain).toBeFocused();
    await expect(body(page, 'Tom Okafor')).toHaveValue(/^Hi Tom,\n/);
  });

  test('copy puts subject and body on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('tools/thank-you-email/');
    await builder(page).getByRole('button', { name: 'Copy email to Priya Raman' }).click();
    await expect(builder(page).getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const copied = await readClipboard(page);
    expect(copied).toMatch(/^Subject: Thank you/);
    expect(copied).toContain('Hi Priya,');
  });

  test('"open in my email app" carries the address, subject and body, encoded', async ({
    page,
  }) => {
    await page.goto('tools/thank-you-email/');
    const link = builder(page).getByRole('link', {
      name: 'Open in my email app (email to Priya Raman)',
    });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^mailto:priya@example\.com\?/);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toMatch(/^Thank you/);
    expect(params.get('body')?.replace(/\r\n/g, '\n')).toBe(
      await body(page, 'Priya Raman').inputValue(),
    );
  });

  test('a draft too long for a mailto link offers copying instead', async ({ page }) => {
    await page.goto('tools/thank-you-email/');
    await body(page, 'Tom Okafor').fill(
      'Hi Tom, ' + 'thank you again for a great conversation. '.repeat(80),
    );
    await expect(
      builder(page).getByText('Too long to open as a link in some email apps', { exact: false }),
    ).toBeVisible();
    await expect(
      builder(page).getByRole('link', { name: 'Open in my email app (email to Tom Okafor)' }),
    ).toHaveCount(0);
  });

  test('mark as sent records the time, survives reload, and can be undone', async ({ page }) => {
    await page.goto('tools/thank-you-email/');
    await builder(page).getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
    await expect(
      builder(page)
        .getByText(/^Sent /)
        .first(),
    ).toBeVisible();
    const ws = (await storedWorkspace(page)) as {
      applications: { rounds: { sent: { kind: string; personId: string; at: string }[] }[] }[];
    };
    expect(ws.applications[0]!.rounds[0]!.sent).toEqual([
      { kind: 'thank-you-email', personId: 'p-1', at: expect.stringMatching(/^\d{4}-/) },
    ]);
    await page.reload();
    await builder(page).getByRole('button', { name: 'Not sent yet to Priya Raman' }).click();
    await expect(
      builder(page).getByRole('button', { name: 'Mark as sent to Priya Raman' }),
    ).toBeVisible();
  });

  test('the same data shows after reload and on the guide pages', async ({ page }) => {
    await page.goto('tools/thank-you-email/');
    await body(page, 'Tom Okafor').fill('Hi Tom, thanks for the prototype pairing tour.');
    await page.reload();
    await expect(body(page, 'Tom Okafor')).toHaveValue(
      'Hi Tom, thanks for the prototype pairing tour.',
    );
    await page.goto('guides/personalize-per-interviewer/');
    await page.locator('.thank-you-builder, astro-island').first().scrollIntoViewIfNeeded();
    await expect(body(page, 'Tom Okafor')).toHaveValue(
      'Hi Tom, thanks for the prototype pairing tour.',
    );
    await page.goto('guides/thank-you-email/');
    await page.locator('astro-island').first().scrollIntoViewIfNeeded();
    await expect(body(page, 'Priya Raman')).toHaveValue(/^Hi Priya,/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing after hydration and after filling, ${colorScheme} theme, desktop and 320 px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('tools/thank-you-email/');
      await expect(body(page, 'Priya Raman')).toBeVisible();
      const check = (label: string) => expectNoViolations(page, label);
      await check('hydrated');
      await page.getByText('What you discussed with Priya Raman').click();
      await builder(page)
        .getByLabel('What you talked about')
        .first()
        .fill('the onboarding redesign\nwe both grew up in Leeds');
      await builder(page).getByText('Signed as Sam Rivera').click();
      await builder(page).getByLabel('Your phone (optional)').fill('07700 900123');
      await body(page, 'Tom Okafor').fill('Hi Tom, short.');
      await builder(page).getByRole('button', { name: 'Mark as sent to Priya Raman' }).click();
      await check('filled');
      await page.setViewportSize({ width: 320, height: 800 });
      await check('320px');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('from a debriefed interview to a sent draft with the keyboard alone', async ({ page }) => {
  // The interview's facts come from the debrief or the application page; here, only
  // what this tool asks for is typed: the sign-off name and what was discussed.
  const ws = sampleWorkspace();
  ws.profile.name = '';
  const app = ws.applications[0]!;
  app.company = 'Fernhill Labs';
  app.role = 'Data Analyst';
  app.people = [{ ...app.people[0]!, id: 'p-3', name: 'Ana Lima', email: '', topics: '' }];
  app.rounds[0]!.met = ['p-3'];
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('tools/thank-you-email/');
  await tabTo(page, 'Your name (for the sign-off)');
  await page.keyboard.type('Sam Rivera');
  await tabTo(page, 'What you talked about');
  await page.keyboard.type('the churn dashboard she built');
  await tabTo(page, 'Email to Ana Lima');
  await expect(page.locator(':focus')).toHaveValue(
    /Hi Ana,[\s\S]*the churn dashboard she built[\s\S]*Sam Rivera/,
  );
  await tabTo(page, 'Mark as sent');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Sent /)).toBeVisible();
});

test('a draft tabbed into before it was redone from what was just typed still shows the new draft; once typed into, it keeps the typing', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto('tools/thank-you-email/');
  const draft = page.getByLabel('Email to Priya Raman', { exact: true });
  await expect(draft).toHaveValue(/^Hi Priya,/);
  // Focus is already in the draft when the topic typed a moment ago reaches the store (a
  // slow phone, a fast Tab): the draft is redone and the focused field must show it.
  await draft.focus();
  await page
    .getByLabel('What you talked about')
    .first()
    .evaluate((el: HTMLTextAreaElement) => {
      el.value = 'the churn dashboard she built';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  await expect(draft).toBeFocused();
  await expect(draft).toHaveValue(/the churn dashboard she built/);
  // Typed into, it is the user's: a change elsewhere does not take their words away.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Thanks again.');
  await page
    .getByLabel('What you talked about')
    .first()
    .evaluate((el: HTMLTextAreaElement) => {
      el.value = 'pairing on prototypes';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  await page.waitForTimeout(500);
  await expect(draft).toHaveValue(/the churn dashboard she built[\s\S]* Thanks again\.$/);
});

test('hostile text in every field shows as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  // The interview's own fields are typed on the application page: here they arrive saved.
  const ws = sampleWorkspace();
  ws.profile.name = '';
  const app = ws.applications[0]!;
  app.company = HOSTILE;
  app.role = HOSTILE;
  app.qualifications = HOSTILE;
  app.people = [
    {
      ...app.people[0]!,
      name: HOSTILE,
      title: HOSTILE,
      email: HOSTILE,
      topics: '',
      rapport: HOSTILE,
    },
  ];
  app.rounds[0]!.met = ['p-1'];
  app.rounds[0]!.timeline = HOSTILE;
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await page.goto('tools/thank-you-email/');
  const b = builder(page);
  for (const label of ['Your name (for the sign-off)', 'Your phone (optional)']) {
    await b.getByLabel(label, { exact: true }).fill(HOSTILE);
  }
  await b.getByLabel('What you talked about', { exact: true }).first().fill(HOSTILE);
  const draft = b.getByRole('textbox', { name: /^Email to / }).first();
  await expect(draft).toHaveValue(new RegExp(HOSTILE.replace(/[()[\]]/g, '\\$&')));
  await b.getByRole('textbox', { name: 'Subject' }).first().fill(HOSTILE);
  await page.reload();
  await expect(b.locator('.tool-summary')).toContainText(`${HOSTILE}: ${HOSTILE}`);
  await expect(b.getByText(`Signed as ${HOSTILE}`)).toBeVisible();
  await expect(b.locator('img')).toHaveCount(0);
  await expect(b.getByRole('heading', { name: `Email 1: to ${HOSTILE}` })).toBeVisible();
  expect(dialogs).toBe(0);
});
