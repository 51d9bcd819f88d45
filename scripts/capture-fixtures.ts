// Captures what the CURRENT build really writes to localStorage, by driving the real
// pages in Chromium as a candidate would: typing into labelled fields, clicking buttons,
// pasting. The files it writes are the input of the storage-migration tests, so they
// must come from the build, never from hand-made JSON (see tests/fixtures/*/README.md).
// It reads the workspace back in either layout (the per-record keys "fuk-ws" and
// "fuk-ws-i:<id>", or the single "fuk-workspace" key of earlier builds), so the same
// scenarios can be captured from any build whose pages have these labels.
// (tests/fixtures/v4/ was captured by this script's predecessor, at the commit its README names.)
//
// Usage, with the build to capture served (npm run build first):
//   node scripts/serve.ts dist --port 4500 &
//   node scripts/capture-fixtures.ts --out tests/fixtures/v4-records --build "v4 per-record" \
//     [--base-url http://127.0.0.1:4500/] [--only london,unicode,many,checker] [--allow-dirty]
//
// It refuses to run when the site's sources have uncommitted changes (the commit it
// records would not be the code that wrote the data), unless --allow-dirty is given.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/browser.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const baseURL = flag('--base-url') ?? 'http://127.0.0.1:4500/';
const outDir = flag('--out') ?? '';
/** What the dumps say about the build that wrote them, e.g. "v4 per-record". */
const buildLabel = flag('--build') ?? '';
if (!outDir || !buildLabel) {
  console.error('Usage: node scripts/capture-fixtures.ts --out DIR --build LABEL [--base-url URL]');
  process.exit(1);
}
const only = flag('--only')?.split(',');

const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const commit = git('rev-parse', 'HEAD');
const dirty = git(
  'status',
  '--porcelain',
  '--',
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
);
if (dirty && !args.includes('--allow-dirty')) {
  console.error(
    `The site's sources differ from commit ${commit}:\n${dirty}\nCommit them and rebuild first (or pass --allow-dirty).`,
  );
  process.exit(1);
}

/** The text every hostile-input field gets (the same as tests/support/tools.ts). */
const HOSTILE = '<img src=x onerror=alert(1)>';

/** What went wrong in the page while it was driven: reported at the end, not thrown. */
const observations: string[] = [];

/**
 * One fresh browser profile, as a new visitor: no storage yet. The service worker is
 * allowed, as for a real visitor (blocking it makes Playwright resolve register() with
 * undefined, which the site's script does not expect).
 */
async function newVisitor(
  browser: Browser,
  timezoneId: string,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    observations.push(`${name}: a ${d.type()} dialog opened: ${JSON.stringify(d.message())}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) =>
    observations.push(`${name}: page error on ${page.url()}: ${e.message}`),
  );
  page.on('console', (m) => {
    if (m.type() === 'error')
      observations.push(`${name}: console error on ${page.url()}: ${m.text()}`);
  });
  return { context, page };
}

/** Clicks into a field and types, key by key (Enter for "\n"), as a person would. */
async function type(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.pressSequentially(text);
  await expect(field).toHaveValue(text);
}

/** Every localStorage key starting with "fuk-", with its value exactly as stored. */
async function fukKeys(page: Page): Promise<Record<string, string>> {
  const entries = await page.evaluate(() => {
    const out: [string, string][] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null && key.startsWith('fuk-')) out.push([key, localStorage.getItem(key) ?? '']);
    }
    return out;
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The few fields of the saved workspace this script checks (null when nothing is saved). */
type Saved = {
  currentId: string | null;
  interviews: {
    id: string;
    engagement: unknown[];
    /** v4: on the interview. */
    actionItems?: unknown[];
    /** v5: each round keeps its own. */
    rounds?: { actionItems: unknown[] }[];
  }[];
} | null;

/**
 * The saved workspace as parsed JSON, put together from its keys as the store reads it:
 * the shared key "fuk-ws" and one "fuk-ws-i:<id>" per interview in its order, or the
 * single "fuk-workspace" key of earlier builds. Read without asking the page to save:
 * what is stored is what the dumps hold.
 */
async function storedWorkspace(page: Page): Promise<Saved> {
  return page.evaluate(() => {
    const meta = JSON.parse(localStorage.getItem('fuk-ws') ?? 'null') as {
      data: { order: string[]; currentId: string | null };
    } | null;
    if (!meta) return JSON.parse(localStorage.getItem('fuk-workspace') ?? 'null');
    const interviews = meta.data.order.map(
      (id) =>
        (JSON.parse(localStorage.getItem(`fuk-ws-i:${id}`) ?? 'null') as { data: unknown } | null)
          ?.data,
    );
    return { currentId: meta.data.currentId, interviews };
  });
}

const written: string[] = [];

/**
 * Writes one dump: metadata and the "fuk-" keys, once they have stopped changing (the
 * pages save a little after a keystroke too, e.g. the timeline reading).
 */
async function dump(page: Page, file: string, scenario: string): Promise<void> {
  let localStorage = await fukKeys(page);
  for (let settled = false; !settled;) {
    await page.waitForTimeout(500);
    const again = await fukKeys(page);
    settled = JSON.stringify(again) === JSON.stringify(localStorage);
    localStorage = again;
  }
  const body = { capturedWith: commit, build: buildLabel, scenario, localStorage };
  writeFileSync(join(outDir, file), `${JSON.stringify(body, null, 2)}\n`);
  written.push(
    `${file}: ${Object.entries(localStorage)
      .map(([k, v]) => `${k} (${v.length} chars)`)
      .join(', ')}`,
  );
}

/**
 * Goes to a page and waits for the island to hydrate (its "Loading…" line is replaced
 * by the tool). A person glances at the page they were on before moving on: the pause
 * lets work the page does after the last keystroke (refreshing the stored timeline
 * reading) finish, as it would for them, instead of being cut off by the navigation.
 */
async function open(page: Page, path: string, tool: string): Promise<Locator> {
  if (page.url() !== 'about:blank') await page.waitForTimeout(1000);
  await page.goto(path);
  const root = page.locator(tool);
  await expect(root).toBeVisible();
  return root;
}

// ---------------------------------------------------------------------------------
// a. One interview in London with two interviewers, used across the tools.

async function londonTwoInterviewers(browser: Browser): Promise<void> {
  const { context, page } = await newVisitor(browser, 'UTC', 'london');

  // The thank-you builder: start the interview and describe it and the two people.
  const ty = await open(page, 'tools/thank-you-email/', '.thank-you-builder');
  await ty.getByRole('button', { name: 'New interview' }).click();
  await type(ty.getByLabel('Company', { exact: true }), 'Fernhill Labs');
  await type(ty.getByLabel('Role', { exact: true }), 'Data Analyst');
  await ty.getByLabel('Date', { exact: true }).fill('2026-12-04');
  await ty.getByLabel('Start time').fill('10:00');
  await ty.getByLabel('Time zone of that time').selectOption({ label: 'Europe/London' });
  await ty.getByLabel('Format').selectOption({ label: 'Video call' });
  await type(ty.getByLabel('Your name (for the sign-off)'), 'Jordan Ellis');
  await type(ty.getByLabel('Your phone (optional)'), '+44 7700 900123');
  await type(
    ty.getByLabel('Qualifications to reaffirm'),
    'six years of SQL and dbt models in production\nbuilt the churn dashboard the finance team still uses every week',
  );

  const first = ty.getByRole('region', { name: /^Email 1:/ });
  await type(first.getByLabel('Full name'), 'Priya Raman');
  await type(first.getByLabel('Job title'), 'Head of Analytics');
  await type(first.getByLabel('Email', { exact: true }), 'priya.raman@fernhill-labs.example');
  await type(
    first.getByLabel('What you talked about'),
    'moving the weekly KPI pack from spreadsheets to dbt\nhow the team reviews SQL before it reaches the board\nthe A/B test on the onboarding emails',
  );
  await type(
    first.getByLabel('Shared interests or rapport (optional)'),
    'we both ran the Manchester half marathon this spring',
  );

  await ty.getByRole('button', { name: 'Add another interviewer' }).click();
  const second = ty.getByRole('region', { name: /^Email 2:/ });
  await type(second.getByLabel('Full name'), 'Tom Okafor');
  await type(second.getByLabel('Job title'), 'Senior Data Engineer');
  await type(second.getByLabel('Email', { exact: true }), 'tom.okafor@fernhill-labs.example');
  await type(
    second.getByLabel('What you talked about'),
    'their Airflow to Dagster migration\nlate-arriving events in the clickstream tables',
  );
  await type(
    second.getByLabel('Shared interests or rapport (optional)'),
    'he also learned SQL on a Raspberry Pi side project',
  );

  // Edit Priya's draft by hand: a P.S. typed at the end of the generated email.
  const priyaBody = first.getByLabel('Email to Priya Raman', { exact: true });
  await expect(priyaBody).toHaveValue(/^Hi Priya,/);
  await priyaBody.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    '\n\nP.S. I found the dbt style guide you mentioned and have started reading it.',
  );
  await expect(priyaBody).toHaveValue(/started reading it\.$/);
  // Tom's email went out as drafted.
  await second.getByRole('button', { name: 'Mark as sent to Tom Okafor' }).click();
  await expect(second.getByRole('button', { name: 'Not sent yet to Tom Okafor' })).toBeVisible();

  // My interviews: the hiring timeline they gave.
  const ws = await open(page, 'workspace/', '.workspace-editor');
  await type(ws.getByLabel('Hiring timeline they gave'), '1-2 weeks');

  // The action-item tracker: the sample promised to Priya.
  const ai = await open(page, 'tools/action-items/', '.action-item-tracker');
  await ai.getByRole('button', { name: 'Add a promised item' }).click();
  await type(ai.getByLabel('What you promised'), 'SQL portfolio sample');
  await ai.getByLabel('Who asked for it').selectOption({ label: 'Priya Raman' });
  await type(ai.getByLabel('Notes'), 'the anonymised cohort-retention query, with a short README');

  // The engagement log: something read since, worth mentioning.
  const en = await open(page, 'tools/engagement-log/', '.engagement-log');
  await en.getByLabel('Company blog or engineering blog', { exact: true }).check();
  await type(
    en.getByLabel('Address of the company blog or engineering blog'),
    'https://fernhill-labs.example/blog',
  );
  await en.getByLabel('What you did').selectOption({ label: 'Read' });
  await type(en.getByLabel('What it was'), 'their post on moving the KPI pack to dbt');
  await type(en.getByLabel('Link (optional)'), 'https://fernhill-labs.example/blog/kpi-pack-dbt');
  await en.getByLabel('Worth mentioning in a follow-up').check();
  await en.getByRole('button', { name: 'Add to the log' }).click();
  await expect(
    en
      .getByRole('status')
      .filter({ hasText: 'Added “their post on moving the KPI pack to dbt” to the log.' }),
  ).toBeVisible();

  // The LinkedIn generator: Priya's profile address.
  const li = await open(page, 'tools/linkedin-message/', '.linkedin-generator');
  await type(
    li.getByLabel('LinkedIn profile address of Priya Raman'),
    'https://www.linkedin.com/in/priya-raman-fernhill',
  );
  await expect(
    li.getByRole('link', { name: /Open Priya Raman’s profile on LinkedIn/ }),
  ).toBeVisible();

  // And the dark theme, as many people choose: its key must survive a storage change too.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('fuk-theme'))).toBe('dark');

  const saved = await storedWorkspace(page);
  const saved0 = saved?.interviews[0];
  const items = saved0?.actionItems ?? saved0?.rounds?.[0]?.actionItems ?? [];
  if (saved0?.engagement.length !== 1 || items.length !== 1)
    throw new Error('scenario a: the log entry or the promised item was not saved');
  await dump(
    page,
    'london-two-interviewers.json',
    'One video interview at Fernhill Labs (Data Analyst, Fri 2026-12-04 10:00 Europe/London) with two interviewers typed in the thank-you builder, the timeline "1-2 weeks" on My interviews, Priya\'s thank-you edited by hand and Tom\'s marked sent, a promised "SQL portfolio sample", one blog post logged as worth mentioning, Priya\'s LinkedIn address, and the dark theme.',
  );

  // The backup My interviews downloads after all that: the file itself, byte for byte.
  const data = await open(page, 'workspace/', '.data-controls');
  const download = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Download a backup' }).click();
  const file = await download;
  await file.saveAs(join(outDir, 'backup-download.json'));
  written.push(`backup-download.json: downloaded as ${file.suggestedFilename()}`);
  const after = await storedWorkspace(page);
  if (JSON.stringify(after) !== JSON.stringify(saved))
    observations.push(
      'london: opening My interviews to download the backup changed the saved workspace',
    );
  await context.close();
}

// ---------------------------------------------------------------------------------
// b. Three interviews: Unicode everywhere, hostile text, and one left nearly empty.

async function threeInterviewsUnicode(browser: Browser): Promise<void> {
  const { context, page } = await newVisitor(browser, 'Asia/Tokyo', 'unicode');
  const ws = await open(page, 'workspace/', '.workspace-editor');
  const person = (n: number) =>
    ws.getByRole('group', { name: new RegExp(`^Interviewer ${n}(:|$)`) });
  const addInterview = async (count: number) => {
    await ws.getByRole('button', { name: 'Add an interview', exact: true }).click();
    await expect(
      ws.getByRole('region', { name: 'Your interviews' }).getByRole('listitem'),
    ).toHaveCount(count);
  };

  // 1: emoji (with skin tone, ZWJ and a flag), CJK, RTL Arabic and combining accents.
  await addInterview(1);
  await type(ws.getByLabel('Your name (for the sign-off)'), 'Rene\u0301e Nakamura 中村');
  await type(ws.getByLabel('Your phone (optional)'), '+81 90-1234-5678');
  await type(ws.getByLabel('Company', { exact: true }), '東京データ株式会社 🚀');
  await type(ws.getByLabel('Role', { exact: true }), 'Analyste de donne\u0301es / データ分析');
  await ws.getByLabel('Date', { exact: true }).fill('2026-12-03');
  await ws.getByLabel('Start time').fill('14:30');
  await ws.getByLabel('Format').selectOption({ label: 'On site' });
  await type(ws.getByLabel('Hiring timeline they gave'), '2 weeks 🤞 (二週間)');
  await type(
    ws.getByLabel('Qualifications to reaffirm'),
    'SQL と Python で五年\nتحليل البيانات للمبيعات\nCafe\u0301 de Flore case study 📊',
  );
  await type(person(1).getByLabel('Full name'), 'محمد العلي');
  await type(person(1).getByLabel('Job title'), 'مدير البيانات');
  await type(person(1).getByLabel('Email', { exact: true }), 'mohammed.alali@tokyo-data.example');
  await type(
    person(1).getByLabel('What you talked about'),
    'مشروع لوحة المعلومات الجديدة\n在庫予測モデル 📈\nthe team of 👩🏽‍💻 and 👨‍👩‍👧 volunteers',
  );
  await type(
    person(1).getByLabel('Shared interests or rapport (optional)'),
    'we both lived in Kyo\u0304to 🇯🇵',
  );
  await type(
    person(1).getByLabel('Mailing address for a card'),
    '東京都渋谷区渋谷2-21-1\nヒカリエ 11F\n150-8510 🇯🇵',
  );
  await ws.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
  await type(person(2).getByLabel('Full name'), 'Zoe\u0308 A\u030angstro\u0308m');
  await type(person(2).getByLabel('Job title'), 'Lead 👩‍🔬 Scientist');
  await type(
    person(2).getByLabel('What you talked about'),
    'Unicode normalisation (NFC vs NFD) in names\n中文：数据治理',
  );

  // 2: hostile text, "quotes" and backslashes in every kind of field.
  await addInterview(2);
  await type(ws.getByLabel('Company', { exact: true }), HOSTILE);
  await type(ws.getByLabel('Role', { exact: true }), '"Senior" Analyst \\ Reporting');
  await ws.getByLabel('Format').selectOption({ label: 'Phone call' });
  await type(ws.getByLabel('Hiring timeline they gave'), '"by Friday" \\o/ <b>soon</b>');
  await type(
    ws.getByLabel('Qualifications to reaffirm'),
    'C:\\Users\\me\\portfolio\\dashboard.sql\n</textarea><script>alert("x")</script>',
  );
  await type(person(1).getByLabel('Full name'), 'Robert "Bobby" O\'Neil \\ Jr');
  await type(person(1).getByLabel('Job title'), HOSTILE);
  await type(
    person(1).getByLabel('What you talked about'),
    `${HOSTILE}\n"quotes" and 'apostrophes'\nback\\slash and \\n that is not a newline`,
  );
  await type(
    person(1).getByLabel('Shared interests or rapport (optional)'),
    '"},"version":99,"x":{"',
  );

  // 3: nearly empty: added, and nothing typed.
  await addInterview(3);

  // The note planner: back to the first interview, a card for Mohammed.
  const note = await open(page, 'tools/handwritten-note/', '.note-planner');
  await note.getByLabel('Interview', { exact: true }).selectOption({ index: 0 });
  await expect(note.getByLabel('Company', { exact: true })).toHaveValue('東京データ株式会社 🚀');
  await note.getByLabel('Interviewer', { exact: true }).selectOption({ label: 'محمد العلي' });
  await note.getByLabel('A6 card (105 × 148 mm)').check();
  const text = note.getByLabel('Your note', { exact: true });
  await expect(text).not.toHaveValue('');
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nありがとうございました 🙏');
  await expect(text).toHaveValue(/ありがとうございました 🙏$/);

  // The hiring-timeline calculator: the card is part of the plan.
  const tl = await open(page, 'tools/hiring-timeline/', '.timeline-calculator');
  await expect(tl.getByLabel('Company', { exact: true })).toHaveValue('東京データ株式会社 🚀');
  await tl.getByLabel('I am sending a handwritten card too').check();

  const saved = await storedWorkspace(page);
  if (saved?.interviews.length !== 3 || saved.currentId !== saved.interviews[0]?.id)
    throw new Error('scenario b: expected three interviews with the first one current');
  await dump(
    page,
    'three-interviews-unicode.json',
    'Three interviews made on My interviews in a Tokyo-zoned browser: one with emoji, CJK, right-to-left Arabic and combining accents in names, topics and the address; one with <img onerror>, "quotes" and backslashes in its fields; one added and left empty; then the first made current from the note planner, an A6 card chosen and its note edited, and "sending a handwritten card" ticked on the timeline calculator.',
  );
  await context.close();
}

// ---------------------------------------------------------------------------------
// c. Many interviews (30), as a long job search leaves them: made one by one on My
// interviews, most with a company, role, date and the person met, several marked with
// an outcome, some follow-up steps ticked, one duplicated, and one opened at the end.

const COMPANIES = [
  'Acme Analytics',
  'Brightwave',
  'Cobalt Health',
  'Driftwood Games',
  'Elm & Oak Bank',
  'Fjord Logistics',
  'Greenline Energy',
  'Harbour Media',
  'Ionic Labs',
  'Juniper Retail',
  'Kestrel Aerospace',
  'Lumen Education',
  'Meridian Insurance',
  'Northwind Analytics',
  'Orchid Biotech',
  'Pinecrest Software',
  'Quill Publishing',
  'Riverstone Legal',
  'Saffron Foods',
  'Tidewater Travel',
  'Umbra Security',
  'Vantage Robotics',
  'Willow Finance',
  'Xylo Music',
  'Yarrow Health',
  'Zephyr Mobility',
  'Atlas Maps',
  'Beacon Charity',
  'Cinder Studios',
];
/** Outcomes set with the Status select, by interview number (1-based). */
const STATUSES: Record<number, string> = {
  3: 'Offer received',
  5: 'Not selected',
  8: 'I withdrew',
  12: 'Not selected',
  20: 'Offer received',
};

async function manyInterviews(browser: Browser): Promise<void> {
  const { context, page } = await newVisitor(browser, 'Europe/Berlin', 'many');
  const ws = await open(page, 'workspace/', '.workspace-editor');
  await type(ws.getByLabel('Your name (for the sign-off)'), 'Alex Moreau');
  for (let n = 1; n <= COMPANIES.length; n++) {
    await ws.getByRole('button', { name: 'Add an interview', exact: true }).click();
    await expect(
      ws.getByRole('region', { name: 'Your interviews' }).getByRole('listitem'),
    ).toHaveCount(n);
    // Every seventh is left as added: a real list has a few of those.
    if (n % 7 === 0) continue;
    await type(ws.getByLabel('Company', { exact: true }), COMPANIES[n - 1]!);
    await type(
      ws.getByLabel('Role', { exact: true }),
      n % 2 ? 'Data Analyst' : 'Analytics Engineer',
    );
    await ws
      .getByLabel('Date', { exact: true })
      .fill(`2026-${n <= 15 ? '10' : '11'}-${String(((n * 2) % 28) + 1).padStart(2, '0')}`);
    await ws
      .getByLabel('Start time')
      .fill(`${String(9 + (n % 8)).padStart(2, '0')}:${n % 2 ? '00' : '30'}`);
    const person = ws.getByRole('group', { name: /^Interviewer 1(:|$)/ });
    await type(person.getByLabel('Full name'), `Person ${n} of ${COMPANIES[n - 1]}`);
    await type(
      person.getByLabel('What you talked about'),
      `the team's plans for ${2027 + (n % 2)}`,
    );
    if (n % 3 === 0) await type(ws.getByLabel('Hiring timeline they gave'), `${1 + (n % 4)} weeks`);
    const status = STATUSES[n];
    if (status) await ws.getByLabel('Status', { exact: true }).selectOption({ label: status });
    if (n % 4 === 0)
      await ws.getByLabel('Thank-you email to each interviewer', { exact: true }).check();
    if (n % 5 === 0) await ws.getByLabel('LinkedIn connection requests', { exact: true }).check();
  }
  // One duplicated (a second round at the same company, as this build has no rounds).
  await ws.getByRole('button', { name: /^Duplicate Brightwave/ }).click();
  await expect(
    ws.getByRole('region', { name: 'Your interviews' }).getByRole('listitem'),
  ).toHaveCount(COMPANIES.length + 1);
  // Open an older one, so the current interview is not the last.
  await ws.getByRole('button', { name: /^Open Acme Analytics/ }).click();
  await expect(ws.getByLabel('Company', { exact: true })).toHaveValue('Acme Analytics');

  // Saved a moment after the last click.
  await expect
    .poll(async () => {
      const saved = await storedWorkspace(page);
      return saved?.interviews.length === 30 && saved.currentId === saved.interviews[0]?.id;
    })
    .toBe(true);
  await dump(
    page,
    'many-interviews.json',
    `Thirty interviews made one by one on My interviews in a Berlin-zoned browser: 29 added (every seventh left as added, the others with company, role, date, start time, the first interviewer's name and topic, every third with a hiring timeline), statuses set on five (offer, not selected, withdrew), the thank-you step ticked on every fourth and the LinkedIn step on every fifth, Brightwave duplicated, and Acme Analytics (the first) opened at the end.`,
  );
  await context.close();
}

// ---------------------------------------------------------------------------------
// d. "Check my message": its own key.

async function checker(browser: Browser): Promise<void> {
  const { context, page } = await newVisitor(browser, 'UTC', 'checker');
  const mc = await open(page, 'tools/check-my-message/', '.message-checker');
  await mc.getByLabel('What is it?').selectOption({ label: 'Status inquiry' });
  await mc.getByLabel('Your last follow-up on this job was sent on (optional)').fill('2026-11-27');
  await type(
    mc.getByLabel('Your message', { exact: true }),
    'Hi Priya,\n\nI hope your week is going well. I wanted to follow up on the Data Analyst role. I am still very interested — I just need an answer ASAP because I have another offer!!\n\nBest regards,\nJordan Ellis',
  );
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('fuk-message-check')))
    .toContain('Jordan Ellis');
  await dump(
    page,
    'checker.json',
    'A pushy status inquiry typed into "Check my message", with its kind and the date of the last follow-up chosen.',
  );
  await context.close();
}

// ---------------------------------------------------------------------------------
// e. A whole search (v5 and later): rounds, people's parts, outcomes and their drafts.

async function wholeSearch(browser: Browser): Promise<void> {
  const { context, page } = await newVisitor(browser, 'Europe/London', 'search');
  const ws = await open(page, 'workspace/', '.workspace-editor');
  const person = (n: number) =>
    ws.getByRole('group', { name: new RegExp(`^Interviewer ${n}(:|$)`) });
  const add = async (company: string, who: string, part: string, status: string) => {
    await ws.getByRole('button', { name: 'Add an interview', exact: true }).click();
    await expect(page.locator('#ws-current-heading')).toHaveText('Untitled interview');
    await type(ws.getByLabel('Company', { exact: true }), company);
    await type(ws.getByLabel('Role', { exact: true }), 'Data Analyst');
    await ws.getByLabel('Date', { exact: true }).fill('2026-11-27');
    await type(person(1).getByLabel('Full name', { exact: true }), who);
    await person(1).getByLabel('Their part').selectOption({ label: part });
    await ws.getByLabel('Status', { exact: true }).selectOption(status);
  };

  await ws.getByRole('button', { name: 'Add an interview', exact: true }).click();
  await type(ws.getByLabel('Your name (for the sign-off)'), 'Sam Rivera');
  await type(ws.getByLabel('Company', { exact: true }), 'Fernhill Labs');
  await type(ws.getByLabel('Role', { exact: true }), 'Data Analyst');
  await ws.getByLabel('Date', { exact: true }).fill('2026-12-04');
  await ws.getByLabel('Start time').fill('10:00');
  await ws.getByLabel('End time').fill('11:30');
  await type(person(1).getByLabel('Full name', { exact: true }), 'Priya Raman');
  await type(person(1).getByLabel('Email', { exact: true }), 'priya@fernhill.example');
  await person(1).getByLabel('Their part').selectOption({ label: 'Hiring manager' });
  await type(person(1).getByLabel('What you talked about'), 'the churn dashboard');
  await ws.getByRole('button', { name: 'Add an interviewer', exact: true }).click();
  await type(person(2).getByLabel('Full name', { exact: true }), 'Tom Okafor');
  await type(ws.getByLabel('Hiring timeline they gave'), '1-2 weeks');
  await ws.getByLabel('Who said it').selectOption({ label: 'Priya Raman' });
  // A second round, a final with Tom.
  const rounds = ws.getByRole('group', { name: 'Rounds' });
  await rounds.getByRole('button', { name: 'Add a round' }).click();
  await ws.getByLabel('What round 2 was').selectOption('final');
  await rounds.getByLabel('Tom Okafor').check();
  await ws.getByLabel('Date', { exact: true }).fill('2026-12-10');
  await ws.getByLabel('Start time').fill('14:00');
  await ws.getByLabel('End time').fill('15:00');

  // An offer elsewhere with a deadline, a rejection, a withdrawal.
  await add('Brookside', 'Dana Cole', 'Recruiter', 'offer');
  const next = page.locator('.next-steps');
  await expect(async () => {
    const button = page.getByRole('button', { name: 'Open “What to send next”' });
    if (await button.isVisible()) await button.click();
    await expect(next.getByRole('heading', { name: 'What to send next' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  await next.getByLabel('They want an answer by (optional)').fill('2026-12-18');
  const ask = next.locator('.tool-step', { hasText: 'Ask for more time, if you need it' });
  await ask.getByText('Draft the message').click();
  await ask.getByRole('button', { name: 'Mark as sent to Dana Cole' }).click();
  await add('Cobalt', 'Lee Park', 'Interviewer', 'rejected');
  await add('Dunmore', 'Jo Hart', 'Hiring manager', 'withdrawn');

  await dump(
    page,
    'whole-search.json',
    'A London search typed into My interviews: Fernhill Labs (two rounds, 10:00-11:30 then a final, the hiring manager gave "1-2 weeks"), an offer from Brookside with a deadline and its request for more time marked sent, a rejection from Cobalt and a withdrawal from Dunmore.',
  );
  await context.close();
}

mkdirSync(outDir, { recursive: true });
const executablePath = findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
try {
  const scenarios: Record<string, (b: Browser) => Promise<void>> = {
    london: londonTwoInterviewers,
    unicode: threeInterviewsUnicode,
    many: manyInterviews,
    checker,
    search: wholeSearch,
  };
  for (const [name, run] of Object.entries(scenarios))
    if (!only || only.includes(name)) await run(browser);
} finally {
  await browser.close();
}
console.log(`Captured with ${commit} into ${outDir}:\n  ${written.join('\n  ')}`);
if (observations.length)
  console.log(`Seen while driving the pages:\n  ${observations.join('\n  ')}`);
