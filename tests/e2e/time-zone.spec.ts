import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import {
  editApplication,
  sampleWorkspace,
  seedStorage,
  storedWorkspace,
  WORKSPACE_KEY,
} from '../support/tools';

// The interview's time zone: a select of every zone with its offset on the interview's
// day, narrowed by what the user types (a city, an abbreviation, an offset). Typed text
// alone never changes the stored zone.

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const zone = (page: Page) => page.getByLabel('Time zone of that time', { exact: true });
const find = (page: Page) => page.getByLabel('Find a time zone', { exact: true });
const storedZone = async (page: Page) =>
  ((await storedWorkspace(page)) as ReturnType<typeof sampleWorkspace>).applications[0]!.rounds[0]!
    .timeZone;

/** The sample interview (Tue 24 Nov 2026, Europe/London) open in "Edit details" on its page. */
async function open(page: Page): Promise<void> {
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(sampleWorkspace()) });
  await editApplication(page, 'iv-1');
  await expect(find(page)).toBeVisible();
}

test('typing "new york" and Enter stores America/New_York; "IST" offers Kolkata, chosen from the narrowed select by keyboard; unknown text is never saved', async ({
  page,
}) => {
  await open(page);
  // The stored zone, with its offset on the interview's day.
  await expect(zone(page).locator('option:checked')).toHaveText('London (UTC+0)');

  await find(page).fill('new york');
  await expect(page.locator('#ws-zone-found')).toContainText('Enter chooses New York (UTC-5)');
  // Typing alone changes nothing.
  expect(await storedZone(page)).toBe('Europe/London');
  await find(page).press('Enter');
  await expect(zone(page)).toHaveValue('America/New_York');
  await expect(zone(page).locator('option:checked')).toHaveText('New York (UTC-5)');
  await expect(page.locator('#ws-zone-found')).toHaveText('Time zone set to New York (UTC-5).');
  await expect.poll(() => storedZone(page)).toBe('America/New_York');

  // An abbreviation: the likeliest zone first, then down into the narrowed select.
  await find(page).fill('IST');
  await expect(page.locator('#ws-zone-found')).toContainText('Enter chooses Kolkata (UTC+5:30)');
  await expect(zone(page).locator('option[value="Asia/Kolkata"]')).toHaveText('Kolkata (UTC+5:30)');
  await find(page).press('ArrowDown');
  await expect(zone(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(zone(page)).toHaveValue('Asia/Kolkata');
  await expect.poll(() => storedZone(page)).toBe('Asia/Kolkata');

  // Offsets and lower case work too; nonsense is refused and the zone stays.
  await find(page).fill('gmt+1');
  await expect(zone(page).locator('option[value="Europe/Paris"]')).toHaveText('Paris (UTC+1)');
  await find(page).fill('atlantis');
  await expect(page.locator('#ws-zone-found')).toHaveText(
    'No time zone matches “atlantis”; the interview keeps Kolkata (UTC+5:30).',
  );
  await find(page).press('Enter');
  await expect(zone(page)).toHaveValue('Asia/Kolkata');
  await page.reload();
  await expect(zone(page)).toHaveValue('Asia/Kolkata');
});

test('offers the browser’s zone second, marked as such', async ({ page }) => {
  const ws = sampleWorkspace();
  ws.applications[0]!.rounds[0]!.timeZone = 'Asia/Tokyo';
  await seedStorage(page, { [WORKSPACE_KEY]: JSON.stringify(ws) });
  await editApplication(page, 'iv-1');
  await expect(find(page)).toBeVisible();
  await expect(zone(page).locator('option').nth(0)).toHaveText('Tokyo (UTC+9)');
  await expect(zone(page).locator('option').nth(1)).toHaveText('London (UTC+0) · your zone');
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`axe after searching, ${colorScheme}, 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme });
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await find(page).fill('new york');
    await find(page).press('Enter');
    await expect(zone(page)).toHaveValue('America/New_York');
    await find(page).fill('pst');
    await expect(page.locator('#ws-zone-found')).toContainText('Los Angeles');
    await expectNoViolations(page, `zone picker, ${colorScheme}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
