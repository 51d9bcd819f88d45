import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { HOSTILE, sampleWorkspace, seedStorage, tabTo, WORKSPACE_KEY } from '../support/tools';

// The tone check beside the message builders' drafts: a "Check the tone or share for review" button while
// the draft is the kit's own (the checker is not even fetched), and checked as you
// type once the draft is edited.
test.use({ timezoneId: 'Europe/London' });

const PUSHY = '\n\nP.S. I need an answer ASAP!!!';

async function openWith(page: Page, path: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00Z'));
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await page.goto(path);
  return requested;
}

/** The tone panel (or its button) right after a draft's textarea. */
const panel = (scope: Locator) => scope.locator('.tool-tone');
const summary = (scope: Locator) => scope.getByText(/^Tone check: /);
/** A finding's quote of exactly `words`. */
const quoted = (scope: Locator, words: string) =>
  scope
    .locator('.tool-findings q')
    .filter({ hasText: new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
const checkerLoaded = (requested: string[]) =>
  requested.some((u) => /\/ToneFindings\.[^/]*\.js$/.test(u));

/** Appends text at the end of a draft, typed as a user would. */
async function typeAtEnd(page: Page, area: Locator, text: string): Promise<void> {
  await area.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

const selectionOf = (area: Locator) =>
  area.evaluate((el: HTMLTextAreaElement) => ({
    focused: document.activeElement === el,
    text: el.value.slice(el.selectionStart, el.selectionEnd),
  }));

test('thank-you builder: the kit’s drafts offer a check and pass it; an edited draft is checked on its own, also after a reload', async ({
  page,
}) => {
  const requested = await openWith(page, 'tools/thank-you-email/');
  const builder = page.locator('.thank-you-builder');
  const priya = builder.locator('.tool-draft').filter({ hasText: 'Email 1: to Priya Raman' });
  const tom = builder.locator('.tool-draft').filter({ hasText: 'Email 2: to Tom Okafor' });
  await expect(priya.getByLabel('Email to Priya Raman', { exact: true })).toHaveValue(/^Hi Priya,/);

  // Nothing checked, nothing fetched, until asked.
  await expect(builder.getByText(/^Tone check: /)).toHaveCount(0);
  await expect(
    priya.getByRole('button', {
      name: 'Check the tone or share your email to Priya Raman for review',
    }),
  ).toBeVisible();
  expect(checkerLoaded(requested)).toBe(false);

  await priya
    .getByRole('button', { name: 'Check the tone or share your email to Priya Raman for review' })
    .click();
  await expect(summary(priya)).toHaveText('Tone check: nothing to change.');
  expect(checkerLoaded(requested)).toBe(true);
  await expect(
    tom.getByRole('button', {
      name: 'Check the tone or share your email to Tom Okafor for review',
    }),
  ).toBeVisible();

  // Tom's draft, edited: the check runs without being asked.
  const tomDraft = tom.getByLabel('Email to Tom Okafor', { exact: true });
  await typeAtEnd(page, tomDraft, PUSHY);
  await expect(summary(tom)).toHaveText(/^Tone check: [1-9]\d* warnings?, /);
  await expect(quoted(tom, 'ASAP')).toBeVisible();
  await expect(quoted(tom, '!!!')).toBeVisible();
  await expect(tom.getByRole('button', { name: /^Check the tone/ })).toHaveCount(0);
  await tom
    .getByRole('button', { name: /^Show me in the draft\s*: I need an answer and ASAP$/ })
    .click();
  expect(await selectionOf(tomDraft)).toEqual({ focused: true, text: 'I need an answer ASAP' });
  // Priya's panel still reads her own draft.
  await expect(summary(priya)).toHaveText('Tone check: nothing to change.');

  await page.reload();
  await expect(summary(tom)).toHaveText(/^Tone check: [1-9]\d* warnings?, /);
  await expect(quoted(tom, 'ASAP')).toBeVisible();
  await expect(
    priya.getByRole('button', {
      name: 'Check the tone or share your email to Priya Raman for review',
    }),
  ).toBeVisible();
});

test('focusing a draft readies the check before the first edit, so that edit is answered at once', async ({
  page,
}) => {
  const requested = await openWith(page, 'tools/thank-you-email/');
  const priya = page.locator('.tool-draft').filter({ hasText: 'Email 1: to Priya Raman' });
  const draft = priya.getByLabel('Email to Priya Raman', { exact: true });
  await expect(draft).toHaveValue(/^Hi Priya,/);
  const weightsLoaded = () => requested.some((u) => /\/tone-classifier\.[^/]*\.js$/.test(u));
  expect(checkerLoaded(requested)).toBe(false);

  await draft.focus();
  // The checker and the classifier's weights arrive while the user is still reading.
  await expect.poll(() => checkerLoaded(requested) && weightsLoaded()).toBe(true);
  // Still nothing shown: readying is not checking.
  await expect(summary(priya)).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(PUSHY);
  await expect(summary(priya)).toHaveText(/^Tone check: [1-9]\d* warnings?, /);
  await expectNoViolations(page, 'thank-you draft checked after readying');
});

test('status-inquiry writer: the check knows the interview was yesterday, and flags pressure typed into the inquiry (keyboard alone)', async ({
  page,
}) => {
  await openWith(page, 'tools/status-inquiry/');
  const writer = page.locator('.status-inquiry-writer');
  const draft = writer.getByLabel('Status inquiry to Priya Raman', { exact: true });
  await expect(draft).toHaveValue(/^Hi Priya,/);
  await expect(summary(writer)).toHaveCount(0);

  // The interview was on Tue 24 Nov and today is the 25th: the kit's wording is fine,
  // but an inquiry now is too soon, and the check says from when it is not.
  await tabTo(page, 'Check the tone or share the status inquiry for review');
  await page.keyboard.press('Enter');
  await expect(summary(writer)).toHaveText('Tone check: 1 warning, 0 suggestions.');
  await expect(writer.locator('.tool-findings')).toContainText('Your interview was on Tue 24 Nov');
  await expect(writer.locator('.tool-findings')).toContainText('send it on Tue 1 Dec or later');

  // Back to the draft with Shift+Tab, to its end, and type.
  for (let i = 0; i < 10 && !(await draft.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(draft).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(PUSHY);
  await expect(summary(writer)).toHaveText(/^Tone check: [1-9]\d* warnings?, /);
  await expect(quoted(writer, 'ASAP')).toBeVisible();
  await tabTo(page, 'Show me in the draft: I need an answer and ASAP');
  await page.keyboard.press('Enter');
  expect(await selectionOf(draft)).toEqual({ focused: true, text: 'I need an answer ASAP' });
  await page.keyboard.type('Any news');
  await expect(quoted(writer, 'ASAP')).toHaveCount(0);

  // A presumed offer typed in: "Use this rewrite" swaps the whole sentence as an edit of
  // the draft, and Undo (focused next) brings it back.
  const before = await draft.inputValue();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' I look forward to receiving the offer this week.');
  const typed = await draft.inputValue();
  expect(typed).toBe(`${before} I look forward to receiving the offer this week.`);
  await expect(quoted(writer, 'look forward to receiving the offer')).toBeVisible();
  await tabTo(page, "Use this rewrite: I'd welcome the chance");
  await page.keyboard.press('Enter');
  await expect(draft).not.toHaveValue(typed);
  await expect(draft).not.toHaveValue(/receiving the offer/);
  const undo = writer.getByRole('button', { name: /^Undo the rewrite in / });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(draft).toHaveValue(typed);
});

test('handwritten-note planner: the kit’s note passes the check; "ASAP!!!" typed into it is flagged at once', async ({
  page,
}) => {
  await openWith(page, 'tools/handwritten-note/');
  const card = page.locator('.note-card-section');
  const note = card.getByLabel('Your note', { exact: true });
  await expect(note).toHaveValue(/^Dear Priya/);
  await card
    .getByRole('button', { name: 'Check the tone or share your note to Priya Raman for review' })
    .click();
  await expect(summary(card)).toHaveText('Tone check: nothing to change.');
  await typeAtEnd(page, note, PUSHY);
  await expect(summary(card)).toHaveText(/^Tone check: [1-9]\d* warnings?, /);
  await expect(quoted(card, 'ASAP')).toBeVisible();
  // "Start again", confirmed, puts the kit's note back, which passes.
  await card.getByRole('button', { name: 'Start again from my details' }).click();
  await card.getByRole('button', { name: /^Yes, start again/ }).click();
  await expect(summary(card)).toHaveText('Tone check: nothing to change.');
});

test('hostile text typed into a draft shows in the findings as text and runs nothing', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openWith(page, 'tools/thank-you-email/');
  const builder = page.locator('.thank-you-builder');
  const draft = builder.getByLabel('Email to Priya Raman', { exact: true });
  // Ends on the hostile line, so the sign-off finding quotes it; ASAP is quoted as pressure.
  await draft.fill(`Hi Priya,\n\nThanks! ${HOSTILE} ASAP\n\n${HOSTILE}`);
  const first = builder.locator('.tool-draft').first();
  await expect(quoted(first, 'ASAP')).toBeVisible();
  await expect(quoted(first, HOSTILE)).toBeVisible();
  await expect(builder.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with findings and "nothing to change" showing, ${colorScheme} theme (and 320 px in light)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openWith(page, 'tools/thank-you-email/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    const builder = page.locator('.thank-you-builder');
    await builder
      .getByRole('button', { name: 'Check the tone or share your email to Priya Raman for review' })
      .click();
    await expect(summary(builder.locator('.tool-draft').first())).toHaveText(
      'Tone check: nothing to change.',
    );
    await typeAtEnd(page, builder.getByLabel('Email to Tom Okafor', { exact: true }), PUSHY);
    await expect(quoted(builder, 'ASAP')).toBeVisible();
    await expect(panel(builder)).toHaveCount(2);
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
