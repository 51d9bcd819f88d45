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
//   node scripts/capture-fixtures.ts --out tests/fixtures/v6 --build "v6" \
//     [--base-url http://127.0.0.1:4500/] [--only london,unicode,many,checker,search] [--allow-dirty]
//
// It drives the pages as they are since the application page took the editor: the
// debrief makes each application and "Edit details" edits it (earlier folders were
// captured by this script's history at the commits their READMEs name).
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
// How a candidate adds and edits an application in this build: the debrief
// (/workspace/debrief/) makes it, and the application page's "Edit details" edits it.
// (Earlier builds' captures typed into the editor on My interviews; it has left that page.)

/** One person of the debrief's second step. */
interface Met {
  name: string;
  /** The "Their part" option's value, e.g. "hiring-manager"; absent: interviewer. */
  part?: string;
  email?: string;
  topics?: string;
}

/** What the debrief is given; absent fields are left as the debrief starts them. */
interface Debriefed {
  company?: string;
  role?: string;
  /** The "What kind of round" option's value, e.g. "video". */
  kind?: string;
  date?: string;
  start?: string;
  end?: string;
  zone?: string;
  people?: Met[];
  /** People met in an earlier round, ticked again (a later round of a saved application). */
  again?: string[];
  timeline?: string;
  timelineBy?: string;
  promised?: { what: string; askedBy: string };
}

/**
 * Debriefs a round in the debrief's four steps, as a person would (typing, choosing,
 * "Next"), then follows "Done" to the application page; returns the application's id.
 * `appId` debriefs a new round of that application.
 */
async function debrief(page: Page, d: Debriefed, appId = ''): Promise<string> {
  const root = await open(
    page,
    `workspace/debrief/${appId ? `?id=${encodeURIComponent(appId)}` : ''}`,
    '.debrief-flow',
  );
  if (d.company !== undefined) await type(root.getByLabel('Company', { exact: true }), d.company);
  if (d.role !== undefined) await type(root.getByLabel('Role', { exact: true }), d.role);
  if (d.kind) await root.getByLabel('What kind of round').selectOption(d.kind);
  if (d.date) await root.getByLabel('Date', { exact: true }).fill(d.date);
  if (d.start) await root.getByLabel('Start time').fill(d.start);
  if (d.end) await root.getByLabel('End time').fill(d.end);
  if (d.zone) await root.getByLabel('Time zone of that time').selectOption(d.zone);
  await root.getByRole('button', { name: 'Next: Who you met' }).click();
  for (const name of d.again ?? []) await root.getByLabel(new RegExp(`^${name}`)).check();
  for (const [n, p] of (d.people ?? []).entries()) {
    if (n > 0) await root.getByRole('button', { name: 'Add another person' }).click();
    const group = root.getByRole('group', { name: new RegExp(`^Person ${n + 1}(:|$)`) });
    await type(group.getByLabel('Full name'), p.name);
    if (p.part) await group.getByLabel('Their part').selectOption(p.part);
    if (p.email) await type(group.getByLabel('Email (optional)'), p.email);
    if (p.topics) await type(group.getByLabel(/^What you talked about with/), p.topics);
  }
  await root.getByRole('button', { name: 'Next: What they said about timing' }).click();
  if (d.timeline) await type(root.getByLabel('Their words'), d.timeline);
  if (d.timelineBy) await root.getByLabel('Who said it').selectOption({ label: d.timelineBy });
  await root.getByRole('button', { name: 'Next: What you promised to send' }).click();
  if (d.promised) {
    await root.getByRole('button', { name: 'Add a promised item' }).click();
    await type(root.getByLabel('What you promised', { exact: true }), d.promised.what);
    await root.getByLabel('Who asked for it').selectOption({ label: d.promised.askedBy });
  }
  await root.getByRole('link', { name: 'Done: see my follow-ups' }).click();
  await expect(page).toHaveURL(/workspace\/application\/\?id=/);
  await expect(page.getByRole('region', { name: 'What to send, in order' })).toBeVisible();
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/** The application page's "Edit details" for `appId`, opened and loaded. */
async function editDetails(page: Page, appId: string): Promise<Locator> {
  await open(page, `workspace/application/?id=${encodeURIComponent(appId)}#edit`, '.hub-summary');
  const details = page.locator('details#edit');
  await expect(details.getByLabel('Status', { exact: true })).toBeVisible();
  return details;
}

/** The editor's fieldset of the nth person met in the latest round (1-based). */
const editedPerson = (details: Locator, n: number) =>
  details.getByRole('group', { name: new RegExp(`^Interviewer ${n}(:|$)`) });

/** The sign-off's name and phone, in the thank-you builder (folded once a name is there). */
async function signOff(page: Page, name: string, phone = ''): Promise<void> {
  const ty = await open(page, 'tools/thank-you-email/', '.thank-you-builder');
  const fields = ty.locator('details.tool-signoff');
  if (!(await fields.evaluate((d) => (d as HTMLDetailsElement).open)))
    await fields.locator('summary').click();
  await type(ty.getByLabel('Your name (for the sign-off)'), name);
  if (phone) await type(ty.getByLabel('Your phone (optional)'), phone);
}

// ---------------------------------------------------------------------------------
// a. One interview in London with two interviewers, used across the tools.

async function londonTwoInterviewers(browser: Browser): Promise<void> {
  const { context, page } = await newVisitor(browser, 'UTC', 'london');

  // The debrief: the interview, the two people, the timing and the promised sample.
  const id = await debrief(page, {
    company: 'Fernhill Labs',
    role: 'Data Analyst',
    kind: 'video',
    date: '2026-12-04',
    start: '10:00',
    zone: 'Europe/London',
    people: [
      {
        name: 'Priya Raman',
        email: 'priya.raman@fernhill-labs.example',
        topics:
          'moving the weekly KPI pack from spreadsheets to dbt\nhow the team reviews SQL before it reaches the board\nthe A/B test on the onboarding emails',
      },
      {
        name: 'Tom Okafor',
        email: 'tom.okafor@fernhill-labs.example',
        topics:
          'their Airflow to Dagster migration\nlate-arriving events in the clickstream tables',
      },
    ],
    timeline: '1-2 weeks',
    timelineBy: 'Priya Raman',
    promised: { what: 'SQL portfolio sample', askedBy: 'Priya Raman' },
  });

  // Edit details: job titles, rapport and the qualifications to reaffirm.
  const details = await editDetails(page, id);
  await type(
    details.getByLabel('Qualifications to reaffirm'),
    'six years of SQL and dbt models in production\nbuilt the churn dashboard the finance team still uses every week',
  );
  await type(editedPerson(details, 1).getByLabel('Job title'), 'Head of Analytics');
  await type(
    editedPerson(details, 1).getByLabel('Shared interests or rapport (optional)'),
    'we both ran the Manchester half marathon this spring',
  );
  await type(editedPerson(details, 2).getByLabel('Job title'), 'Senior Data Engineer');
  await type(
    editedPerson(details, 2).getByLabel('Shared interests or rapport (optional)'),
    'he also learned SQL on a Raspberry Pi side project',
  );

  // The thank-you builder: the sign-off, Priya's draft edited by hand, Tom's marked sent.
  await signOff(page, 'Jordan Ellis', '+44 7700 900123');
  const priyaBody = page.getByLabel('Email to Priya Raman', { exact: true });
  await expect(priyaBody).toHaveValue(/^Hi Priya,/);
  await priyaBody.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    '\n\nP.S. I found the dbt style guide you mentioned and have started reading it.',
  );
  await expect(priyaBody).toHaveValue(/started reading it\.$/);
  await page.getByRole('button', { name: 'Mark as sent to Tom Okafor' }).click();
  await expect(page.getByRole('button', { name: 'Not sent yet to Tom Okafor' })).toBeVisible();

  // The action-item tracker: notes on the promised sample.
  const ai = await open(page, 'tools/action-items/', '.action-item-tracker');
  await type(
    ai.getByLabel('Notes').first(),
    'the anonymised cohort-retention query, with a short README',
  );

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
    'One video interview at Fernhill Labs (Data Analyst, Fri 2026-12-04 10:00 Europe/London) debriefed with two interviewers, "1-2 weeks" from Priya and a promised "SQL portfolio sample"; job titles, rapport and qualifications added in Edit details; the sign-off typed in the thank-you builder, Priya\'s thank-you edited by hand and Tom\'s marked sent; notes on the sample in the action-item tracker; one blog post logged as worth mentioning; Priya\'s LinkedIn address; and the dark theme.',
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

  // 1: emoji (with skin tone, ZWJ and a flag), CJK, RTL Arabic and combining accents.
  const first = await debrief(page, {
    company: '東京データ株式会社 🚀',
    role: 'Analyste de donne\u0301es / データ分析',
    kind: 'on-site',
    date: '2026-12-03',
    start: '14:30',
    people: [
      {
        name: 'محمد العلي',
        email: 'mohammed.alali@tokyo-data.example',
        topics: 'مشروع لوحة المعلومات الجديدة\n在庫予測モデル 📈\nthe team of 👩🏽‍💻 and 👨‍👩‍👧 volunteers',
      },
      {
        name: 'Zoe\u0308 A\u030angstro\u0308m',
        topics: 'Unicode normalisation (NFC vs NFD) in names\n中文：数据治理',
      },
    ],
    timeline: '2 weeks 🤞 (二週間)',
  });
  let details = await editDetails(page, first);
  await type(
    details.getByLabel('Qualifications to reaffirm'),
    'SQL と Python で五年\nتحليل البيانات للمبيعات\nCafe\u0301 de Flore case study 📊',
  );
  await type(editedPerson(details, 1).getByLabel('Job title'), 'مدير البيانات');
  await type(
    editedPerson(details, 1).getByLabel('Shared interests or rapport (optional)'),
    'we both lived in Kyo\u0304to 🇯🇵',
  );
  await type(
    editedPerson(details, 1).getByLabel('Mailing address for a card'),
    '東京都渋谷区渋谷2-21-1\nヒカリエ 11F\n150-8510 🇯🇵',
  );
  await type(editedPerson(details, 2).getByLabel('Job title'), 'Lead 👩‍🔬 Scientist');

  // 2: hostile text, "quotes" and backslashes in every kind of field.
  const second = await debrief(page, {
    company: HOSTILE,
    role: '"Senior" Analyst \\ Reporting',
    kind: 'phone',
    people: [
      {
        name: 'Robert "Bobby" O\'Neil \\ Jr',
        topics: `${HOSTILE}\n"quotes" and 'apostrophes'\nback\\slash and \\n that is not a newline`,
      },
    ],
    timeline: '"by Friday" \\o/ <b>soon</b>',
  });
  details = await editDetails(page, second);
  await type(
    details.getByLabel('Qualifications to reaffirm'),
    'C:\\Users\\me\\portfolio\\dashboard.sql\n</textarea><script>alert("x")</script>',
  );
  await type(editedPerson(details, 1).getByLabel('Job title'), HOSTILE);
  await type(
    editedPerson(details, 1).getByLabel('Shared interests or rapport (optional)'),
    '"},"version":99,"x":{"',
  );

  // 3: nearly empty: only its kind of round chosen, which saves it.
  await debrief(page, { kind: 'panel' });

  // The sign-off, then the note planner: back to the first interview, a card for Mohammed.
  await signOff(page, 'Rene\u0301e Nakamura 中村', '+81 90-1234-5678');
  const note = await open(page, 'tools/handwritten-note/', '.note-planner');
  await note.getByLabel('Interview', { exact: true }).selectOption(first);
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
  await tl.getByLabel('I am sending a handwritten card too').check();

  const saved = await storedWorkspace(page);
  if (saved?.interviews.length !== 3 || saved.currentId !== first)
    throw new Error('scenario b: expected three interviews with the first one current');
  await dump(
    page,
    'three-interviews-unicode.json',
    'Three interviews debriefed in a Tokyo-zoned browser and completed in Edit details: one with emoji, CJK, right-to-left Arabic and combining accents in names, topics and the address; one with <img onerror>, "quotes" and backslashes in its fields; one with only its kind of round; then the sign-off typed, the first made current from the note planner, an A6 card chosen and its note edited, and "sending a handwritten card" ticked on the timeline calculator.',
  );
  await context.close();
}

// ---------------------------------------------------------------------------------
// c. Many interviews (30), as a long job search leaves them: each debriefed, most with a
// company, role, date and the person met, several marked with an outcome, some
// follow-up steps ticked, and one duplicated from My interviews' pipeline.

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
/** Outcomes set with the Status select in Edit details, by interview number (1-based). */
const STATUSES: Record<number, string> = {
  3: 'offer',
  5: 'rejected',
  8: 'withdrawn',
  12: 'rejected',
  20: 'offer',
};

async function manyInterviews(browser: Browser): Promise<void> {
  const { context, page } = await newVisitor(browser, 'Europe/Berlin', 'many');
  for (let n = 1; n <= COMPANIES.length; n++) {
    // Every seventh is left nearly empty: a real list has a few of those.
    if (n % 7 === 0) {
      await debrief(page, { kind: 'phone' });
      continue;
    }
    const id = await debrief(page, {
      company: COMPANIES[n - 1]!,
      role: n % 2 ? 'Data Analyst' : 'Analytics Engineer',
      date: `2026-${n <= 15 ? '10' : '11'}-${String(((n * 2) % 28) + 1).padStart(2, '0')}`,
      start: `${String(9 + (n % 8)).padStart(2, '0')}:${n % 2 ? '00' : '30'}`,
      people: [
        {
          name: `Person ${n} of ${COMPANIES[n - 1]}`,
          topics: `the team's plans for ${2027 + (n % 2)}`,
        },
      ],
      ...(n % 3 === 0 ? { timeline: `${1 + (n % 4)} weeks` } : {}),
    });
    const status = STATUSES[n];
    if (!status && n % 4 && n % 5) continue;
    const details = await editDetails(page, id);
    if (status) await details.getByLabel('Status', { exact: true }).selectOption(status);
    if (n % 4 === 0)
      await details.getByLabel('Thank-you email to each interviewer', { exact: true }).check();
    if (n % 5 === 0)
      await details.getByLabel('LinkedIn connection requests', { exact: true }).check();
  }
  await signOff(page, 'Alex Moreau');
  // One duplicated from the pipeline (a second application at the same company).
  const ws = await open(page, 'workspace/', '.pipeline');
  await ws.getByRole('button', { name: /^Duplicate Brightwave/ }).click();
  await expect
    .poll(async () => (await storedWorkspace(page))?.interviews.length)
    .toBe(COMPANIES.length + 1);
  await dump(
    page,
    'many-interviews.json',
    `Thirty interviews in a Berlin-zoned browser: 29 debriefed one by one (every seventh with only its kind of round, the others with company, role, date, start time, the person met and a topic, every third with a hiring timeline), statuses set in Edit details on five (offer, not selected, withdrew), the thank-you step ticked on every fourth and the LinkedIn step on every fifth, and Brightwave duplicated from My interviews' pipeline.`,
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
  /** An application with one person, its outcome set in Edit details; returns its id. */
  const add = async (company: string, who: string, part: string, status: string) => {
    const id = await debrief(page, {
      company,
      role: 'Data Analyst',
      date: '2026-11-27',
      people: [{ name: who, part }],
    });
    const details = await editDetails(page, id);
    await details.getByLabel('Status', { exact: true }).selectOption(status);
    return { id, details };
  };

  const fernhill = await debrief(page, {
    company: 'Fernhill Labs',
    role: 'Data Analyst',
    kind: 'video',
    date: '2026-12-04',
    start: '10:00',
    end: '11:30',
    people: [
      {
        name: 'Priya Raman',
        part: 'hiring-manager',
        email: 'priya@fernhill.example',
        topics: 'the churn dashboard',
      },
      { name: 'Tom Okafor' },
    ],
    timeline: '1-2 weeks',
    timelineBy: 'Priya Raman',
  });
  // A second round, a final with Tom.
  await debrief(
    page,
    { kind: 'final', date: '2026-12-10', start: '14:00', end: '15:00', again: ['Tom Okafor'] },
    fernhill,
  );
  await signOff(page, 'Sam Rivera');

  // An offer elsewhere with a deadline and its request for more time sent, a rejection,
  // a withdrawal.
  const brookside = await add('Brookside', 'Dana Cole', 'recruiter', 'offer');
  await brookside.details.getByLabel('They want an answer by (optional)').fill('2026-12-18');
  const ask = page.locator('.tool-step', { hasText: 'Ask for more time, if you need it' });
  const draft = ask.locator('details', { has: page.locator('summary', { hasText: 'The draft' }) });
  if (!(await draft.evaluate((d) => (d as HTMLDetailsElement).open)))
    await draft.locator('summary').click();
  await ask.getByRole('button', { name: 'Mark as sent to Dana Cole' }).click();
  await expect(ask.locator('.tool-badge').first()).toHaveText('Done');
  await add('Cobalt', 'Lee Park', 'interviewer', 'rejected');
  await add('Dunmore', 'Jo Hart', 'hiring-manager', 'withdrawn');

  await dump(
    page,
    'whole-search.json',
    'A London search, each application debriefed and its outcome set in Edit details: Fernhill Labs (a video interview 10:00-11:30 where the hiring manager gave "1-2 weeks", then a final with Tom debriefed as a second round), an offer from Brookside with a deadline and its request for more time marked sent on the application page, a rejection from Cobalt and a withdrawal from Dunmore.',
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
