import type { Page } from '@playwright/test';

/**
 * The single key earlier builds kept the whole workspace under, and their one slot for
 * unreadable text (mirrors src/lib/workspace/record-sync.ts). The store still reads both
 * and moves them to its own keys on load, so tests seed saved data through them; to read
 * what is saved now, use storedWorkspace.
 */
export const WORKSPACE_KEY = 'fuk-workspace';
export const BACKUP_KEY = 'fuk-workspace-backup';

/** The text every hostile-input test types: it must show as text and never run. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/**
 * A saved workspace with one interview (an application with one round) and two
 * interviewers met in it, as the current build (workspace v7) writes it.
 */
export function sampleWorkspace() {
  return {
    version: 7,
    profile: { name: 'Sam Rivera', phone: '', linkedinTier: 'free' as 'free' | 'premium' },
    settings: {
      inquiryBufferDays: 2,
      secondFollowUpGap: 5,
      moveOnGap: 10,
      holidays: [] as string[],
      // No public holidays: these tests' dates stay what they were whatever the browser's
      // region; tests/e2e/holidays.spec.ts covers the region's days (holidayRegion '').
      holidayRegion: 'none' as string,
      holidaysRemoved: [] as string[],
      weekend: null as number[] | null,
    },
    currentId: 'iv-1',
    applications: [
      {
        id: 'iv-1',
        company: 'Fernhill Labs',
        role: 'Product Designer',
        jobLink: '',
        source: 'direct',
        people: [
          {
            id: 'p-1',
            role: 'interviewer',
            name: 'Priya Raman',
            title: 'Design Lead',
            email: 'priya@example.com',
            phone: '',
            linkedin: '',
            address: '',
            topics: 'the redesign of the onboarding flow',
            rapport: '',
          },
          {
            id: 'p-2',
            role: 'interviewer',
            name: 'Tom Okafor',
            title: 'Engineering Manager',
            email: 'tom@example.com',
            phone: '',
            linkedin: '',
            address: '',
            topics: 'how designers and engineers pair on prototypes',
            rapport: '',
          },
        ],
        notes: '',
        qualifications: 'five years of mobile design\nrunning usability studies',
        rounds: [
          {
            id: 'round-1',
            kind: 'video',
            format: 'video',
            date: '2026-11-24',
            start: '14:00',
            end: '',
            timeZone: 'Europe/London',
            met: ['p-1', 'p-2'],
            timeline: '1-2 weeks',
            timelineBy: '',
            timelineDate: '',
            timelineReading: null,
            wantsCard: false,
            actionItems: [] as {
              id: string;
              what: string;
              askedBy: string;
              due: string;
              status: 'todo' | 'done';
              notes: string;
            }[],
            steps: {} as Record<string, boolean>,
            snoozed: {} as Record<string, string>,
            drafts: {} as Record<string, Record<string, unknown>>,
            sent: [] as { kind: string; personId?: string; at: string; withNote?: boolean }[],
          },
        ],
        outcomes: [{ status: 'waiting', at: '2026-11-24', note: '' }] as {
          status: string;
          at: string;
          deadline?: string;
          note: string;
        }[],
        channels: {
          news: { url: '', followed: false },
          'linkedin-page': { url: '', followed: false },
          blog: { url: '', followed: false },
          social: { url: '', followed: false },
        },
        engagement: [] as {
          id: string;
          date: string;
          kind: string;
          what: string;
          link: string;
          worthMentioning: boolean;
        }[],
        createdAt: '2026-11-24T16:00:00.000Z',
        archivedAt: '',
      },
    ],
  };
}

/** Puts text in localStorage before any page script runs (the store reads it on load). */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((e) => {
    // Only on the first load of this test: a reload must see what the page saved.
    if (sessionStorage.getItem('__seeded')) return;
    sessionStorage.setItem('__seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

/** The shared key and the per-record (application) prefix of the stored workspace (mirrors src/lib/workspace/record-sync.ts). */
export const META_KEY = 'fuk-ws';
export const RECORD_PREFIX = 'fuk-ws-i:';

/**
 * The saved workspace as stored now, put together from its keys the way the store reads
 * it (null when nothing is saved). Saves are a moment behind edits, so this first asks
 * the page to save what it has, as hiding the page would.
 */
export async function storedWorkspace(page: Page): Promise<unknown> {
  return page.evaluate(
    ([metaKey, prefix]) => {
      dispatchEvent(new Event('pagehide'));
      const meta = JSON.parse(localStorage.getItem(metaKey!) ?? 'null') as {
        data: { order: string[]; [k: string]: unknown };
      } | null;
      if (!meta) return null;
      const { order, layout: _layout, ...rest } = meta.data;
      const applications = order
        .map(
          (id) =>
            (
              JSON.parse(localStorage.getItem(`${prefix}${id}`) ?? 'null') as {
                data: unknown;
              } | null
            )?.data,
        )
        .filter(Boolean);
      return { ...rest, applications };
    },
    [META_KEY, RECORD_PREFIX],
  );
}

/** Presses Tab until `selector` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, label: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.id;
      const byFor = id
        ? document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent
        : null;
      return (byFor ?? el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
    });
    if (name === label || name.startsWith(label)) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

/**
 * The text on the clipboard. The site's Permissions-Policy forbids its own pages to read
 * the clipboard (`clipboard-read=()`: the kit only ever writes to it), so this reads it
 * from a blank page of the same origin that the test serves itself, without that header,
 * then hands the focus back to `page`. The context needs the clipboard-read permission.
 */
export async function readClipboard(page: Page): Promise<string> {
  const context = page.context();
  const url = new URL('/__clipboard-reader', page.url()).href;
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Clipboard</title>' }),
  );
  const reader = await context.newPage();
  try {
    await reader.goto(url);
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
    await page.bringToFront();
  }
}

/**
 * Opens "Edit details" on the page of the application `id` (without one, the current
 * application) and waits for its form: the interview's form lives there only, no other
 * page repeats it. `base` is the site's address when a test serves it itself.
 */
export async function editApplication(page: Page, id?: string, base = ''): Promise<void> {
  const query = id ? `?id=${encodeURIComponent(id)}` : '';
  await page.goto(`${base}workspace/application/${query}#edit`);
  await page.locator('#ws-current-heading').waitFor();
}
