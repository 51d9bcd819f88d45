import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { HOSTILE, seedStorage, tabTo } from '../support/tools';

// "Check my message" (/tools/check-my-message/, and /guides/professionalism-and-tone/).
// It keeps its text under its own key, not in the workspace.
const CHECKER_KEY = 'fuk-message-check';

const PUSHY = "Hi Priya,\n\nI need an answer ASAP. Why haven't you replied?\n\nSam";
/** A thank-you of 106 words: inside the table's 100–180, and nothing else to change. */
const CALM =
  "Hi Priya,\n\nThank you again for speaking with me on Tuesday about the Product Designer role. I enjoyed hearing how the team approached the redesign of the onboarding flow, and especially how you tested the early sketches with new customers before anything was built.\n\nThat way of working is close to how I ran usability studies at my last job, where short rounds of testing helped us cut the steps in our sign-up form by half. I would enjoy bringing the same habits to your team.\n\nI'm still very interested in the role, and I look forward to hearing about next steps.\n\nBest regards,\nSam Rivera";

const checker = (page: Page) => page.locator('.message-checker');
const textbox = (page: Page) => checker(page).getByLabel('Your message', { exact: true });
const kind = (page: Page) => checker(page).getByLabel('What is it?', { exact: true });
const summary = (page: Page) => checker(page).getByText(/^Tone check: /);
const findings = (page: Page) =>
  checker(page).getByRole('list', { name: 'Tone check of your message' });
/** A finding, by the words it quotes. */
const finding = (page: Page, words: string) =>
  findings(page)
    .getByRole('listitem')
    .filter({
      has: page.locator('q', {
        hasText: new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      }),
    });
const showMe = (page: Page, words: string) =>
  checker(page).getByRole('button', { name: new RegExp(`^Show me in the draft\\s*: ${words}$`) });

async function open(page: Page, path = 'tools/check-my-message/', stored?: string): Promise<void> {
  if (stored !== undefined) await seedStorage(page, { [CHECKER_KEY]: stored });
  await page.goto(path);
}

/** The selection "Show me in the draft" should leave: `words` of `text`, focused. */
const selected = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { focused: true, start, end: start + words.length, text: words };
};

/** Where the selection is in the message box, and what it holds. */
const selection = (page: Page) =>
  textbox(page).evaluate((el: HTMLTextAreaElement) => ({
    focused: document.activeElement === el,
    start: el.selectionStart,
    end: el.selectionEnd,
    text: el.value.slice(el.selectionStart, el.selectionEnd),
  }));

test('a pushy message gets warnings that quote the words, and "Show me in the draft" selects them', async ({
  page,
}) => {
  await open(page);
  await expect(checker(page).getByText('Nothing to check yet.')).toBeVisible();
  await textbox(page).fill(PUSHY);
  await expect(summary(page)).toHaveText(/^Tone check: [1-9]\d* warnings?, /);
  await expect(summary(page)).toHaveClass(/tool-warning/);
  // Two demands in one sentence are one warning: the sentence has one calmer version.
  for (const [words, quoted] of [
    ['ASAP', ['I need an answer', 'ASAP']],
    ["Why haven't", ["Why haven't"]],
  ] as const) {
    await expect(finding(page, words).locator('strong')).toHaveText('Warning');
    await expect(finding(page, words).locator('q')).toHaveText(quoted);
  }
  await expect(checker(page).getByText('Nothing to check yet.')).toHaveCount(0);

  await showMe(page, 'I need an answer and ASAP').click();
  expect(await selection(page)).toEqual(selected(PUSHY, 'I need an answer ASAP'));
  await showMe(page, "Why haven't").click();
  expect(await selection(page)).toEqual(selected(PUSHY, "Why haven't"));

  // Rewriting the flagged words clears their warnings, live.
  await textbox(page).fill(
    PUSHY.replace('I need an answer ASAP. ', '').replace(
      "Why haven't you replied?",
      'Is there any update on the timeline?',
    ),
  );
  await expect(finding(page, 'ASAP')).toHaveCount(0);
  await expect(finding(page, "Why haven't")).toHaveCount(0);
});

test('a calm, well-formed message shows "nothing to change"', async ({ page }) => {
  await open(page);
  await kind(page).selectOption('thank-you-email');
  await textbox(page).fill(CALM);
  await expect(summary(page)).toHaveText('Tone check: nothing to change.');
  await expect(findings(page)).toHaveCount(0);
  await expect(checker(page).getByText(/^\d+ words$/)).toHaveText(
    `${CALM.split(/\s+/).length} words`,
  );
  // One pushy word added is enough to turn it.
  await textbox(page).fill(
    CALM.replace('still very interested', 'still very interested, and I need an answer ASAP'),
  );
  await expect(summary(page)).not.toHaveText('Tone check: nothing to change.');
  await expect(finding(page, 'ASAP')).toBeVisible();
});

test('a thank-you of 9 words or of 188 is flagged, with the 100–180 range of the builder', async ({
  page,
}) => {
  await open(page);
  await kind(page).selectOption('thank-you-email');
  await textbox(page).fill('Hi Priya,\n\nThanks for today.\n\nBest regards,\nSam Rivera');
  await expect(checker(page).getByText(/^\d+ words$/)).toHaveText('9 words');
  await expect(summary(page)).toHaveText('Tone check: 0 warnings, 1 suggestion.');
  await expect(findings(page)).toContainText('Aim for 100–180 words; this has 9.');
  await expect(findings(page)).toContainText('Add about 91 words');

  const words = Array.from({ length: 182 }, (_, i) => `word${i}`).join(' ');
  await textbox(page).fill(`Hi Priya,\n\n${words}\n\nBest regards,\nSam Rivera`);
  await expect(checker(page).getByText(/^\d+ words$/)).toHaveText('188 words');
  await expect(summary(page)).toHaveText('Tone check: 0 warnings, 1 suggestion.');
  await expect(findings(page)).toContainText('Aim for 100–180 words; this has 188.');
  await expect(findings(page)).toContainText('Cut about 8 words');
  // "Show me" selects from the first word past 180 to the end.
  await showMe(page, 'word178[^]*').click();
  expect((await selection(page)).text).toMatch(
    /^word178 word179 word180 word181\s+Best regards,\s+Sam Rivera$/,
  );

  await textbox(page).fill(CALM);
  await expect(summary(page)).toHaveText('Tone check: nothing to change.');
});

test('the text and the kind survive a reload and show on the guide page, and edits there come back', async ({
  page,
}) => {
  await open(page);
  await kind(page).selectOption('status-inquiry');
  await textbox(page).fill(PUSHY);
  await expect(finding(page, 'ASAP')).toBeVisible();
  const saved = await page.evaluate(
    (k) => JSON.parse(localStorage.getItem(k) ?? 'null'),
    CHECKER_KEY,
  );
  expect(saved).toMatchObject({ kind: 'status-inquiry', text: PUSHY });

  await page.reload();
  await expect(textbox(page)).toHaveValue(PUSHY);
  await expect(kind(page)).toHaveValue('status-inquiry');
  await expect(finding(page, 'ASAP')).toBeVisible();

  await page.goto('guides/professionalism-and-tone/');
  await page.getByText('Loading the checker…').first().scrollIntoViewIfNeeded();
  await expect(textbox(page)).toHaveValue(PUSHY);
  await expect(kind(page)).toHaveValue('status-inquiry');
  await expect(finding(page, 'ASAP')).toBeVisible();
  await textbox(page).fill(CALM);
  await page.goto('tools/check-my-message/');
  await expect(textbox(page)).toHaveValue(CALM);
});

test('a LinkedIn note is counted in characters against the chosen account', async ({ page }) => {
  await open(page);
  await kind(page).selectOption('linkedin');
  await textbox(page).fill('Hi Priya, ' + 'lovely to meet you 👩‍💻 '.repeat(10));
  const count = 10 + 'lovely to meet you 👩‍💻 '.length * 10 - 4 * 10; // the emoji is one character, not five
  await expect(checker(page).locator('.tool-counter')).toHaveText(
    `${count} of 200 characters: ${count - 200} over the limit`,
  );
  await checker(page).getByLabel('Your LinkedIn account', { exact: true }).selectOption('premium');
  await expect(checker(page).locator('.tool-counter')).toHaveText(`${count} of 300 characters`);
  await checker(page).getByLabel('Your LinkedIn account', { exact: true }).selectOption('free');
  // A note ending with a space: the counter and the warning count it the same way.
  const note = `Hello Priya, ${'x'.repeat(193)} `;
  await textbox(page).fill(note);
  await expect(checker(page).locator('.tool-counter')).toHaveText(
    '207 of 200 characters: 7 over the limit',
  );
  await expect(findings(page)).toContainText(
    'LinkedIn allows 200 characters on a free account; this has 207.',
  );
  await checker(page).getByLabel('Your LinkedIn account', { exact: true }).selectOption('premium');
  await page.reload();
  await expect(checker(page).getByLabel('Your LinkedIn account', { exact: true })).toHaveValue(
    'premium',
  );
});

test('stored text that is not in the expected format is shown as it was saved, with a warning, and kept', async ({
  page,
}) => {
  const damaged = 'Hi Priya, thanks again for Tuesday. {"text": broken';
  await open(page, 'tools/check-my-message/', damaged);
  await expect(checker(page).getByRole('alert')).toContainText(
    'The text saved here earlier was damaged, so it is shown exactly as it was stored.',
  );
  await expect(textbox(page)).toHaveValue(damaged);
  await expect(summary(page)).toBeVisible();
  // The first edit saves it in the proper format, words intact, and the warning goes.
  await textbox(page).press('End');
  await page.keyboard.type(' Best, Sam');
  await expect(checker(page).getByRole('alert')).toHaveCount(0);
  const saved = await page.evaluate(
    (k) => JSON.parse(localStorage.getItem(k) ?? 'null'),
    CHECKER_KEY,
  );
  expect(saved).toMatchObject({ text: `${damaged} Best, Sam` });
  await page.reload();
  await expect(textbox(page)).toHaveValue(`${damaged} Best, Sam`);
});

test('keyboard alone: pick the kind, type, jump to the flagged words, clear', async ({ page }) => {
  await open(page);
  await tabTo(page, 'What is it?');
  await page.keyboard.press('Home');
  await expect(kind(page)).toHaveValue('thank-you-email');
  await tabTo(page, 'Your message');
  await page.keyboard.type(PUSHY);
  await expect(finding(page, 'ASAP')).toBeVisible();
  await tabTo(page, 'Show me in the draft: I need an answer and ASAP');
  await page.keyboard.press('Enter');
  expect(await selection(page)).toEqual(selected(PUSHY, 'I need an answer ASAP'));
  // Focus is in the message with the words selected: typing replaces them.
  await page.keyboard.type('Any news');
  await expect(textbox(page)).toHaveValue(PUSHY.replace('I need an answer ASAP', 'Any news'));
  await expect(finding(page, 'ASAP')).toHaveCount(0);

  // Clearing asks nothing, and "Put it back" (next in the tab order) undoes it.
  await tabTo(page, 'Clear the message');
  await page.keyboard.press('Enter');
  await expect(textbox(page)).toHaveValue('');
  await expect(checker(page).getByText('Nothing to check yet.')).toBeVisible();
  await expect(checker(page).getByRole('status')).toContainText('Message cleared.');
  await tabTo(page, 'Put it back');
  await page.keyboard.press('Enter');
  await expect(textbox(page)).toHaveValue(PUSHY.replace('I need an answer ASAP', 'Any news'));
  await tabTo(page, 'Clear the message');
  await page.keyboard.press('Enter');
  await expect(textbox(page)).toHaveValue('');
});

test('"Use this rewrite" replaces the whole sentence, keyboard alone, and Undo puts it back', async ({
  page,
}) => {
  const presumes = 'I look forward to receiving the offer this week.';
  const text = `Hi Priya,\n\nThanks for the chat on Tuesday. ${presumes} Talk soon.\n\nBest regards,\nSam Rivera`;
  await open(page);
  await textbox(page).fill(text);
  const item = finding(page, 'look forward to receiving the offer');
  await expect(item).toContainText('Calmer: ');
  const calm = (await item.locator('.tool-rewrite').textContent())!;
  await tabTo(page, `Use this rewrite: ${calm}`);
  await page.keyboard.press('Enter');
  await expect(textbox(page)).toHaveValue(text.replace(presumes, calm));
  await expect(item).toHaveCount(0);
  // Focus lands on Undo, which says what happened; Enter puts the sentence back.
  const undo = checker(page).getByRole('button', { name: /^Undo the rewrite in your message$/ });
  await expect(undo).toBeFocused();
  await expect(checker(page).getByText('Sentence replaced.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(textbox(page)).toHaveValue(text);
  await expect(textbox(page)).toBeFocused();
  await expect(undo).toHaveCount(0);
  // Typing after a rewrite ends the undo: it would take the typing away too.
  await item.getByRole('button', { name: /^Use this rewrite/ }).click();
  await textbox(page).press('End');
  await page.keyboard.type(' PS');
  await expect(undo).toHaveCount(0);
});

test('pushy phrases in one sentence make one finding with one rewrite, and the count matches the list', async ({
  page,
}) => {
  const line = 'I need an answer ASAP and I expect a reply right away.';
  const text = `Hi Priya,\n\n${line}\n\nBest regards,\nSam Rivera`;
  await open(page);
  await textbox(page).fill(text);
  const item = finding(page, 'ASAP');
  await expect(item).toHaveCount(1);
  await expect(item.locator('q')).toHaveText(['I need an answer', 'ASAP', 'I expect a reply']);
  await expect(item.getByRole('button', { name: /^Use this rewrite/ })).toHaveCount(1);
  const listed = await findings(page).getByRole('listitem').count();
  const [, warnings, suggestions] = (await summary(page).textContent())!.match(
    /(\d+) warnings?, (\d+)/,
  )!;
  expect(Number(warnings) + Number(suggestions)).toBe(listed);
  // "Show me" selects from the first flagged words to the last.
  await item.getByRole('button', { name: /^Show me in the draft/ }).click();
  expect(await selection(page)).toEqual(
    selected(text, 'I need an answer ASAP and I expect a reply'),
  );
  await item.getByRole('button', { name: /^Use this rewrite/ }).click();
  await expect(textbox(page)).not.toHaveValue(/ASAP|I expect a reply/);
});

test('a status inquiry within 5 business days of the interview date is too soon', async ({
  page,
}) => {
  await open(page);
  await kind(page).selectOption('status-inquiry');
  const [today, shown] = await page.evaluate(() => {
    const d = new Date();
    return [
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      // The site's one date format, "Tue 8 Dec" (by hand: ICU may write "Sept").
      `${'Sun Mon Tue Wed Thu Fri Sat'.split(' ')[d.getDay()]} ${d.getDate()} ${'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[d.getMonth()]}`,
    ];
  });
  await checker(page).getByLabel('Your interview was on (optional)').fill(today);
  await textbox(page).fill(CALM);
  await expect(findings(page)).toContainText(`Your interview was on ${shown}`);
  await page.reload();
  await expect(checker(page).getByLabel('Your interview was on (optional)')).toHaveValue(today);
  await checker(page).getByLabel('Your interview was on (optional)').fill('');
  await expect(
    checker(page).locator('.tool-findings', { hasText: 'Your interview was on' }),
  ).toHaveCount(0);
});

test('hostile text, typed or stored, shows as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  // Stored raw (not JSON): shown as the damaged text it is.
  await open(page, 'tools/check-my-message/', HOSTILE);
  await expect(textbox(page)).toHaveValue(HOSTILE);
  await expect(checker(page).getByRole('alert')).toBeVisible();
  // Typed, with a pushy word so the findings quote it.
  const text = `Hi Priya,\n\n${HOSTILE} ASAP\n\n${HOSTILE}`;
  await textbox(page).fill(text);
  await expect(finding(page, 'ASAP')).toBeVisible();
  // More than one finding may quote it (the classifier reads the "x" of "src=x" as a
  // kiss): each quote is the text itself.
  const quoted = findings(page).locator('q', { hasText: HOSTILE });
  await expect(quoted.first()).toBeVisible();
  for (const q of await quoted.all()) await expect(q).toHaveText(HOSTILE);
  await page.reload();
  await expect(textbox(page)).toHaveValue(text);
  await expect(quoted.first()).toBeVisible();
  for (const q of await quoted.all()) await expect(q).toHaveText(HOSTILE);
  await expect(checker(page).locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing after use, ${colorScheme} theme (and 320 px in light)`, async ({
    page,
  }) => {
    // Dark as the reader's own choice (the stored theme), over a light system setting.
    await page.emulateMedia({ colorScheme: 'light' });
    await seedStorage(page, {
      [CHECKER_KEY]: 'damaged {',
      ...(colorScheme === 'dark' ? { 'fuk-theme': 'dark' } : {}),
    });
    await page.goto('tools/check-my-message/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    await expect(checker(page).getByRole('alert')).toBeVisible();
    await kind(page).selectOption('final-follow-up');
    await checker(page)
      .getByLabel('Your last follow-up on this job was sent on (optional)')
      .fill('2026-11-20');
    await checker(page).getByLabel('Your interview was on (optional)').fill('2026-11-13');
    await textbox(page).fill(PUSHY);
    await expect(finding(page, 'ASAP')).toBeVisible();
    await expectNoViolations(page, 'desktop');
    // After a rewrite, with its Undo line showing.
    await finding(page, 'ASAP')
      .getByRole('button', { name: /^Use this rewrite/ })
      .click();
    await expect(checker(page).getByText('Sentence replaced.')).toBeVisible();
    await expectNoViolations(page, 'after a rewrite');
    await kind(page).selectOption('linkedin');
    await textbox(page).fill(PUSHY + ' '.repeat(10) + 'x'.repeat(200));
    await expect(checker(page).locator('.tool-counter')).toHaveClass(/is-over/);
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
