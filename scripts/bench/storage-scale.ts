// Saved data at scale, in Chromium with the CPU slowed 4× (a mid-range phone): with 10,
// 100 and 500 realistic interviews, seeded as the previous build stored them (one key),
// so the first load also measures the move to one key per interview. Then, on the moved
// data: whether a page load writes anything, how long My interviews takes to be usable
// (its pipeline drawn, the first card's controls showing), and, in the current
// interview's form on its application page ("Edit details", the one page that holds
// it), the time from a keystroke to the next painted frame and the cost of each save;
// then the quota warning and a backup of everything, downloaded and restored.
// Run through `npm run bench` (scripts/bench.ts), e.g. for 500 interviews only:
//   npm run bench -- --dist dist --skip-scale --skip-lighthouse --skip-search --interviews 500 --out /tmp/bench.md
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { median } from './search-latency.ts';

/** CPU slowdown: Lighthouse's mobile setting. */
export const CPU_SLOWDOWN = 4;

export interface StorageRun {
  interviews: number;
  /** Characters stored under the kit's keys after the move. */
  storedChars: number;
  /** First load: the move from the old single key, until My interviews' pipeline shows (ms). */
  firstLoadMs: number;
  /** Writes to fuk- keys during a reload and 2 s after it. */
  writesOnLoad: number;
  /** Navigation start → My interviews' pipeline is usable: the first card's "Move to…" shows (ms). */
  usableMs: number;
  /** Keydown → next painted frame, per keystroke in the current interview's Company field (ms). */
  keystrokeP50: number;
  keystrokeP95: number;
  /** Time spent in each save (performance measure "fuk-save"), ms. */
  saveMean: number;
  saveMax: number;
  saves: number;
}

export interface QuotaRun {
  storedChars: number;
  /** The notice shown on load, or '' when none. */
  notice: string;
}

export interface BackupRun {
  interviews: number;
  fileBytes: number;
  restoredInterviews: number;
  identical: boolean;
  restoreMs: number;
}

const WORDS =
  'onboarding metrics roadmap stakeholder dashboard pipeline research prototype accessibility latency migration hiring feedback analytics interview quarterly experiment retention design review'.split(
    ' ',
  );
const sentence = (seed: number, words: number) =>
  Array.from({ length: words }, (_, k) => WORDS[(seed * 7 + k * 13) % WORDS.length]).join(' ') +
  '.';

/** One interview as the previous build (v4, one key) stored it: three people, drafts, a log; about 9,500 characters. */
export function realisticInterview(n: number) {
  const id = `bench-${n}`;
  const people = [0, 1, 2].map((p) => ({
    id: `${id}-p${p}`,
    name: ['Priya Raman', 'Tom Okafor', 'Ana Souza'][p]!,
    title: ['Design Lead', 'Engineering Manager', 'Recruiter'][p]!,
    email: `person${p}@company${n}.example`,
    linkedin: '',
    address: `${10 + p} Market Street\nLondon EC1A ${p}AA`,
    topics: [sentence(n + p, 24), sentence(n + p + 1, 20), sentence(n + p + 2, 18)].join('\n'),
    rapport: sentence(n + p + 3, 12),
  }));
  const drafts = Object.fromEntries(
    people.map((p, k) => [
      `thank-you-email:${p.id}`,
      {
        subject: `Thank you: Product Designer interview`,
        body: [0, 1, 2, 3, 4, 5].map((j) => sentence(n + k + j, 30)).join('\n\n'),
        edited: k === 0,
        tone: 'warm',
      },
    ]),
  );
  return {
    id,
    company: `Company ${n}`,
    role: 'Product Designer',
    date: '2026-11-20',
    time: '10:00',
    timeZone: 'Europe/London',
    format: 'video',
    interviewers: people,
    qualifications: [sentence(n, 10), sentence(n + 1, 10)].join('\n'),
    timeline: 'We hope to get back to everyone within 1-2 weeks.',
    timelineDate: '',
    timelineReading: null,
    wantsCard: false,
    actionItems: [
      {
        id: `${id}-a`,
        what: 'two design samples',
        askedBy: people[0]!.id,
        due: '',
        status: 'todo',
        notes: sentence(n, 15),
      },
    ],
    status: 'active',
    steps: {},
    drafts,
    sent: [
      { kind: 'thank-you-email', interviewerId: people[0]!.id, at: '2026-11-20T16:00:00.000Z' },
    ],
    channels: {
      news: { url: '', followed: false },
      'linkedin-page': { url: '', followed: true },
      blog: { url: '', followed: false },
      social: { url: '', followed: false },
    },
    engagement: [0, 1, 2].map((e) => ({
      id: `${id}-e${e}`,
      date: `2026-11-2${e}`,
      kind: 'read',
      what: sentence(n + e, 8),
      link: '',
      worthMentioning: e === 0,
    })),
    createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
  };
}

/** A whole v4 workspace of `n` realistic interviews, as its stored text. */
export function realisticWorkspace(n: number): string {
  const interviews = Array.from({ length: n }, (_, k) => realisticInterview(k));
  return JSON.stringify({
    version: 4,
    profile: { name: 'Sam Rivera', phone: '', linkedinTier: 'free' },
    settings: { inquiryBufferDays: 2, secondFollowUpGap: 5, moveOnGap: 10, holidays: [] },
    currentId: interviews.at(-1)?.id ?? null,
    interviews,
  });
}

async function slowDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

const storedChars = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith('fuk-')) n += k.length + (localStorage.getItem(k)?.length ?? 0);
    }
    return n;
  });

/** My interviews' pipeline, drawn: the first card's "Move to…" select. */
const pipelineReady = (page: Page) => page.locator('.pipeline-card select').first();
/** The current interview's Company field, in "Edit details" on its application page. */
const company = (page: Page) => page.locator('#ws-company');

/**
 * Waits until the page has stopped writing: the first visit moves the old key to the
 * per-record layout, then stores each round's timeline reading once the reader and the
 * region's days off have loaded, which on a slowed CPU is seconds after the form shows.
 * Measuring the next load (or reading what is stored) before that measured those writes.
 */
async function settled(page: Page, quietMs = 1500, maxMs = 60_000): Promise<void> {
  const snapshot = () =>
    page.evaluate(() => {
      let h = 0;
      for (const k of Object.keys(localStorage).sort()) {
        const v = `${k}=${localStorage.getItem(k)}`;
        for (let i = 0; i < v.length; i += 97) h = (h * 31 + v.charCodeAt(i) + v.length) | 0;
      }
      return h;
    });
  const start = Date.now();
  let last = await snapshot();
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() - start < maxMs) {
    await page.waitForTimeout(250);
    const now = await snapshot();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

/** Seeds the old single key once per context, before any page script runs. */
async function seedOnce(context: BrowserContext, text: string): Promise<void> {
  await context.addInitScript((t) => {
    if (
      localStorage.getItem('fuk-ws') ||
      localStorage.getItem('fuk-workspace') ||
      sessionStorage.getItem('__seeded')
    )
      return;
    sessionStorage.setItem('__seeded', '1');
    localStorage.setItem('fuk-workspace', t);
  }, text);
}

/** Counts writes to fuk- keys, and stamps keydown → next painted frame for the keystroke probe. */
const PROBES = () => {
  const w = window as unknown as { __writes: number; __frames: number[] };
  w.__writes = 0;
  w.__frames = [];
  const set = Storage.prototype.setItem;
  const remove = Storage.prototype.removeItem;
  Storage.prototype.setItem = function (k: string, v: string) {
    if (k.startsWith('fuk-') && k !== 'fuk-theme') w.__writes++;
    return set.call(this, k, v);
  };
  Storage.prototype.removeItem = function (k: string) {
    if (k.startsWith('fuk-')) w.__writes++;
    return remove.call(this, k);
  };
  addEventListener(
    'keydown',
    (e) => {
      const start = e.timeStamp;
      // The frame after the input is handled, then a task after it: the update is on screen.
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => w.__frames.push(performance.now() - start);
        ch.port2.postMessage(0);
      });
    },
    true,
  );
};

/** One size: seed, move, reload, measure. */
export async function storageRun(
  browser: Browser,
  origin: string,
  n: number,
  log: (s: string) => void,
): Promise<StorageRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await seedOnce(context, realisticWorkspace(n));
    const page = await context.newPage();
    await slowDown(page);
    let t = Date.now();
    await page.goto(`${origin}/workspace/`);
    await pipelineReady(page).waitFor({ state: 'visible', timeout: 120_000 });
    const firstLoadMs = Date.now() - t;
    await settled(page);
    const chars = await storedChars(page);
    await context.addInitScript(PROBES);
    t = Date.now();
    await page.reload();
    await pipelineReady(page).waitFor({ state: 'visible', timeout: 60_000 });
    const usableMs = await page.evaluate(() => performance.now());
    await page.waitForTimeout(2000);
    const writesOnLoad = await page.evaluate(
      () => (window as unknown as { __writes: number }).__writes,
    );
    // The keystrokes go where the interview's details are edited: its application page.
    await page.goto(`${origin}/workspace/application/#edit`);
    await company(page).waitFor({ state: 'visible', timeout: 60_000 });
    await settled(page);
    await company(page).click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      (window as unknown as { __frames: number[] }).__frames = [];
      performance.clearMeasures('fuk-save');
    });
    await page.keyboard.type(' and partners, a bench of forty keystrokes', { delay: 120 });
    await page.waitForTimeout(1000);
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: number[] }).__frames,
    );
    // Then ten single edits with pauses, each saved on its own, for the cost of a save.
    for (let k = 0; k < 10; k++) {
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(700);
    }
    const saves = await page.evaluate(() =>
      performance.getEntriesByName('fuk-save').map((e) => e.duration),
    );
    const sorted = [...frames].sort((a, b) => a - b);
    const run: StorageRun = {
      interviews: n,
      storedChars: chars,
      firstLoadMs,
      writesOnLoad,
      usableMs,
      keystrokeP50: median(frames),
      keystrokeP95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
      saveMean: saves.reduce((a, b) => a + b, 0) / Math.max(1, saves.length),
      saveMax: Math.max(0, ...saves),
      saves: saves.length,
    };
    log(
      `  ${n} interviews (${(chars / 1e6).toFixed(2)} M chars): first load ${run.firstLoadMs} ms, usable ${Math.round(run.usableMs)} ms, ${run.writesOnLoad} writes on load, keystroke p50 ${run.keystrokeP50.toFixed(0)} / p95 ${run.keystrokeP95.toFixed(0)} ms, save ${run.saveMean.toFixed(1)} ms mean (${run.saves})`,
    );
    return run;
  } finally {
    await context.close();
  }
}

/** Storage near the quota: the kit says so on load. */
export async function quotaRun(browser: Browser, origin: string): Promise<QuotaRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    // About 4.3 million characters: past the 80% warning, short of the limit.
    await seedOnce(context, realisticWorkspace(450));
    const page = await context.newPage();
    await page.goto(`${origin}/workspace/`);
    await pipelineReady(page).waitFor({ state: 'visible', timeout: 120_000 });
    const notice = page.locator('.tool-notice').filter({ hasText: 'nearly full' }).first();
    const shown = await notice.waitFor({ timeout: 10_000 }).then(
      () => notice.innerText(),
      () => '',
    );
    return { storedChars: await storedChars(page), notice: shown.replace(/\s+/g, ' ').trim() };
  } finally {
    await context.close();
  }
}

/** The largest workspace the kit holds: download its backup, restore it into an empty browser. */
export async function backupRun(browser: Browser, origin: string, n: number): Promise<BackupRun> {
  const from = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  const to = await browser.newContext({ serviceWorkers: 'block' });
  const stored = (page: Page) =>
    page.evaluate(() => {
      dispatchEvent(new Event('pagehide'));
      const meta = JSON.parse(localStorage.getItem('fuk-ws') ?? 'null') as {
        data: { order: string[] };
      } | null;
      return meta
        ? meta.data.order.map(
            (id) =>
              localStorage.getItem(`fuk-ws-i:${id}`) &&
              JSON.parse(localStorage.getItem(`fuk-ws-i:${id}`)!).data,
          )
        : [];
    });
  try {
    await seedOnce(from, realisticWorkspace(n));
    const page = await from.newPage();
    await page.goto(`${origin}/workspace/`);
    await pipelineReady(page).waitFor({ state: 'visible', timeout: 120_000 });
    await settled(page);
    const original = await stored(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page
        .locator('.data-controls')
        .getByRole('button', { name: 'Download a backup', exact: true })
        .click(),
    ]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(file);
    const target = await to.newPage();
    await target.goto(`${origin}/workspace/`);
    await target.getByLabel('Restore from a backup file').waitFor();
    const t = Date.now();
    await target
      .getByLabel('Restore from a backup file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: bytes });
    await target.getByRole('button', { name: 'Replace what is here' }).click();
    await target.getByText(/Replaced with the backup/).waitFor({ timeout: 120_000 });
    const restoreMs = Date.now() - t;
    const restored = await stored(target);
    return {
      interviews: original.length,
      fileBytes: bytes.length,
      restoredInterviews: restored.length,
      identical: JSON.stringify(restored) === JSON.stringify(original),
      restoreMs,
    };
  } finally {
    await from.close();
    await to.close();
  }
}
