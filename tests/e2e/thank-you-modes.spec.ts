// The thank-you builder's other two modes: the short note to the recruiter after a
// recruiter screen, and one email to a panel's lead with the others copied. Both are
// fetched on demand, so these also check they arrive and keep what the user wrote.
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { sampleWorkspace, seedStorage, WORKSPACE_KEY } from '../support/tools';

const builder = (page: Page) => page.locator('.thank-you-builder');

type Sample = ReturnType<typeof sampleWorkspace>;
type SamplePerson = Sample['applications'][number]['people'][number];
const someone = (fields: Partial<SamplePerson> & Pick<SamplePerson, 'id' | 'name'>) => ({
  role: 'interviewer',
  title: '',
  email: '',
  phone: '',
  linkedin: '',
  address: '',
  topics: '',
  rapport: '',
  ...fields,
});

/** A recruiter screen with the recruiter met. */
function screenWorkspace(): Sample {
  const ws = sampleWorkspace();
  const app = ws.applications[0]!;
  app.people.push(
    someone({
      id: 'p-rec',
      role: 'recruiter',
      name: 'Dana Cole',
      email: 'dana@fernhill.example',
      topics: 'the hybrid working policy',
    }),
  );
  Object.assign(app.rounds[0]!, { kind: 'recruiter-screen', format: 'phone', met: ['p-rec'] });
  return ws;
}

/** A panel of three: two interviewers and the hiring manager. */
function panelWorkspace(): Sample {
  const ws = sampleWorkspace();
  const app = ws.applications[0]!;
  app.people.push(
    someone({
      id: 'p-hm',
      role: 'hiring-manager',
      name: 'Hana Kim',
      email: 'hana@example.com',
      topics: 'the design roadmap for next year',
    }),
  );
  Object.assign(app.rounds[0]!, { kind: 'panel', met: ['p-1', 'p-2', 'p-hm'] });
  return ws;
}

/** Axe in light and dark, then at 320 px wide, where nothing may scroll sideways. */
async function checkA11y(page: Page, label: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await expectNoViolations(page, `${label}, ${theme}`);
  }
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: size.height });
  await expectNoViolations(page, `${label}, dark, 320 px`);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${label}: no sideways scroll at 320 px`,
  ).toBeLessThanOrEqual(320);
  await page.setViewportSize(size);
}

test('a recruiter screen gets one short note to the recruiter, and an edit survives a reload', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(screenWorkspace()) });
  await page.goto('tools/thank-you-email/');
  const body = builder(page).getByLabel('Email to Dana Cole', { exact: true });
  await expect(body).toHaveValue(/^Hi Dana,/);
  await expect(body).toHaveValue(/the hybrid working policy/);
  await expect(builder(page).getByText(/\d+ words · aim for 40–150/)).toBeVisible();
  // No choice of panel, and no per-person draft beside it.
  await expect(builder(page).getByRole('radio')).toHaveCount(0);
  await expect(builder(page).locator('.tool-draft')).toHaveCount(1);
  const link = builder(page).getByRole('link', { name: /Open in my email app/ });
  await expect(link).toHaveAttribute('href', /^mailto:dana@fernhill\.example\?subject=/);

  for (const tone of ['formal', 'concise', 'warm'] as const) {
    await builder(page).getByLabel('Tone').selectOption(tone);
    await expect(body).toHaveValue(tone === 'formal' ? /^Dear Dana Cole,/ : /^Hi Dana,/);
  }

  await body.fill('Hi Dana,\n\nThanks for the call today about the design role.\n\nSam Rivera');
  await builder(page)
    .getByRole('button', { name: /^Mark as sent/ })
    .click();
  await expect(builder(page).getByText('Sent', { exact: false }).first()).toBeVisible();
  await page.reload();
  await expect(body).toHaveValue(/Thanks for the call today about the design role\./);
  await expect(builder(page).getByRole('button', { name: /^Not sent yet/ })).toBeVisible();
  await checkA11y(page, 'screen thank-you');
});

test('a panel of three: one email to the lead picked, the others copied, each topic with its own name', async ({
  page,
}) => {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(panelWorkspace()) });
  await page.goto('tools/thank-you-email/');
  const each = builder(page).getByRole('radio', { name: 'One email to each person' });
  const panel = builder(page).getByRole('radio', {
    name: 'One email to the panel (lead, others copied)',
  });
  await expect(each).toBeChecked();
  await expect(builder(page).getByText('Sources prefer one email to each person.')).toBeVisible();
  await expect(builder(page).getByLabel('Email to Hana Kim', { exact: true })).toBeVisible();

  // By keyboard: the arrow key moves the choice to the panel email.
  await each.focus();
  await page.keyboard.press('ArrowDown');
  await expect(panel).toBeChecked();
  const lead = builder(page).getByLabel('Send it to (the lead)');
  await expect(lead).toHaveValue('p-hm');
  await expect(builder(page).getByLabel('Email to Priya Raman', { exact: true })).toHaveCount(0);

  await lead.selectOption('p-1');
  await expect(builder(page).getByText('To: Priya Raman <priya@example.com>')).toBeVisible();
  await expect(
    builder(page).getByText('Cc: Tom Okafor <tom@example.com>, Hana Kim <hana@example.com>'),
  ).toBeVisible();
  const body = builder(page).getByLabel('Email to the panel', { exact: true });
  await expect(body).toHaveValue(/^Hi Priya, Tom and Hana,/);
  const sentences = (await body.inputValue()).split(/(?<=\.)\s+/);
  expect(sentences.find((s) => s.includes('onboarding flow'))).toMatch(/Priya/);
  expect(sentences.find((s) => s.includes('pair on prototypes'))).toMatch(/Tom/);
  expect(sentences.find((s) => s.includes('design roadmap'))).toMatch(/Hana/);
  const link = builder(page).getByRole('link', { name: /Open in my email app/ });
  await expect(link).toHaveAttribute(
    'href',
    /^mailto:priya@example\.com\?cc=tom@example\.com,hana@example\.com&subject=/,
  );

  // The choice and the lead are kept with the round.
  await page.reload();
  await expect(panel).toBeChecked();
  await expect(lead).toHaveValue('p-1');
  await checkA11y(page, 'panel thank-you');

  // Back to one email each: the per-person drafts return.
  await each.check();
  await expect(builder(page).getByLabel('Email to Tom Okafor', { exact: true })).toHaveValue(
    /^Hi Tom,/,
  );
  await expect(builder(page).getByLabel('Email to the panel', { exact: true })).toHaveCount(0);
});
