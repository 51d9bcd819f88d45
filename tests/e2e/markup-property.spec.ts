import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { sampleWorkspace, WORKSPACE_KEY } from '../support/tools';

// Property: whatever the user typed (here, random Unicode mixed with markup payloads),
// every tool shows it as text. Nothing becomes an element, nothing runs.
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<b>bold</b>',
  '&lt;i&gt;',
  '{{7*7}} ${alert(1)}',
];
const userText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PAYLOADS),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

const samples = fc.sample(
  fc.record({ name: userText, topic: userText, company: userText, address: userText }),
  { numRuns: 12, seed: 20261127 },
);

for (const [n, sample] of samples.entries()) {
  test(`sample ${n + 1}: user text renders as text in the builder and the planner`, async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const ws = sampleWorkspace();
    const iv = ws.applications[0]!;
    iv.company = sample.company;
    iv.people[0]!.name = sample.name;
    iv.people[0]!.topics = sample.topic;
    iv.people[0]!.address = sample.address;
    await page.addInitScript(
      ([k, v]) => localStorage.setItem(k!, v!),
      [WORKSPACE_KEY, JSON.stringify(ws)],
    );

    await page.goto('tools/thank-you-email/');
    const builder = page.locator('.thank-you-builder');
    // The summary shows the company as typed, markup and all, as text.
    const round = builder.locator('.tool-summary dd').first();
    await expect(round).toContainText('Video interview');
    expect(await round.textContent()).toContain(sample.company);
    const draft = builder.getByRole('textbox', { name: /^Email to / }).first();
    expect(await draft.inputValue()).toContain(sample.topic.replace(/\s+/g, ' '));
    // No markup from the text; the only drawings are the kit's own icons, one per Copy button.
    await expect(builder.locator('img, script, iframe, svg:not(.icon), b, i')).toHaveCount(0);
    await expect(builder.locator('svg.icon')).toHaveCount(
      await builder.getByRole('button', { name: /^Copy / }).count(),
    );
    await expect(builder.locator('button svg.icon')).toHaveCount(
      await builder.locator('svg.icon').count(),
    );

    await page.goto('tools/handwritten-note/');
    const planner = page.locator('.note-planner');
    await expect(planner.locator('textarea').first()).toBeVisible();
    await expect(planner.locator('img, script, iframe, svg, b, i')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
}
